/**
 * The authoring rules of a service page, checked on every build (not only by tests), so a page that breaks one
 * never ships: the seven sections in order, a summary first, the generated sections placed where they belong, the
 * page's own service drawn in its diagram, a length that makes it a study page, and links by published path.
 * Pure: reads the page's MDX source (without frontmatter) and its validated data.
 */
import { CLOUDS, CLOUD_LABELS, type Cloud } from '../clouds';
import { parseFlowchart } from '../diagrams/flowchart';
import type { ServiceData } from '../schemas';

/** The sections of every service page, in order. */
export const SERVICE_SECTIONS = [
	'Where it sits in a pipeline',
	'When to use it — and when not',
	'How it works',
	'Numbers worth knowing',
	'Interview focus',
	'Gotchas',
	'Compared with',
] as const;

/** Sections whose whole content is generated from the page's data. */
const GENERATED: Partial<Record<(typeof SERVICE_SECTIONS)[number], string>> = {
	'Interview focus': '<InterviewQuestions />',
	Gotchas: '<Gotchas />',
};
/** Sections that must place a generated component (prose around it is allowed). */
const PLACED: Partial<Record<(typeof SERVICE_SECTIONS)[number], string>> = {
	'Numbers worth knowing': '<NumbersWorthKnowing />',
	'Compared with': '<ComparedWith />',
};

export const WORDS = { min: 700, max: 1500 };

/** The level-2 headings of a body, in order. */
export function h2s(body: string): string[] {
	return [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
}

/** The text of the section under a level-2 heading ('' when there is none). */
export function sectionOf(body: string, heading: string): string {
	const start = body.indexOf(`\n## ${heading}\n`);
	if (start < 0) return '';
	const rest = body.slice(start + heading.length + 5);
	const end = rest.search(/^## /m);
	return end < 0 ? rest : rest.slice(0, end);
}

/** The number of words a reader sees in MDX prose: no imports, components, code or markup. */
export function proseWords(mdx: string): number {
	const text = mdx
		.replace(/^import .*$/gm, '')
		.replace(/<PipelineDiagram[\s\S]*?\/>/g, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_`>|[\]()-]/g, ' ');
	return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** The diagram node id that stands for a page: aws/secrets-manager -> aws_secrets_manager. */
export const nodeIdOf = (pageId: string) => pageId.replaceAll(/[/-]/g, '_');

/** Checks one service page; returns the problems, each starting with the file's path. */
export function checkServicePage({ id, file, body, data }: { id: string; file: string; body: string; data: ServiceData }): string[] {
	const problems: string[] = [];
	const problem = (text: string) => problems.push(`${file}: ${text}`);

	const headings = h2s(body);
	if (headings.join('\n') !== SERVICE_SECTIONS.join('\n')) {
		problem(`the sections must be, in this order: ${SERVICE_SECTIONS.map((s) => `"## ${s}"`).join(', ')} (found: ${headings.map((h) => `"${h}"`).join(', ') || 'none'})`);
	}
	const intro = body.slice(0, Math.max(body.indexOf('\n## '), 0)).replace(/^import .*$/gm, '').trim();
	if (intro.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 3).length < 2) {
		problem('open with a summary of at least two sentences before the first section');
	}
	for (const [heading, component] of Object.entries(GENERATED)) {
		if (headings.includes(heading) && sectionOf(body, heading).trim() !== component) {
			problem(`"## ${heading}" holds only ${component} (its items live in the service data)`);
		}
	}
	for (const [heading, component] of Object.entries(PLACED)) {
		if (headings.includes(heading) && !sectionOf(body, heading).includes(component)) problem(`"## ${heading}" must contain ${component}`);
	}
	const diagram = sectionOf(body, SERVICE_SECTIONS[0]);
	if (headings.includes(SERVICE_SECTIONS[0])) {
		if (!/<PipelineDiagram code=\{`\s*flowchart/.test(diagram)) problem(`"## ${SERVICE_SECTIONS[0]}" must draw a <PipelineDiagram> flowchart`);
		else if (!diagram.includes(`${nodeIdOf(id)}[`)) problem(`the diagram must include the page's own service as node "${nodeIdOf(id)}" so it is highlighted`);
	}
	const qa = data.questions.map((q) => `${q.question} ${q.answer}`).join(' ');
	const words = proseWords(body) + proseWords(`${qa} ${data.gotchas.join(' ')}`);
	if (words < WORDS.min || words > WORDS.max) problem(`has ${words} words of prose, questions and gotchas; a service page has ${WORDS.min}-${WORDS.max}`);
	for (const q of data.questions) {
		if (`${q.question} ${q.answer}`.length <= 120) problem(`question "${q.question}": the answer must say what a strong answer covers (over 120 characters with the question)`);
	}
	const questions = data.questions.map((q) => q.question);
	for (const q of questions.filter((q, i) => questions.indexOf(q) !== i)) problem(`question "${q}" is asked twice`);
	const links = [...body.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
	for (const link of links.filter((l) => !/^(https:|mailto:|#)/.test(l))) {
		if (!/^\/[a-z0-9-]+\/([a-z0-9-]+\/)?(#[a-z0-9-]+)?$/.test(link)) problem(`link "${link}": link guide pages by their published path, e.g. /aws/s3/ or /aws/s3/#gotchas`);
	}
	return problems;
}

/** The Mermaid sources of the diagrams in an MDX body, in order. */
const diagramSources = (body: string): string[] => [...body.matchAll(/<PipelineDiagram code=\{`([\s\S]*?)`\}/g)].map((m) => m[1]!);

/**
 * Checks a reference architecture page: one diagram per cloud, in the guide's cloud order, each drawing every step's
 * service on that cloud (as a node or as the frame of an orchestrated workflow), so the drawing and the step table
 * below it never disagree.
 */
export function checkArchitecturePage({ file, body, steps }: { file: string; body: string; steps: ({ step: string } & Record<Cloud, string>)[] }): string[] {
	const problems: string[] = [];
	const diagrams = diagramSources(body);
	if (diagrams.length !== CLOUDS.length) return [`${file}: draws ${diagrams.length} diagrams; an architecture draws one per cloud (${CLOUDS.map((c) => CLOUD_LABELS[c]).join(', ')})`];
	CLOUDS.forEach((cloud, i) => {
		// Decision guides and mock interviews link each cloud's diagram by this heading's anchor.
		const heading = `### On ${CLOUD_LABELS[cloud]}`;
		if (!body.split('\n').some((line) => line.trim() === heading)) problems.push(`${file}: has no "${heading}" heading above the ${CLOUD_LABELS[cloud]} diagram (its anchor is linked from other pages)`);
		const { nodes, groups } = parseFlowchart(diagrams[i]!);
		for (const s of steps) {
			const id = nodeIdOf(s[cloud]);
			if (!nodes.has(id) && !groups.has(id)) {
				problems.push(`${file}: the ${CLOUD_LABELS[cloud]} diagram (diagram ${i + 1}) does not draw "${s[cloud]}" for step "${s.step}": add a node or frame with id "${id}"`);
			}
		}
	});
	return problems;
}
