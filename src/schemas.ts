/**
 * The shapes of the guide's data. Every other module imports its types from here;
 * nothing else declares what a service, a fact, a category or a counterpart looks like.
 */
import { z } from 'astro/zod';

import { CLOUD_INFO, CLOUDS, type Cloud } from './clouds';

export { CLOUD_LABELS, CLOUDS, type Cloud } from './clouds';
export const cloudSchema = z.enum(CLOUDS as [Cloud, ...Cloud[]]);

/**
 * Hosts of the providers' own documentation (src/clouds.ts). A fact's source must be on one of these,
 * so every number in the guide can be checked against the provider that owns it.
 */
const ALL_DOC_HOSTS: string[] = Object.values(CLOUD_INFO).flatMap((c) => [...c.docHosts]);

/** An https URL on a provider's documentation site. */
export const providerUrl = z
	.url()
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'https:' && ALL_DOC_HOSTS.includes(url.hostname);
		} catch {
			return false;
		}
	}, `must be an https URL on a provider's documentation site (${ALL_DOC_HOSTS.join(', ')})`);

/** Dates are written YYYY-MM-DD in YAML; months alone (YYYY-MM) are allowed where a provider gives no day. */
const isoDay = z.coerce.date();
const monthOrDay = z.union([
	z.date(),
	z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
]);

/** An earlier value of a fact: what it was, and until when (the day the provider changed it). */
export const previousValueSchema = z.strictObject({
	value: z.string().min(1),
	until: monthOrDay,
	/** What changed, in a sentence. */
	note: z.string().min(10),
	/** The announcement, when it is not the fact's own source. */
	source: providerUrl.optional(),
});

/** A number or limit worth knowing, with the page it was read on and when. */
export const factSchema = z.strictObject({
	/** What is measured, e.g. "Maximum message size". */
	claim: z.string().min(3),
	/** The figure, with its unit, e.g. "1 MiB (1,048,576 bytes)". */
	value: z.string().min(1),
	/** Optional context shown under the value. */
	note: z.string().optional(),
	source: providerUrl,
	checked: isoDay,
	/** One of the 3-5 numbers that matter most: shown on the printable cheat sheet. */
	key: z.boolean().optional(),
	/** Earlier values, newest first: listed on /changes/ and its feed. */
	previous: z.array(previousValueSchema).default([]),
});
export type Fact = z.infer<typeof factSchema>;

/** A sourced figure used inside comparison tables. */
export const sourcedTextSchema = z.strictObject({
	text: z.string().min(1),
	source: providerUrl,
});

/** The rows every comparison table shows for a service, wherever it is described. */
export const compareProfileSchema = z.strictObject({
	/** How the service works, in a phrase: "Pull-based queue, standard and FIFO". */
	model: z.string().min(3),
	/** What you pay for: "Per million API requests". */
	pricingUnit: z.string().min(3),
	/** The one limit that most often decides a design, with its source. */
	keyLimit: sourcedTextSchema,
	/** When this is the right choice, in a sentence. */
	pickWhen: z.string().min(10),
	/** What it is, in one sentence. */
	whatItIs: z.string().min(10),
	/** How it scales, with the source that says so. */
	scaling: sourcedTextSchema,
	/** Further limits that matter when choosing. */
	moreLimits: z.array(sourcedTextSchema).default([]),
	/** Durability or availability design, where it applies (storage, databases, queues). */
	durability: sourcedTextSchema.optional(),
	/** The services it most often plugs into, in a phrase. */
	integrations: z.string().min(5),
});
export type CompareProfile = z.infer<typeof compareProfileSchema>;

export const formerNameSchema = z.strictObject({
	name: z.string().min(2),
	/** When the name stopped being current. */
	until: monthOrDay,
	/** What changed and why, in a sentence. */
	note: z.string().min(10),
	source: providerUrl,
});

/** What kind of change a status note records. */
export const STATUS_KINDS = ['renamed', 'retired', 'retiring', 'deprecated', 'preview', 'generally-available', 'changed'] as const;
/** What a status note is about: the service itself, or a part of it (or a related service) named in `subject`. */
export const STATUS_SCOPES = ['service', 'tier', 'deployment-option', 'generation', 'feature', 'pricing', 'related-service'] as const;

/**
 * A dated change to a service or to part of it. Structured so that a label such as "retired" is shown only next to
 * what is itself retired: a retired deployment option never marks the whole service.
 */
