/**
 * The guide's data, joined and checked as a whole: every reference between service pages,
 * categories and counterparts must resolve. Anything wrong stops the build with one message per
 * problem, each naming the file and the entry, rather than rendering a page with a hole in it.
 */
import {
	CLOUDS,
	type Category,
	type Cloud,
	type CompareProfile,
	type Counterpart,
	type ArchitectureData,
	type ServiceData,
} from '../schemas';
import { isCloud } from '../clouds';
import { CONTENT_DIR } from '../content-dir';
import { pageHref } from './links';
import { checkArchitecturePage, checkServicePage } from './page-rules';

/** A service as any table shows it, whether it has a page here or only provider docs. */
export interface ServiceRef {
	id: string;
	cloud: Cloud;
	name: string;
	shortName: string;
	/** Our page if there is one, else the provider's documentation. */
	href: string;
	hasPage: boolean;
	compare: CompareProfile;
	formerNames: ServiceData['formerNames'];
	status: ServiceData['status'];
}

export interface ServicePage {
	id: string;
	filePath: string;
	title: string;
	description: string | undefined;
	data: ServiceData;
	ref: ServiceRef;
	/** The category the page compares the service in: the first in categories.yaml that lists it. */
	category: string;
	/** Every category that lists the service, in file order (the first is `category`). */
	categories: string[];
}

export interface CategoryView extends Category {
	/** Members resolved to services, per cloud, in the order the data lists them. */
	resolved: Record<Cloud, ServiceRef[]>;
}

/** The part of a docs collection entry the guide reads (structural, so tests can build one without Astro). */
export interface DocEntry {
	id: string;
	filePath?: string | undefined;
	/** The page's Markdown/MDX source without frontmatter; service pages are checked against the authoring rules. */
	body?: string | undefined;
	data: {
		title: string;
		description?: string | undefined;
		service?: ServiceData | undefined;
		architecture?: ArchitectureData | undefined;
	};
}

/** A reference architecture page with each step's service resolved on every cloud. */
export interface ArchitecturePage {
	id: string;
	title: string;
	href: string;
	steps: { step: string; services: Record<Cloud, ServiceRef> }[];
}

export interface Guide {
	pages: ServicePage[];
	architectures: ArchitecturePage[];
	categories: CategoryView[];
	byId: Map<string, ServiceRef>;
	categoryById: Map<string, CategoryView>;
	/** Per service (page or counterpart), the ids of the categories listing it, in file order: the first is its home. */
	listedIn: Map<string, string[]>;
}

/** The categories file as messages name it (a fixture's own when GUIDE_CONTENT_DIR points at one). */
const CATEGORIES_FILE = `${CONTENT_DIR.replace(/^\.\//, '')}/data/categories.yaml`;

export class GuideDataError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The guide's content has ${problems.length} problem(s):\n` + problems.map((p) => `  - ${p}`).join('\n'),
		);
		this.name = 'GuideDataError';
	}
}

const cloudFolder = (id: string): Cloud | undefined => {
	const folder = id.split('/')[0];
	return isCloud(folder) ? folder : undefined;
};

type PageDraft = Omit<ServicePage, 'category' | 'categories'>;

/** Service pages from the docs collection: a page in a cloud's folder must describe a service of that cloud. */
function resolvePages(docs: DocEntry[], problems: string[]): PageDraft[] {
	const pages: PageDraft[] = [];
	for (const entry of docs) {
		const folder = cloudFolder(entry.id);
		const data = entry.data.service;
		const file = entry.filePath ?? entry.id;
		if (!folder) {
			if (data) problems.push(`${file}: has a "service" block but is not in an aws/, gcp/ or azure/ folder`);
			continue;
		}
		if (!data) {
			problems.push(`${file}: a page in ${folder}/ must have a "service" block in its frontmatter`);
			continue;
		}
		if (data.cloud !== folder) problems.push(`${file}: service.cloud is "${data.cloud}" but the page is in the ${folder}/ folder`);
		if ((entry.data.description ?? '').length <= 40) problems.push(`${file}: a service page needs a description of more than 40 characters (it is the page's summary in search and link previews)`);
		if (entry.body !== undefined) problems.push(...checkServicePage({ id: entry.id, file, body: entry.body, data }));
		const ref: ServiceRef = {
			id: entry.id,
			cloud: data.cloud,
			name: data.name,
			shortName: data.shortName,
			href: pageHref(entry.id),
			hasPage: true,
			compare: data.compare,
			formerNames: data.formerNames,
			status: data.status,
		};
		pages.push({ id: entry.id, filePath: file, title: entry.data.title, description: entry.data.description, data, ref });
	}
	return pages;
}

/** Counterparts (services without a page), keyed into `byId` beside the pages. */
function resolveCounterparts(counterparts: Counterpart[], byId: Map<string, ServiceRef>, problems: string[]): void {
	for (const c of counterparts) {
		if (byId.has(c.id)) {
			problems.push(`${c.filePath}: counterpart "${c.id}" has the same id as a service page; remove one`);
			continue;
		}
		if (cloudFolder(c.id) !== c.cloud) problems.push(`${c.filePath}: cloud is "${c.cloud}" but the file is not in the ${c.cloud}/ folder`);
		byId.set(c.id, {
			id: c.id,
			cloud: c.cloud,
			name: c.name,
			shortName: c.name,
			href: c.docs,
			hasPage: false,
			compare: c.compare,
			formerNames: c.formerNames,
			status: c.status,
		});
	}
}

