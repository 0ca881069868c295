import { describe, expect, it } from 'vitest';
import { boxCounts, emptyProgress, mark, nextCard, parseProgress, weakCards, weakTopics } from '../../src/practice/leitner';

const ids = ['a', 'b', 'c', 'd'];

describe('Leitner scheduling', () => {
	it('asks new cards in deck order', () => {
		expect(nextCard(emptyProgress(), ids)).toBe('a');
		expect(nextCard(mark(emptyProgress(), 'a', true), ids, 'a')).toBe('b');
	});

	it('"knew it" moves a card up one box (at most 5); "review again" sends it back to box 1', () => {
		let p = emptyProgress();
		for (let i = 0; i < 7; i++) p = mark(p, 'a', true);
		expect(p.cards['a']).toMatchObject({ box: 5, right: 7, wrong: 0 });
		p = mark(p, 'a', false);
		expect(p.cards['a']).toMatchObject({ box: 1, right: 7, wrong: 1 });
	});

	it('brings a missed card back after one other card, before the remaining new ones', () => {
		let p = mark(emptyProgress(), 'a', false); // turn 1, due at turn 2
		expect(nextCard(p, ids, 'a')).toBe('b');
		p = mark(p, 'b', true); // turn 2: a is due
		expect(nextCard(p, ids, 'b')).toBe('a');
	});

	it('shows known cards rarely: a box-3 card waits 7 turns, new cards go first meanwhile', () => {
		let p = emptyProgress();
		p = mark(mark(p, 'a', true), 'a', true); // box 3, answered at turn 2, due at turn 9
		for (let i = 0; i < 6; i++) p = mark(p, 'b', false); // turns 3-8
		expect(p.turn).toBe(8);
		expect(nextCard(p, ['a', 'b', 'c'])).toBe('c');
		p = mark(p, 'c', true); // turn 9: a is due again
		expect(nextCard(p, ['a', 'b', 'c'], 'c')).toBe('a');
	});

	it('counts boxes and ranks weak topics', () => {
		const cards = [
			{ id: 'a', topic: { id: 't1' } },
			{ id: 'b', topic: { id: 't1' } },
			{ id: 'c', topic: { id: 't2' } },
		];
		let p = mark(mark(emptyProgress(), 'a', false), 'c', true);
		p = mark(p, 'b', false);
		expect(boxCounts(p, ['a', 'b', 'c', 'd'])).toEqual([1, 2, 1, 0, 0, 0]);
		expect(weakTopics(p, cards).map((t) => t.topic.id)).toEqual(['t1']);
	});

	it('finds the weak cards: missed last time, not those missed once and known since', () => {
		const cards = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
		let p = mark(mark(emptyProgress(), 'a', false), 'b', false);
		p = mark(mark(p, 'b', true), 'c', true);
		expect(weakCards(p, cards).map((c) => c.id)).toEqual(['a']);
		expect(weakCards(emptyProgress(), cards)).toEqual([]);
	});

	it('ignores damaged saved progress', () => {
		expect(parseProgress('{not json')).toEqual(emptyProgress());
		expect(parseProgress('{"version":2}')).toEqual(emptyProgress());
		const p = mark(emptyProgress(), 'a', true);
		expect(parseProgress(JSON.stringify(p))).toEqual(p);
	});
});

describe('the deck order', () => {
	it('takes topics in turn, mixing the clouds, and keeps every card once', async () => {
		const { interleave } = await import('../../src/data/practice');
		const card = (topic: string, n: number, clouds = [topic.split('/')[0]!]) => ({ id: `${topic}:${n}`, topic: { id: topic }, clouds });
		const deck = [
			card('aws/a', 1), card('aws/a', 2), card('aws/b', 1), card('gcp/c', 1), card('gcp/c', 2), card('azure/d', 1),
			card('compare/x', 1, ['aws', 'gcp', 'azure']),
		];
		const order = interleave(deck).map((c) => c.id);
		expect(order).toEqual(['aws/a:1', 'gcp/c:1', 'azure/d:1', 'compare/x:1', 'aws/b:1', 'aws/a:2', 'gcp/c:2']);
		expect(order.toSorted()).toEqual(deck.map((c) => c.id).toSorted());
	});

	it('counts cards never seen and cards due again', async () => {
		const { dueNow } = await import('../../src/practice/leitner');
		let p = emptyProgress();
		p = mark(p, 'a', false); // box 1: due again after 1 turn
		p = mark(p, 'b', true); // box 2: due after 3 turns
		expect(dueNow(p, ['a', 'b', 'c'])).toEqual({ fresh: 1, due: 1, seen: 2 });
	});
});
