/**
 * The guide's data, loaded once per build from the three collections and checked by buildGuide():
 * a broken reference throws, and the build stops with a message naming the file and the entry.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveDecisions, type DecisionGuide } from './decisions';
import { resolveInterviews, type Interview } from './interviews';
import { resolveStudyPlans, type StudyPlan } from './study-plans';
import { buildDeck, interleave } from './practice';
import { inlineMarkdown } from './inline-markdown';
import { pageHref } from './links';
import { CLOUDS } from '../schemas';
import { buildGuide, GuideDataError, type CategoryView, type Guide, type ServicePage } from './build-guide';

export type { CategoryView, Guide, ServicePage, ServiceRef } from './build-guide';

let cached: Promise<Guide> | undefined;

/** The whole guide, checked. Every page that shows service data goes through here. */
export function getGuide(): Promise<Guide> {
	cached ??= (async () => {
		const [docs, categories, counterparts] = await Promise.all([
			getCollection('docs'),
			getCollection('categories'),
			getCollection('counterparts'),
		]);
		return buildGuide(
			docs.map((d) => ({ id: d.id, filePath: d.filePath, body: d.body, data: d.data })),
			// In file order: a service's main category is the first that lists it.
			categories.map((c) => c.data).sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
			counterparts.map((c) => ({ ...c.data, id: c.id, filePath: c.filePath ?? c.id })),
		);
	})();
	return cached;
}

/** The service page with this id, or undefined for pages that are not service pages. */
export async function findServicePage(id: string): Promise<ServicePage | undefined> {
	return (await getGuide()).pages.find((p) => p.id === id);
}

/**
 * What a service's "Compared with" table shows: its category, and columns for its own cloud (the service
 * itself) followed by the other two clouds' members of that category.
 */
export function counterpartsOf(guide: Guide, page: ServicePage) {
	const category = guide.categoryById.get(page.category);
	if (!category) throw new GuideDataError([`${page.filePath}: unknown category "${page.category}"`]);
	const others = CLOUDS.filter((c) => c !== page.data.cloud);
	return {
		category,
		columns: [
			{ cloud: page.data.cloud, services: [page.ref], none: undefined },
			...others.map((cloud) => ({ cloud, services: category.resolved[cloud], none: category.noEquivalent[cloud] })),
		],
	};
}

/** A category's columns: every member on every cloud, in the guide's cloud order. */
export function categoryColumns(category: CategoryView) {
	return CLOUDS.map((cloud) => ({ cloud, services: category.resolved[cloud], none: category.noEquivalent[cloud] }));
}

/** Entries of one file-per-item collection as the resolvers read them: id (the file's name), path and data. */
const entriesOf = async <C extends 'decisions' | 'interviews' | 'studyPlans'>(name: C): Promise<{ id: string; filePath: string; data: CollectionEntry<C>['data'] }[]> =>
	(await getCollection(name)).map((e: CollectionEntry<C>) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data }));

/** Runs once per build; throws (stopping the build) with every problem the resolver found. */
const checkedOnce = <T>(load: () => Promise<{ items: T[]; problems: string[] }>) => {
	let cached: Promise<T[]> | undefined;
	return () =>
		(cached ??= load().then(({ items, problems }) => {
			if (problems.length > 0) throw new GuideDataError(problems);
			return items;
		}));
};

/** The "Which service?" decision guides, resolved against the guide (src/data/decisions.ts); stops the build on a problem. */
export const getDecisionGuides: () => Promise<DecisionGuide[]> = checkedOnce(async () => {
	const { guides, problems } = resolveDecisions(await entriesOf('decisions'), await getGuide());
	return { items: guides, problems };
});

/** The mock design interviews, resolved against the guide (src/data/interviews.ts); stops the build on a problem. */
export const getInterviews: () => Promise<Interview[]> = checkedOnce(async () => {
	const { interviews, problems } = resolveInterviews(await entriesOf('interviews'), await getGuide());
	return { items: interviews, problems };
});

/**
 * The study plans (content/study-plans/<id>.yaml) with their links resolved to the pages that are built; stops the
 * build on a link to nothing. The titles come from the content pages and src/data/generated-pages.ts.
 */
export const getStudyPlans: () => Promise<StudyPlan[]> = checkedOnce(async () => {
	// Imported here: the generated pages' summaries count decision guides and interviews from this module.
	const { generatedPages } = await import('./generated-pages');
	const [guide, docs, entries, generated] = await Promise.all([getGuide(), getCollection('docs'), entriesOf('studyPlans'), generatedPages()]);
	const pages = new Map([...docs.map((d) => [d.id, d.data.title] as const), ...generated.map((g) => [g.id, g.title] as const)]);
	const { plans, problems } = resolveStudyPlans(entries, {
		pages,
		topics: new Map(guide.pages.map((p) => [p.id, p.data.shortName])),
		categories: new Map(guide.categories.map((c) => [c.id, c.label])),
		href: pageHref,
	});
	return { items: plans, problems };
});

/** The flashcard deck as pages and files show it: in study order, question and answer rendered from inline Markdown. */
export async function getRenderedDeck() {
	const guide = await getGuide();
	return interleave(buildDeck(guide.pages, guide.categories, (id) => pageHref(`compare/${id}`))).map((card) => ({
		...card,
		question: inlineMarkdown(card.question),
		answer: inlineMarkdown(card.answer),
		categoryLabel: guide.categoryById.get(card.category)?.label ?? card.category,
	}));
}

/** Every service page with its MDX body (the prose the Markdown exports carry). */
export async function getServicePagesWithBodies(): Promise<{ page: ServicePage; body: string }[]> {
	const [guide, docs] = await Promise.all([getGuide(), getCollection('docs')]);
	const bodies = new Map(docs.map((d) => [d.id, d.body ?? '']));
	return guide.pages.map((page) => ({ page, body: bodies.get(page.id) ?? '' }));
}
