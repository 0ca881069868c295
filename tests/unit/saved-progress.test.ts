/** The practice pages' saved state and the JSON file that moves it between browsers (src/practice/saved-progress.ts). */
import { describe, expect, it } from 'vitest';
import { exportProgress, importProgress, interviewKey, KEYS, type Store } from '../../src/practice/saved-progress';

const memory = (entries: Record<string, string> = {}): Store & { data: Map<string, string> } => {
	const data = new Map(Object.entries(entries));
	return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v), keys: () => [...data.keys()] };
};
const cards = { version: 1, turn: 3, cards: { 'aws/sqs:a': { box: 2, last: 2, right: 1, wrong: 0 } } };
const scores = { scores: { cost: 2, requirements: 3 }, updated: '2026-12-04T10:00:00.000Z' };
const ticks = { done: { '48-hours/read-the-cheat-sheet': '2026-12-04' } };

describe('saved progress', () => {
	it('exports flashcards, every interview\'s scores and the plan ticks, leaving out damaged entries', () => {
		const store = memory({
			[KEYS.flashcards]: JSON.stringify(cards),
			[interviewKey('iot-telemetry')]: JSON.stringify(scores),
			[interviewKey('broken')]: '{"scores": {"cost": 9}, "updated": "x"}',
			[KEYS.studyPlan]: JSON.stringify(ticks),
			unrelated: 'kept out',
		});
		const { json, counts } = exportProgress(store);
		expect(JSON.parse(json)).toEqual({ ...cards, interviews: { 'iot-telemetry': scores }, studyPlan: ticks });
		expect(counts).toEqual({ cards: 1, interviews: 1, tasks: 1 });
	});

	it('imports a file into another browser, part by part', () => {
		const source = memory({ [KEYS.flashcards]: JSON.stringify(cards), [interviewKey('iot-telemetry')]: JSON.stringify(scores), [KEYS.studyPlan]: JSON.stringify(ticks) });
		const target = memory();
		expect(importProgress(exportProgress(source).json, target)).toEqual({ cards: 1, interviews: 1, tasks: 1 });
		expect(JSON.parse(target.get(KEYS.flashcards)!)).toEqual(cards);
		expect(JSON.parse(target.get(interviewKey('iot-telemetry'))!)).toEqual(scores);
		expect(JSON.parse(target.get(KEYS.studyPlan)!)).toEqual(ticks);
	});

	it('still imports a flashcards-only file from before, and refuses what is not a progress file', () => {
		const target = memory({ [KEYS.studyPlan]: JSON.stringify(ticks) });
		expect(importProgress(JSON.stringify(cards), target)).toEqual({ cards: 1, interviews: 0, tasks: 0 });
		expect(JSON.parse(target.get(KEYS.studyPlan)!)).toEqual(ticks);
		const untouched = memory({ [KEYS.flashcards]: JSON.stringify(cards) });
		for (const text of ['{"hello": 1}', 'not json', '[]', JSON.stringify({ ...cards, version: 2 })]) {
			expect(importProgress(text, untouched), text).toBeUndefined();
		}
		expect(untouched.data.size).toBe(1);
	});

	it('drops interview scores with a bad id or out-of-range scores from an imported file', () => {
		const target = memory();
		const text = JSON.stringify({ ...cards, interviews: { '../x': scores, ok: scores, bad: { scores: { cost: 4 }, updated: 'x' } } });
		expect(importProgress(text, target)?.interviews).toBe(1);
		expect(target.keys().filter((k) => k.startsWith(KEYS.interview))).toEqual([interviewKey('ok')]);
	});
});