export const statusNoteSchema = z
	.strictObject({
		kind: z.enum(STATUS_KINDS),
		scope: z.enum(STATUS_SCOPES),
		/** The part the note is about, e.g. "Single Server"; not given when the scope is the service itself. */
		subject: z.string().min(2).optional(),
		/** One clear sentence: what changed and what to use now. */
		note: z.string().min(10),
		/** When it happened (or will: a `retiring` date may be in the future). */
		date: monthOrDay,
		/** What it was before and what it is now, in a few words, where the note changes a value or a name. */
		before: z.string().min(1).optional(),
		after: z.string().min(1).optional(),
		source: providerUrl,
	})
	.refine((n) => (n.scope === 'service') === (n.subject === undefined), {
		message: 'give `subject` (what the note is about) unless `scope` is `service`',
		path: ['subject'],
	});
export type StatusNote = z.infer<typeof statusNoteSchema>;

/** How senior a mock interview or a flashcard is pitched (what a candidate brings unprompted), easiest first, with the labels readers see. */
export const LEVELS = { junior: 'Junior', senior: 'Senior', staff: 'Staff' } as const;
export type Level = keyof typeof LEVELS;
const levelSchema = z.enum(Object.keys(LEVELS) as [Level, ...Level[]]);

/** An interview question and the outline of a strong answer; one shape for service and category questions. */
export const questionSchema = z.strictObject({
	question: z.string().min(10),
	answer: z.string().min(40),
	/** Who is expected to answer it well: junior (what it is, the main limits), senior (design choices, trade-offs), staff (organisation-wide, failure and cost at scale). */
	level: levelSchema,
});
export type Question = z.infer<typeof questionSchema>;

/**
 * The `service` block in a service page's frontmatter. Which categories the service belongs to is not stated
 * here: content/data/categories.yaml lists every category's members, and is the only place that says so.
 */
export const serviceSchema = z.strictObject({
	cloud: cloudSchema,
	/** The official, current product name. */
	name: z.string().min(2),
	/** What people call it: "SQS", "BigQuery". */
	shortName: z.string().min(2),
	formerNames: z.array(formerNameSchema).default([]),
	status: z.array(statusNoteSchema).default([]),
	/** Abbreviations and names people type into search (indexed, not shown). */
	aliases: z.array(z.string().min(1)).min(1),
	/**
	 * When to pick something else, in one sentence naming the alternatives (inline Markdown); shown at the top of
	 * the page beside the comparison profile's `pickWhen`.
	 */
	avoidWhen: z.string().min(20),
	compare: compareProfileSchema,
	facts: z.array(factSchema).min(5, 'a service page needs at least 5 sourced facts'),
	/** Interview questions about this service, with what a strong answer covers (inline Markdown allowed). */
	questions: z.array(questionSchema).min(5, 'a service page needs at least 5 interview questions'),
	/** Traps that cost money or cause outages, most important first (inline Markdown); the first is on the cheat sheet. */
	gotchas: z.array(z.string().min(20)).min(3, 'a service page needs at least 3 gotchas'),
}).refine((s) => {
	const key = s.facts.filter((f) => f.key).length;
	return key >= 3 && key <= 5;
}, { message: 'mark 3 to 5 facts "key: true" (the numbers the cheat sheet shows)', path: ['facts'] });
export type ServiceData = z.infer<typeof serviceSchema>;

/** A counterpart that has no page of its own in the guide (e.g. Azure Functions). */
export const counterpartSchema = z.strictObject({
	cloud: cloudSchema,
	name: z.string().min(2),
	/** The provider's documentation landing page for the service. */
	docs: providerUrl,
	formerNames: z.array(formerNameSchema).default([]),
	status: z.array(statusNoteSchema).default([]),
	compare: compareProfileSchema,
});
export type Counterpart = z.infer<typeof counterpartSchema> & {
	/** The file's path under content/data/counterparts/, without extension: "gcp/cloud-storage". */
	id: string;
	filePath: string;
};

/** A cloud with no equivalent in a category, and why. */
export const noEquivalentSchema = z.strictObject({
	reason: z.string().min(10),
	/** What teams use instead, in words. */
	instead: z.string().min(5),
	source: providerUrl,
	/** The dated history behind the gap, e.g. the retirement of the service that used to fill it. */
	status: z.array(statusNoteSchema).default([]),
});

