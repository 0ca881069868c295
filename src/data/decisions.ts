/**
 * The "Which service?" decision guides joined with the guide's data: every question an answer leads to exists and
 * is reached, no branch loops, every pick and alternative names a service of the guide (a page or a counterpart),
 * on the cloud it is picked for, and every fact a pick rests on is a fact of that service's page. Anything wrong
 * stops the build with one message per problem, naming the file and the entry. Pure, so unit tests call it.
 */
import { CLOUDS, type Cloud } from '../clouds';
import type { DecisionGuideData } from '../schemas';
import { findFact, findService, type FactUse } from './fact-refs';
import type { CategoryView, Guide, ServiceRef } from './build-guide';

export interface ResolvedPick {
	cloud: Cloud;
	pick: ServiceRef;
	alternative: ServiceRef;
	changeIf: string;
	facts: FactUse[];
}

export interface ResolvedAnswer {
	label: string;
	next?: ResolvedQuestion;
	picks?: ResolvedPick[];
}

export interface ResolvedQuestion {
	id: string;
	ask: string;
	why: string;
	answers: ResolvedAnswer[];
}

export interface DecisionGuide {
	/** The file's name: the category id. */
	id: string;
	filePath: string;
	category: CategoryView;
	summary: string;
	start: ResolvedQuestion;
	/** Every pick of every branch, for "Picked in" lists and tests. */
	picks: ResolvedPick[];
}

export interface DecisionEntry {
	id: string;
	filePath: string;
	data: DecisionGuideData;
}

export function resolveDecisions(entries: DecisionEntry[], guide: Guide): { guides: DecisionGuide[]; problems: string[] } {
	const problems: string[] = [];
	const guides: DecisionGuide[] = [];
	for (const entry of entries) {
		const guideOrProblems = resolveOne(entry, guide);
		if (Array.isArray(guideOrProblems)) problems.push(...guideOrProblems);
		else guides.push(guideOrProblems);
	}
	guides.sort((a, b) => a.category.label.localeCompare(b.category.label));
	return { guides, problems };
}

function resolveOne({ id, filePath, data }: DecisionEntry, guide: Guide): DecisionGuide | string[] {
	const problems: string[] = [];
	const at = (where: string, problem: string) => problems.push(`${filePath}: ${where}: ${problem}`);
	const category = guide.categoryById.get(data.category);
	if (!category) at('category', `unknown category "${data.category}"`);
	if (data.category !== id) at('category', `is "${data.category}" but the file is named "${id}"; name the file after the category`);
	const byId = new Map(data.questions.map((q) => [q.id, q]));
	if (byId.size !== data.questions.length) at('questions', 'two questions share an id');

	const service = (where: string, ref: string, cloud: Cloud): ServiceRef | undefined => {
		const found = findService(guide, ref, cloud);
		if (typeof found !== 'string') return found;
		at(where, found);
		return undefined;
	};
	const fact = (where: string, ref: string): FactUse | undefined => {
		const found = findFact(guide, ref);
		if (typeof found !== 'string') return found;
		at(where, found);
		return undefined;
	};

	const picks: ResolvedPick[] = [];
	const reached = new Set<string>();
	const resolve = (qid: string, path: string[]): ResolvedQuestion | undefined => {
		const q = byId.get(qid);
		if (!q) return undefined;
		if (path.includes(qid)) {
			at(`question "${qid}"`, `the branch ${[...path, qid].join(' -> ')} comes back to it; a guide is a tree`);
			return undefined;
		}
		reached.add(qid);
		const answers: ResolvedAnswer[] = q.answers.map((a, i) => {
			const where = `question "${q.id}", answer ${i + 1} ("${a.label}")`;
			if (a.next !== undefined) {
				if (!byId.has(a.next)) at(where, `leads to unknown question "${a.next}"`);
				const next = resolve(a.next, [...path, qid]);
				return next ? { label: a.label, next } : { label: a.label };
			}
			const resolved = CLOUDS.flatMap((cloud) => {
				const p = a.picks![cloud];
				const pick = service(`${where}, ${cloud} pick`, p.pick, cloud);
				const alternative = service(`${where}, ${cloud} alternative`, p.alternative, cloud);
				if (p.pick === p.alternative) at(`${where}, ${cloud}`, 'the alternative is the pick itself');
				const facts = p.facts.flatMap((f) => fact(`${where}, ${cloud}`, f) ?? []);
				return pick && alternative ? [{ cloud, pick, alternative, changeIf: p.changeIf, facts }] : [];
			});
			picks.push(...resolved);
			return { label: a.label, picks: resolved };
		});
		return { id: q.id, ask: q.ask, why: q.why, answers };
	};
	const start = resolve(data.questions[0]!.id, []);
	for (const q of data.questions) if (!reached.has(q.id)) at(`question "${q.id}"`, 'no answer leads to it');
	if (problems.length > 0 || !start || !category) return problems;
	return { id, filePath, category, summary: data.summary, start, picks };
}
