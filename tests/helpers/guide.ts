/**
 * The guide's inputs read from a content folder, and the guide built from them with the same schemas and checks
 * the site uses, without Astro: for unit tests, which change the inputs and expect the checks to catch it.
 */
import { join, relative } from 'node:path';
import { buildGuide, type DocEntry } from '../../src/data/build-guide';
import { architectureSchema, categorySchema, counterpartSchema, serviceSchema, type Category, type Counterpart } from '../../src/schemas';
import { CONTENT, ROOT, readCounterparts, readPages, readYaml, type PageFile } from './content';

export interface GuideInputs {
	/** The content folder, relative to the project root (as messages name files). */
	dir: string;
	pages: PageFile[];
	categories: Record<string, unknown>[];
	counterparts: { id: string; file: string; data: Record<string, unknown> }[];
	glossary: Record<string, unknown>[];
}

export function readInputs(contentDir = CONTENT): GuideInputs {
	const data = (name: string) => readYaml(relative(ROOT, join(contentDir, 'data', name))) as Record<string, unknown>[];
	return { dir: relative(ROOT, contentDir), pages: readPages(contentDir), categories: data('categories.yaml'), counterparts: readCounterparts(contentDir), glossary: data('glossary.yaml') };
}

/** Parses the inputs with the site's schemas (throwing a ZodError on invalid data) and joins them with buildGuide(). */
export function guideFrom(inputs: GuideInputs) {
	const docs: DocEntry[] = inputs.pages.map((p) => {
		const service = p.frontmatter['service'];
		const architecture = p.frontmatter['architecture'];
		return {
			id: p.id,
			filePath: p.file,
			body: p.body,
			data: {
				title: String(p.frontmatter['title']),
				description: p.frontmatter['description'] as string | undefined,
				service: service === undefined ? undefined : serviceSchema.parse(service),
				architecture: architecture === undefined ? undefined : architectureSchema.parse(architecture),
			},
		};
	});
	const categories: Category[] = inputs.categories.map((c) => categorySchema.parse(c));
	const counterparts: Counterpart[] = inputs.counterparts.map((c) => ({ ...counterpartSchema.parse(c.data), id: c.id, filePath: c.file }));
	return buildGuide(docs, categories, counterparts, `${inputs.dir}/data/categories.yaml`);
}

export const loadGuide = (contentDir = CONTENT) => guideFrom(readInputs(contentDir));