export const categorySchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	/**
	 * The entry's place in the file, set by the collection's loader (src/content.config.ts), never written by hand:
	 * Astro's data store keeps entries sorted by id, and a service's main category is decided by file order.
	 */
	position: z.number().int().nonnegative().optional(),
	label: z.string().min(3),
	/** One sentence: what services in this category do. */
	summary: z.string().min(10),
	/**
	 * Service ids (a page's id such as "aws/sqs", or a counterpart's id) per cloud, best match first. This is the
	 * only record of which services belong to a category; a service's main category (the one its page compares it
	 * in) is the first category in the file that lists it.
	 */
	members: z.strictObject({
		aws: z.array(z.string()).default([]),
		gcp: z.array(z.string()).default([]),
		azure: z.array(z.string()).default([]),
	}),
	noEquivalent: z
		.strictObject({
			aws: noEquivalentSchema.optional(),
			gcp: noEquivalentSchema.optional(),
			azure: noEquivalentSchema.optional(),
		})
		.default({}),
	/** The providers' own comparison pages that pair these services. */
	mappingSources: z.array(providerUrl).default([]),
	/** What really separates the clouds' offerings, one point per item, in the guide's own words. */
	keyDifferences: z.array(z.string().min(20)).default([]),
	/** Interview questions that compare the services, with what a strong answer covers. */
	questions: z.array(questionSchema).default([]),
});
export type Category = z.infer<typeof categorySchema>;

/** One step of a reference architecture: what happens, and the service that does it on each cloud. */
export const architectureStepSchema = z.strictObject({
	step: z.string().min(3),
	/** Service ids (a page's id or a counterpart's id), as in categories.yaml. */
	aws: z.string(),
	gcp: z.string(),
	azure: z.string(),
});

/** The `architecture` block of a reference architecture page. */
export const architectureSchema = z.strictObject({
	/** The pipeline's steps, in order; the mapping table and the service pages' "used in" links come from here. */
	steps: z.array(architectureStepSchema).min(3),
});
export type ArchitectureData = z.infer<typeof architectureSchema>;

/** A glossary entry (content/data/glossary.yaml): a term the pages use, defined in a sentence or two. */
export const glossaryTermSchema = z.strictObject({
	/** Stable anchor on /glossary/ (never rename: links point at it). */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase-kebab-case'),
	term: z.string().min(2),
	aliases: z.array(z.string().min(1)).default([]),
	definition: z.string().min(30).max(400),
	/**
	 * Phrases as they appear in page prose; the first one found on a page links to the entry. The glossary's
	 * "Used on" list is derived from these links, so it is never written by hand.
	 */
	match: z.array(z.string().min(2)).min(1),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A reference to a fact on a service page: "<page id>#<the fact's claim>", e.g. "aws/sqs#Maximum message size". */
const factRef = z.string().regex(/^[a-z]+\/[a-z0-9-]+#.+$/, 'write a fact as "<cloud>/<service>#<the fact\'s claim>"');
const serviceRef = z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'write a service as "<cloud>/<service id>"');

/** One cloud's answer at the end of a branch: the pick, a credible alternative, and what would change the answer. */
export const decisionPickSchema = z.strictObject({
	pick: serviceRef,
	alternative: serviceRef,
	/** What about the workload would make the alternative the better choice. */
	changeIf: z.string().min(20),
	/** The sourced facts the pick rests on (a limit, a price unit), shown with their values and sources. */
	facts: z.array(factRef).min(1),
});

export const decisionAnswerSchema = z
	.strictObject({
		label: z.string().min(2),
		/** The next question's id, or `picks` when this answer ends the branch. */
		next: z.string().optional(),
		picks: z.strictObject({ aws: decisionPickSchema, gcp: decisionPickSchema, azure: decisionPickSchema }).optional(),
	})
	.refine((a) => (a.next === undefined) !== (a.picks === undefined), { message: 'give an answer either `next` or `picks`, not both or neither' });

export const decisionQuestionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase-kebab-case'),
	/** The question about the workload, as an interviewer would put it. */
	ask: z.string().min(10),
	/** Why the question matters for the choice (one sentence). */
	why: z.string().min(20),
	answers: z.array(decisionAnswerSchema).min(2),
});

/**
 * A "Which service?" decision guide (content/decide/<category>.yaml): questions about the workload, the first one
 * first, whose answers lead to another question or to one pick per cloud.
 */
export const decisionGuideSchema = z.strictObject({
	/** The category the guide chooses within; the file is named after it and the page is /decide/<category>/. */
	category: z.string().min(2),
	/** One or two sentences: what the guide helps choose. */
	summary: z.string().min(30),
	questions: z.array(decisionQuestionSchema).min(1),
});
export type DecisionGuideData = z.infer<typeof decisionGuideSchema>;

