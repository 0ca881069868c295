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
import { CONTENT_DIR } from '../content-dir';
import { pageHref } from './links';

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
}

export interface CategoryView extends Category {
	/** Members resolved to services, per cloud, in the order the data lists them. */
	resolved: Record<Cloud, ServiceRef[]>;
}

/** The part of a docs collection entry the guide reads (structural, so tests can build one without Astro). */
export interface DocEntry {
	id: string;
	filePath?: string | undefined;
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
}

const dataFile = (name: string) => `${CONTENT_DIR.replace(/^\.\//, '')}/data/${name}`;

export class GuideDataError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The guide's content has ${problems.length} problem(s):\n` + problems.map((p) => `  - ${p}`).join('\n'),
		);
		this.name = 'GuideDataError';
	}
}

function serviceFolder(id: string): Cloud | undefined {
	const folder = id.split('/')[0];
	return (CLOUDS as readonly string[]).includes(folder ?? '') ? (folder as Cloud) : undefined;
}

function refFromPage(entry: DocEntry, data: ServiceData): ServiceRef {
	return {
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
}

function refFromCounterpart(c: Counterpart): ServiceRef {
	return {
		id: c.id,
		cloud: c.cloud,
		name: c.name,
		shortName: c.name,
		href: c.docs,
		hasPage: false,
		compare: c.compare,
		formerNames: c.formerNames,
		status: c.status,
	};
}

/** Pure: checks and joins the three collections. Exported for the unit tests. */
export function buildGuide(
	docs: DocEntry[],
	categories: Category[],
	counterparts: Counterpart[],
): Guide {
	const problems: string[] = [];
	const byId = new Map<string, ServiceRef>();
	const pages: ServicePage[] = [];
	const categoriesFile = dataFile('categories.yaml');
	const categoryIds = new Set(categories.map((c) => c.id));

	for (const entry of docs) {
		const folder = serviceFolder(entry.id);
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
		if (data.cloud !== folder) {
			problems.push(`${file}: service.cloud is "${data.cloud}" but the page is in the ${folder}/ folder`);
		}
		for (const cat of [data.category, ...data.alsoIn]) {
			if (!categoryIds.has(cat)) {
				problems.push(`${file}: unknown category "${cat}" (known: ${[...categoryIds].join(', ')})`);
			}
		}
		const ref = refFromPage(entry, data);
		byId.set(entry.id, ref);
		pages.push({ id: entry.id, filePath: file, title: entry.data.title, description: entry.data.description, data, ref });
	}

	for (const c of counterparts) {
		if (byId.has(c.id)) {
			problems.push(`${c.filePath}: counterpart "${c.id}" has the same id as a service page; remove one`);
			continue;
		}
		if (serviceFolder(c.id) !== c.cloud) {
			problems.push(`${c.filePath}: cloud is "${c.cloud}" but the file is not in the ${c.cloud}/ folder`);
		}
		byId.set(c.id, refFromCounterpart(c));
	}

	const listed = new Map<string, Set<string>>(); // service id -> categories listing it
	const views: CategoryView[] = categories.map((category) => {
		const resolved = { aws: [], gcp: [], azure: [] } as Record<Cloud, ServiceRef[]>;
		for (const cloud of CLOUDS) {
			const ids = category.members[cloud];
			for (const id of ids) {
				const ref = byId.get(id);
				if (!ref) {
					problems.push(`${categoriesFile}: category "${category.id}" lists unknown service "${id}" under ${cloud}`);
					continue;
				}
				if (ref.cloud !== cloud) {
					problems.push(
						`${categoriesFile}: category "${category.id}" lists "${id}" under ${cloud}, but it is a ${ref.cloud} service`,
					);
				}
				resolved[cloud].push(ref);
				listed.set(id, (listed.get(id) ?? new Set()).add(category.id));
			}
			const none = category.noEquivalent[cloud];
			if (ids.length === 0 && !none) {
				problems.push(
					`${categoriesFile}: category "${category.id}" has no ${cloud} service; list one or add noEquivalent.${cloud} with a reason`,
				);
			}
			if (ids.length > 0 && none) {
				problems.push(`${categoriesFile}: category "${category.id}" has both ${cloud} members and noEquivalent.${cloud}`);
			}
		}
		return { ...category, resolved };
	});

	for (const page of pages) {
		for (const cat of [page.data.category, ...page.data.alsoIn]) {
			if (categoryIds.has(cat) && !listed.get(page.id)?.has(cat)) {
				problems.push(
					`${page.filePath}: declares category "${cat}" but ${categoriesFile} does not list "${page.id}" under ${cat}.members.${page.data.cloud}`,
				);
			}
		}
	}
	for (const c of counterparts) {
		if (!listed.has(c.id)) {
			problems.push(`${c.filePath}: counterpart "${c.id}" is not listed in any category in ${categoriesFile}`);
		}
	}

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
		architectures.push({ id: entry.id, title: entry.data.title, href: pageHref(entry.id), steps });
	}

	if (problems.length > 0) throw new GuideDataError(problems);

	const cloudOrder = (c: Cloud) => CLOUDS.indexOf(c);
	pages.sort((a, b) => cloudOrder(a.data.cloud) - cloudOrder(b.data.cloud) || a.title.localeCompare(b.title));
	// Readers scan the matrix and the sidebar by name, so categories are listed alphabetically.
	views.sort((a, b) => a.label.localeCompare(b.label));
	architectures.sort((a, b) => a.title.localeCompare(b.title));
	return { pages, architectures, categories: views, byId, categoryById: new Map(views.map((v) => [v.id, v])) };
}
