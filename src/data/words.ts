/** Small helpers for putting data into sentences. */

/**
 * A label or claim inside a sentence: "Maximum retention" -> "maximum retention"; a first word with other capitals
 * ("ETL and data catalog", "NoSQL key-value", "IoT", "HTTP response limit") stays as it is.
 */
export const inSentence = (text: string) => (/^[A-Z][a-z]*(?=[\s,.:;-]|$)/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** "a, b and c" (or "a, b or c"). */
export const listInWords = (items: string[], last = 'and') => items.join(', ').replace(/, ([^,]*)$/, ` ${last} $1`);

/** Words as an id or anchor: "Walk the streaming guide!" -> "walk-the-streaming-guide", cut to `max` characters. */
export const slug = (text: string, max = Infinity) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, max);

/** A length of time as a reader plans by it: "45 minutes", "about 8 hours". */
export const duration = (minutes: number) => (minutes < 90 ? `${minutes} minutes` : `about ${Math.round(minutes / 60)} hours`);
