/** Builds the guide from content/ with the same schemas and checks the site uses, without Astro. */
import { join } from 'node:path';
import { buildGuide, type DocEntry } from '../../src/data/build-guide';
import { architectureSchema, categorySchema, counterpartSchema, serviceSchema, type Category, type Counterpart } from '../../src/schemas';
import { CONTENT, readCounterparts, readPages, readYaml } from './content';
import { relative } from 'node:path';
import { ROOT } from './content';

export function loadGuide(contentDir = CONTENT) {
	const docs: DocEntry[] = readPages(contentDir).map((p) => {
		const service = p.frontmatter['service'];
		const architecture = p.frontmatter['architecture'];
		return {
			id: p.id,
			filePath: p.file,
			data: {
				title: String(p.frontmatter['title']),
				description: p.frontmatter['description'] as string | undefined,
				service: service === undefined ? undefined : serviceSchema.parse(service),
				architecture: architecture === undefined ? undefined : architectureSchema.parse(architecture),
			},
		};
	});
	const categories: Category[] = (
		readYaml(relative(ROOT, join(contentDir, 'data', 'categories.yaml'))) as unknown[]
	).map((c) => categorySchema.parse(c));
	const counterparts: Counterpart[] = readCounterparts(contentDir).map((c) => ({
		...counterpartSchema.parse(c.data),
		id: c.id,
		filePath: c.file,
	}));
	return buildGuide(docs, categories, counterparts);
}
