/**
 * Mock design interviews (content/interview/<scenario>.yaml) joined with the guide: every `{<cloud>/<service>}` in
 * their text names a service of the guide and becomes a link to it, every fact a model answer uses exists, each
 * cloud's model answer names a service of that cloud, and a named reference architecture exists (its diagrams are
 * linked per cloud). Anything wrong stops the build with one message per problem, naming the file and the entry.
 * Pure, so unit tests call it.
 */
import { CLOUD_LABELS, CLOUDS, type Cloud } from '../clouds';
import { LEVELS, RUBRIC_AREAS, type InterviewData, type Level, type RubricArea } from '../schemas';
import type { Guide, ServiceRef } from './build-guide';
import { findFact, findService, nameInText, type FactUse } from './fact-refs';
import { architectureDiagramAnchor } from './links';

/** Text of an interview with each `{<cloud>/<service>}` turned into a Markdown link (render with inlineMarkdown). */
type Markdown = string;

export interface CloudAnswer {
	cloud: Cloud;
	design: Markdown;
	facts: FactUse[];
	/** The reference architecture's diagram for this cloud, if the interview names one. */
	diagram?: { title: string; href: string };
}

export interface Interview {
	/** The file's name: /interview/<id>/. */
	id: string;
	filePath: string;
	title: string;
	summary: string;
	level: Level;
	minutes: number;
	prompt: Markdown;
	clarifying: { ask: Markdown; why: Markdown }[];
	followUps: { stage: string; ask: Markdown; lookFor: Markdown }[];
	rubric: { area: RubricArea; label: string; strong: Markdown; weak: Markdown }[];
	approach: Markdown;
	answers: CloudAnswer[];
}

export interface InterviewEntry {
	id: string;
	filePath: string;
	data: InterviewData;
}

const SERVICE_TOKEN = /\{([a-z]+\/[a-z0-9-]+)\}/g;

export function resolveInterviews(entries: InterviewEntry[], guide: Guide): { interviews: Interview[]; problems: string[] } {
	const problems: string[] = [];
	const interviews = entries.flatMap((entry) => {
		const result = resolveOne(entry, guide);
		if (Array.isArray(result)) {
			problems.push(...result);
			return [];
		}
		return [result];
	});
	const order = (level: Level) => Object.keys(LEVELS).indexOf(level);
	interviews.sort((a, b) => order(a.level) - order(b.level) || a.title.localeCompare(b.title));
	return { interviews, problems };
}

function resolveOne({ id, filePath, data }: InterviewEntry, guide: Guide): Interview | string[] {
	const problems: string[] = [];
	const at = (where: string, problem: string) => problems.push(`${filePath}: ${where}: ${problem}`);
	/** The text with its service tokens linked; `named`, if given, collects the services it names. */
	const text = (where: string, value: string, named?: ServiceRef[]): Markdown => {
		// Links to the guide's pages are made from data, so they are checked: a hand-written one would not be.
		for (const [, target] of value.matchAll(/\]\(([^)]*)\)/g)) {
			if (!/^https:\/\//.test(target!)) at(where, `link "${target}": name a service as {<cloud>/<service>} and a diagram with \`architecture\`; other links must be https addresses of other sites`);
		}
		return value.replace(SERVICE_TOKEN, (token, ref: string) => {
			const found = findService(guide, ref);
			if (typeof found === 'string') {
				at(where, `${found} in ${token}`);
				return token;
			}
			named?.push(found);
			return `[${nameInText(found)}](${found.href})`;
		});
	};

	const architecture = data.architecture ? guide.architectures.find((a) => a.id === data.architecture) : undefined;
	if (data.architecture && !architecture) at('architecture', `no reference architecture "${data.architecture}" (content/${data.architecture}.mdx)`);

	const interview: Interview = {
		id,
		filePath,
		title: data.title,
		summary: data.summary,
		level: data.level,
		minutes: data.minutes,
		prompt: text('prompt', data.prompt),
		clarifying: data.clarifying.map((c, i) => ({ ask: text(`clarifying question ${i + 1}`, c.ask), why: text(`clarifying question ${i + 1}`, c.why) })),
		followUps: data.followUps.map((f, i) => ({
			stage: f.stage,
			ask: text(`follow-up ${i + 1} ("${f.stage}")`, f.ask),
			lookFor: text(`follow-up ${i + 1} ("${f.stage}")`, f.lookFor),
		})),
		rubric: (Object.keys(RUBRIC_AREAS) as RubricArea[]).map((area) => ({
			area,
			label: RUBRIC_AREAS[area],
			strong: text(`rubric "${area}"`, data.rubric[area].strong),
			weak: text(`rubric "${area}"`, data.rubric[area].weak),
		})),
		approach: text('answer.approach', data.answer.approach),
		answers: CLOUDS.map((cloud) => {
			const where = `answer.${cloud}`;
			const services: ServiceRef[] = [];
			const design = text(where, data.answer[cloud].design, services);
			if (!services.some((s) => s.cloud === cloud)) at(where, `the ${CLOUD_LABELS[cloud]} design names no ${cloud} service; write them as {${cloud}/<service>}`);
			const facts = data.answer[cloud].facts.flatMap((ref) => {
				const found = findFact(guide, ref);
				if (typeof found === 'string') {
					at(where, found);
					return [];
				}
				return [found];
			});
			const diagram = architecture ? { title: architecture.title, href: `${architecture.href}#${architectureDiagramAnchor(cloud)}` } : undefined;
			return { cloud, design, facts, ...(diagram ? { diagram } : {}) };
		}),
	};
	return problems.length > 0 ? problems : interview;
}
