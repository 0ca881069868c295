import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { docsSchema } from '@astrojs/starlight/schema';
import { CONTENT_DIR } from './content-dir';
import { architectureSchema, categorySchema, counterpartSchema, decisionGuideSchema, glossaryTermSchema, interviewSchema, serviceSchema, studyPlanSchema } from './schemas';

export const collections = {
	/** Every page: service pages carry a `service` block; other pages do not. */
	docs: defineCollection({
		loader: glob({ base: CONTENT_DIR, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({
			extend: z.object({ service: serviceSchema.optional(), architecture: architectureSchema.optional() }),
		}),
	}),
	/** The fixed list of categories and, per cloud, the services that belong to each. */
	categories: defineCollection({
		// Each entry keeps its place in the file (the data store sorts by id; file order decides main categories).
		loader: file(`${CONTENT_DIR}/data/categories.yaml`, {
			parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position })),
		}),
		schema: categorySchema,
	}),
	/** Counterparts that have no page of their own here, one file each: data/counterparts/<cloud>/<slug>.yaml. */
	counterparts: defineCollection({
		loader: glob({ base: `${CONTENT_DIR}/data/counterparts`, pattern: '**/*.yaml' }),
		schema: counterpartSchema,
	}),
	/** "Which service?" decision guides, one file per category: content/decide/<category>.yaml. */
	decisions: defineCollection({
		loader: glob({ base: `${CONTENT_DIR}/decide`, pattern: '*.yaml' }),
		schema: decisionGuideSchema,
	}),
	/** Mock design interviews, one file per scenario: content/interview/<scenario>.yaml. */
	interviews: defineCollection({
		loader: glob({ base: `${CONTENT_DIR}/interview`, pattern: '*.yaml' }),
		schema: interviewSchema,
	}),
	/** Study plans by time left, one file per plan: content/study-plans/<id>.yaml. */
	studyPlans: defineCollection({
		loader: glob({ base: `${CONTENT_DIR}/study-plans`, pattern: '*.yaml' }),
		schema: studyPlanSchema,
	}),
	/** Terms the pages use, defined once: content/data/glossary.yaml. */
	glossary: defineCollection({
		loader: file(`${CONTENT_DIR}/data/glossary.yaml`),
		schema: glossaryTermSchema,
	}),
};