/** Categories with their members resolved; also returns, per service id, the categories listing it in file order. */
function resolveCategories(categories: Category[], byId: Map<string, ServiceRef>, problems: string[], file: string) {
	const listedIn = new Map<string, string[]>();
	const seen = new Set<string>();
	const views: CategoryView[] = categories.map((category) => {
		if (seen.has(category.id)) problems.push(`${file}: category id "${category.id}" is used twice`);
		seen.add(category.id);
		const resolved = { aws: [], gcp: [], azure: [] } as Record<Cloud, ServiceRef[]>;
		for (const cloud of CLOUDS) {
			const ids = category.members[cloud];
			for (const id of ids) {
				const ref = byId.get(id);
				if (!ref) {
					problems.push(`${file}: category "${category.id}" lists unknown service "${id}" under ${cloud}`);
					continue;
				}
				if (ref.cloud !== cloud) {
					problems.push(`${file}: category "${category.id}" lists "${id}" under ${cloud}, but it is a ${ref.cloud} service`);
				}
				resolved[cloud].push(ref);
				const list = listedIn.get(id) ?? [];
				if (!list.includes(category.id)) list.push(category.id);
				listedIn.set(id, list);
			}
			const none = category.noEquivalent[cloud];
			if (ids.length === 0 && !none) {
				problems.push(`${file}: category "${category.id}" has no ${cloud} service; list one or add noEquivalent.${cloud} with a reason`);
			}
			if (ids.length > 0 && none) problems.push(`${file}: category "${category.id}" has both ${cloud} members and noEquivalent.${cloud}`);
		}
		return { ...category, resolved };
	});
	return { views, listedIn };
}

function resolveArchitectures(docs: DocEntry[], byId: Map<string, ServiceRef>, problems: string[]): ArchitecturePage[] {
	const architectures: ArchitecturePage[] = [];
	for (const entry of docs) {
		const arch = entry.data.architecture;
		if (!arch) continue;
		const file = entry.filePath ?? entry.id;
		const steps = arch.steps.map((s, i) => {
			const services = {} as Record<Cloud, ServiceRef>;
			for (const cloud of CLOUDS) {
				const ref = byId.get(s[cloud]);
				if (!ref) problems.push(`${file}: architecture step ${i + 1} ("${s.step}") names unknown service "${s[cloud]}" for ${cloud}`);
				else if (ref.cloud !== cloud) problems.push(`${file}: architecture step ${i + 1} lists "${s[cloud]}" for ${cloud}, but it is a ${ref.cloud} service`);
				else services[cloud] = ref;
			}
			return { step: s.step, services };
		});
		if (entry.body !== undefined) problems.push(...checkArchitecturePage({ file, body: entry.body, steps: arch.steps }));
		architectures.push({ id: entry.id, title: entry.data.title, href: pageHref(entry.id), steps });
	}
	return architectures;
}

/** Pure: checks and joins the collections; `categoriesFile` names the categories file in messages. */
export function buildGuide(docs: DocEntry[], categories: Category[], counterparts: Counterpart[], categoriesFile = CATEGORIES_FILE): Guide {
	const problems: string[] = [];
	const drafts = resolvePages(docs, problems);
	const byId = new Map<string, ServiceRef>(drafts.map((p) => [p.id, p.ref]));
	resolveCounterparts(counterparts, byId, problems);
	const { views, listedIn } = resolveCategories(categories, byId, problems, categoriesFile);

	const pages: ServicePage[] = [];
	for (const draft of drafts) {
		const listed = listedIn.get(draft.id) ?? [];
		if (listed.length === 0) {
			problems.push(`${draft.filePath}: no category lists "${draft.id}"; add it under members.${draft.data.cloud} of its category in ${categoriesFile}`);
			continue;
		}
		pages.push({ ...draft, category: listed[0]!, categories: listed });
	}
	for (const c of counterparts) {
		if (!listedIn.has(c.id)) problems.push(`${c.filePath}: counterpart "${c.id}" is not listed in any category in ${categoriesFile}`);
	}
	const architectures = resolveArchitectures(docs, byId, problems);

	if (problems.length > 0) throw new GuideDataError(problems);

	pages.sort((a, b) => CLOUDS.indexOf(a.data.cloud) - CLOUDS.indexOf(b.data.cloud) || a.title.localeCompare(b.title));
	// Readers scan the matrix and the sidebar by name, so categories are listed alphabetically.
	views.sort((a, b) => a.label.localeCompare(b.label));
	architectures.sort((a, b) => a.title.localeCompare(b.title));
	return { pages, architectures, categories: views, byId, categoryById: new Map(views.map((v) => [v.id, v])), listedIn };
}
