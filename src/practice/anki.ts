/**
 * A deck as a file Anki (and apps that read Anki's text format, such as Mochi or RemNote) imports: tab-separated,
 * one card per line, with Anki's header lines naming the separator, that fields are HTML, and which column holds the
 * tags (service, cloud, category, level). The back of each card ends with a link to the question on its page. Used for the whole deck
 * (/practice/anki-deck.txt, built) and for a filtered deck (exported on /practice/).
 */
export interface ExportCard {
	id: string;
	/** HTML. */
	question: string;
	/** HTML. */
	answer: string;
	clouds: readonly string[];
	category: string;
	topic: { id: string; name: string };
	/** Absolute address of the question on its page. */
	url: string;
	level: string;
}

/** A field on one line: no tabs or line breaks (Anki would read them as new fields or cards). */
const field = (html: string) => html.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
/** Anki tags: one word each, with "::" for hierarchy ("guide::aws::sqs"). */
const tag = (s: string) => s.toLowerCase().replace(/\//g, '::').replace(/[^a-z0-9:_-]+/g, '-');

export function ankiDeck(cards: readonly ExportCard[]): string {
	const lines = ['#separator:tab', '#html:true', '#tags column:4', '#columns:Front\tBack\tId\tTags'];
	for (const c of cards) {
		const back = `${c.answer}<p><a href="${c.url}">${c.topic.name}: the question on its page</a></p>`;
		const tags = [`guide::${tag(c.topic.id)}`, ...c.clouds.map((cl) => `cloud::${tag(cl)}`), `category::${tag(c.category)}`, `level::${tag(c.level)}`];
		lines.push([field(c.question), field(back), c.id, tags.join(' ')].join('\t'));
	}
	return `${lines.join('\n')}\n`;
}
