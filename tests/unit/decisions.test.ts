/**
 * The decision guides joined with the guide (src/data/decisions.ts), on the real content and on broken copies of
 * it: each problem stops the build with a message naming the file and the entry.
 */
import { describe, expect, it } from 'vitest';
import { resolveDecisions, type DecisionEntry } from '../../src/data/decisions';
import { decisionGuideSchema } from '../../src/schemas';
import { CLOUDS } from '../../src/clouds';
import { readDataFolder } from '../helpers/content';
import { guideFrom, readInputs } from '../helpers/guide';

const guide = guideFrom(readInputs());
const entries: DecisionEntry[] = readDataFolder('decide', decisionGuideSchema);
const streaming = entries.find((e) => e.id === 'streaming')!;
/** A copy of the streaming guide with one change. */
const broken = (change: (d: DecisionEntry['data']) => void) => {
	const copy = structuredClone(streaming);
	change(copy.data);
	return resolveDecisions([copy], guide).problems;
};

describe('the decision guides in content/decide/', () => {
	const { guides, problems } = resolveDecisions(entries, guide);

	it('resolve without a problem, one per file', () => {
		expect(problems).toEqual([]);
		expect(guides.map((g) => g.id).sort()).toEqual(entries.map((e) => e.id).sort());
	});

	it('end every branch with one pick per cloud, each resting on at least one sourced, dated fact', () => {
		for (const g of guides) {
			const leaves = g.picks.length / CLOUDS.length;
			expect(Number.isInteger(leaves) && leaves >= 2, g.id).toBe(true);
			for (const p of g.picks) {
				expect(p.pick.cloud).toBe(p.cloud);
				expect(p.alternative.cloud).toBe(p.cloud);
				expect(p.facts.length).toBeGreaterThan(0);
				for (const { fact } of p.facts) expect(fact.source).toMatch(/^https:\/\//);
			}
		}
	});
});

describe('the numbers in a decision guide', () => {
	it('each appear in a fact the pick cites, so every figure a reader sees there has its source and date', () => {
		const { guides } = resolveDecisions(entries, guide);
		const unsourced: string[] = [];
		// Figures, not names: "S3", "Db2" and the like have a letter before the digit.
		const figures = (text: string) => [...text.matchAll(/(?<![A-Za-z\d.,])\d[\d,.]*/g)].map((m) => m[0].replace(/[.,]+$/, ''));
		for (const g of guides) {
			for (const p of g.picks) {
				const cited = p.facts.map(({ fact }) => `${fact.value} ${fact.note ?? ''}`).join(' ');
				for (const n of figures(p.changeIf)) if (!cited.includes(n)) unsourced.push(`${g.id} ${p.cloud} (${p.pick.id}): ${n} in "${p.changeIf}"`);
			}
		}
		expect(unsourced).toEqual([]);
	});
});

describe('a broken decision guide', () => {
	const file = 'content/decide/streaming.yaml';

	it('names an unknown service, a service of another cloud and a fact its page does not have', () => {
		const problems = broken((d) => {
			const picks = d.questions[0]!.answers[0]!.picks!;
			picks.aws.pick = 'aws/no-such-queue';
			picks.gcp.alternative = 'aws/sqs';
			picks.azure.facts = ['azure/service-bus#Maximum coffee size'];
		});
		expect(problems).toEqual([
			`${file}: question "replay", answer 1 ("No: each event is a piece of work for one consumer"), aws pick: unknown service "aws/no-such-queue"`,
			`${file}: question "replay", answer 1 ("No: each event is a piece of work for one consumer"), gcp alternative: "aws/sqs" is not a gcp service`,
			expect.stringMatching(new RegExp(`^${file}: question "replay", answer 1 .*, azure: fact "azure/service-bus#Maximum coffee size": content/azure/service-bus.mdx has no fact with the claim "Maximum coffee size"$`)),
		]);
	});

	it('names an answer leading to a question that does not exist, and a question no answer reaches', () => {
		const problems = broken((d) => {
			d.questions[0]!.answers[1]!.next = 'no-such-question';
		});
		expect(problems).toContain(`${file}: question "replay", answer 2 ("Yes: several consumers, or replay"): leads to unknown question "no-such-question"`);
		expect(problems).toContain(`${file}: question "process": no answer leads to it`);
	});

	it('names a branch that loops', () => {
		const problems = broken((d) => {
			const answer = d.questions[1]!.answers[0]!;
			delete answer.picks;
			answer.next = 'replay';
		});
		expect(problems).toContain(`${file}: question "replay": the branch replay -> process -> replay comes back to it; a guide is a tree`);
	});

	it('names a category that does not exist, or a file not named after its category', () => {
		const problems = broken((d) => {
			d.category = 'streams';
		});
		expect(problems).toEqual([`${file}: category: unknown category "streams"`, `${file}: category: is "streams" but the file is named "streaming"; name the file after the category`]);
	});

	it('refuses, in the schema, an answer with both a next question and picks, and a fact written without its service', () => {
		const data = structuredClone(streaming.data) as Record<string, unknown> & typeof streaming.data;
		data.questions[0]!.answers[0]!.next = 'process';
		expect(() => decisionGuideSchema.parse(data)).toThrow(/either `next` or `picks`/);
		const data2 = structuredClone(streaming.data);
		data2.questions[0]!.answers[0]!.picks!.aws.facts = ['Message retention'];
		expect(() => decisionGuideSchema.parse(data2)).toThrow(/<cloud>\/<service>#<the fact's claim>/);
	});
});
