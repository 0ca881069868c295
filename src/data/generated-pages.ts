/**
 * Title and summary of every page src/pages/ generates, stated once: each page takes its frontmatter from here,
 * and so do its social preview card and anything else that lists pages. Counts come from the data.
 */
import { CLOUD_LABELS, CLOUD_LIST as clouds, CLOUDS } from '../clouds';
import { getGlossary } from './glossary';
import { getDecisionGuides, getGuide, getInterviews } from './guide';
import { getCollection } from 'astro:content';
import { LEVELS } from '../schemas';
import { planMinutes } from './study-plans';
import { buildDeck } from './practice';
import { pageHref } from './links';
import { inSentence, listInWords } from './words';

export interface PageMeta {
	/** The page's path without slashes, e.g. "compare/message-queue". */
	id: string;
	title: string;
	description: string;
	/** What readers type to find the page, indexed as weighted search metadata (src/components/SearchNames.astro). */
	searchNames?: string[];
}

export async function generatedPages(): Promise<PageMeta[]> {
	const [guide, glossary, decisions, interviews] = await Promise.all([getGuide(), getGlossary(), getDecisionGuides(), getInterviews()]);
	// The plans' labels only (resolving their links needs these pages' titles), shortest plan first.
	const planLabels = listInWords(
		(await getCollection('studyPlans'))
			.map((p) => p.data)
			.sort((a, b) => planMinutes(a) - planMinutes(b))
			.map((p) => inSentence(p.label)),
		'or',
	);
	const deck = buildDeck(guide.pages, guide.categories, (id) => pageHref(`compare/${id}`));
	return [
		{
			id: 'compare',
			title: `Compare ${clouds}`,
			description: `Which service does the same job on each cloud: ${guide.categories.length} categories of data and ML building blocks, with links to a side-by-side page for each.`,
		},
		...guide.categories.map((c) => ({
			id: `compare/${c.id}`,
			title: `${c.label}: ${CLOUDS.map((cl) => CLOUD_LABELS[cl]).join(' vs ')}`,
			description: `${c.summary} The services on ${clouds} compared side by side.`,
		})),
		{
			id: 'study-plan',
			title: 'Study plans by time left',
			searchNames: ['study plan', 'study plans', 'interview prep plan', 'revision plan'],
			description: `Study plans for the time left before a data and ML architecture interview (${planLabels}), built from the guide's pages, decision guides, mock interviews and flashcards, with your progress kept in this browser.`,
		},
		{
			id: 'decide',
			title: 'Which service? Decision guides',
			searchNames: ['which service', 'decision guide', 'decision guides', 'decision tree', 'choose a service'],
			description: `Answer a few questions about the workload and get, for each of ${clouds}, one pick, one credible alternative and what would change the answer: ${decisions.length} guide${decisions.length === 1 ? '' : 's'}, every branch resting on a sourced fact.`,
		},
		...decisions.map((d) => ({
			id: `decide/${d.id}`,
			title: `Which service for ${inSentence(d.category.label)}?`,
			description: d.summary,
		})),
		{
			id: 'interview',
			title: 'Mock design interviews',
			searchNames: ['mock interview', 'mock interviews', 'design interview', 'system design interview', 'interview scenarios'],
			description: `${interviews.length} architecture interview scenarios, junior to staff: the prompt as an interviewer says it, clarifying questions, staged follow-ups, a rubric to score yourself on and a model answer on ${clouds}.`,
		},
		...interviews.map((i) => ({
			id: `interview/${i.id}`,
			title: `Mock interview: ${i.title}`,
			description: `${LEVELS[i.level]}, ${i.minutes} minutes. ${i.summary}`,
		})),
		{
			id: 'practice',
			title: 'Practice: interview flashcards',
			searchNames: ['flashcards', 'flash cards', 'practice questions', 'quiz', 'Anki'],
			description: `Test yourself on ${deck.length} interview questions about ${clouds} data and ML services, with spaced repetition and progress saved in your browser.`,
		},
		{
			id: 'cheat-sheet',
			title: 'Cheat sheet',
			description: `All ${guide.pages.length} services on one printable page: what each is, the numbers that matter with sources, its counterparts on the other clouds and the gotcha to remember.`,
		},
		{
			id: 'changes',
			title: 'What changed',
			description: `Renames, retirements, launches and changed limits on ${clouds} that the guide records, newest first, each dated and sourced, with an RSS feed.`,
		},
		{
			id: 'glossary',
			title: 'Glossary',
			description: `${glossary.length} terms used across the guide's ${clouds} pages, each defined in a sentence or two, with the pages that use them.`,
		},
	];
}

/** One generated page's title and summary; throws when `id` names no generated page. */
export async function generatedPage(id: string): Promise<PageMeta> {
	const meta = (await generatedPages()).find((p) => p.id === id);
	if (!meta) throw new Error(`src/data/generated-pages.ts: no generated page "${id}"`);
	return meta;
}