/** The rubric's areas, in the order a design conversation usually covers them, with the labels readers see. */
export const RUBRIC_AREAS = {
	requirements: 'Requirements',
	'data-flow': 'Data flow',
	numbers: 'Numbers used',
	'failure-modes': 'Failure modes',
	cost: 'Cost',
	'trade-offs': 'Trade-offs',
} as const;
export type RubricArea = keyof typeof RUBRIC_AREAS;

/** What one rubric area looks like when done well, and the usual way it goes wrong. */
const rubricCriterionSchema = z.strictObject({ strong: z.string().min(20), weak: z.string().min(20) });

/** One cloud's model answer: the design in a few sentences and the sourced numbers it uses. */
const interviewCloudAnswerSchema = z.strictObject({
	design: z.string().min(80),
	/** Facts the design's numbers rest on, as in decision guides: "<cloud>/<service>#<the fact's claim>". */
	facts: z.array(factRef).min(1),
});

/**
 * A mock design interview (content/interview/<scenario>.yaml), shown at /interview/<scenario>/. Its texts are inline
 * Markdown in which `{<cloud>/<service>}` names a service of the guide, shown by its name (nameInText in
 * src/data/fact-refs.ts) and linked to its page (src/data/interviews.ts checks them: an unknown one stops the build).
 */
export const interviewSchema = z.strictObject({
	title: z.string().min(10).max(80),
	/** One sentence for lists, the page's description and its preview card. */
	summary: z.string().min(30).max(220),
	level: levelSchema,
	/** The time the interview usually gets, which the page's timer counts down. */
	minutes: z.number().int().min(10).max(90),
	/** The scenario as the interviewer says it, in the second person. */
	prompt: z.string().min(60),
	/** Questions a strong candidate asks before drawing anything, and why each changes the design. */
	clarifying: z.array(z.strictObject({ ask: z.string().min(10), why: z.string().min(20) })).min(3),
	/** The interviewer's follow-ups, in the order they come: a short label ("10× the traffic"), the question, and what a strong answer covers. */
	followUps: z
		.array(z.strictObject({ stage: z.string().min(3).max(40), ask: z.string().min(20), lookFor: z.string().min(30) }))
		.min(3),
	/** What each area of the rubric looks like done well and done poorly, for the reader's self-score. */
	rubric: z.strictObject(
		Object.fromEntries(Object.keys(RUBRIC_AREAS).map((area) => [area, rubricCriterionSchema])) as Record<
			RubricArea,
			typeof rubricCriterionSchema
		>,
	),
	/** The model answer: the approach in cloud-neutral terms, then the design on each cloud. */
	answer: z.strictObject({
		approach: z.string().min(80),
		aws: interviewCloudAnswerSchema,
		gcp: interviewCloudAnswerSchema,
		azure: interviewCloudAnswerSchema,
	}),
	/** A reference architecture whose diagrams draw this design on each cloud ("architectures/<page>"), if one does. */
	architecture: z
		.string()
		.regex(/^architectures\/[a-z0-9-]+$/, 'write an architecture as "architectures/<page>"')
		.optional(),
});
export type InterviewData = z.infer<typeof interviewSchema>;

/**
 * Where a study plan's task sends the reader: a page of the guide by its path without slashes ("aws/s3",
 * "compare/streaming", "decide/streaming", "interview/iot-telemetry", "cheat-sheet"), or the flashcards narrowed to
 * a service, category or level ("practice?category=streaming&level=senior"). Checked at build.
 */
const studyLinkSchema = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(\?[a-z]+=[a-z0-9/-]+(&[a-z]+=[a-z0-9/-]+)*)?$/, 'write a link as a page path such as "aws/s3" or "practice?category=streaming"');

/** One task of a study session: what to do, where, and about how long it takes. */
export const studyTaskSchema = z.strictObject({
	/** The task in a sentence, starting with a verb ("Walk the streaming guide to a pick on each cloud"). Its wording is its identity: progress is kept by it. */
	do: z.string().min(10).max(160),
	links: z.array(studyLinkSchema).min(1),
	minutes: z.number().int().min(5).max(240),
});

/**
 * A study plan by time left (content/study-plans/<id>.yaml; the file's name is the plan's anchor on /study-plan/
 * and the key of its saved progress, so never rename it): sessions of tasks built from the guide's own pages.
 */
export const studyPlanSchema = z.strictObject({
	/** The time left, as readers pick it: "48 hours". */
	label: z.string().min(3),
	summary: z.string().min(30),
	sessions: z.array(z.strictObject({ title: z.string().min(3), tasks: z.array(studyTaskSchema).min(1) })).min(2),
});
export type StudyPlanData = z.infer<typeof studyPlanSchema>;
