/**
 * Spaced repetition with Leitner boxes. A card starts in box 1; "knew it" moves it up one box (to 5 at most),
 * "review again" sends it back to box 1. A card in box b comes back INTERVALS[b] turns after it was last seen,
 * so weak cards return soon and known ones rarely. Pure functions over a plain, JSON-serialisable state.
 */

export const INTERVALS = [0, 1, 3, 7, 15, 31] as const;
export const MAX_BOX = 5;

export interface CardProgress {
	box: number;
	/** The turn it was last answered on. */
	last: number;
	right: number;
	wrong: number;
}

export interface Progress {
	version: 1;
	turn: number;
	cards: Record<string, CardProgress>;
}

export const emptyProgress = (): Progress => ({ version: 1, turn: 0, cards: {} });

/** The turn at which a seen card is due again. */
export function dueTurn(p: CardProgress): number {
	return p.last + INTERVALS[p.box]!;
}

/**
 * The next card to ask among `ids`: a seen card that is due (the most overdue first), else a new card in deck
 * order, else the seen card due soonest. `avoid` (the card just answered) is skipped when there is another.
 */
export function nextCard(progress: Progress, ids: string[], avoid?: string): string | undefined {
	const pool = ids.length > 1 ? ids.filter((id) => id !== avoid) : ids;
	let due: string | undefined;
	let dueAt = Infinity;
	let soonest: string | undefined;
	let soonestAt = Infinity;
	let fresh: string | undefined;
	for (const id of pool) {
		const p = progress.cards[id];
		if (!p) {
			fresh ??= id;
			continue;
		}
		const at = dueTurn(p);
		if (at <= progress.turn && at < dueAt) [due, dueAt] = [id, at];
		if (at < soonestAt) [soonest, soonestAt] = [id, at];
	}
	return due ?? fresh ?? soonest;
}

/** Records an answer; returns the new state (the old one is not changed). */
export function mark(progress: Progress, id: string, knew: boolean): Progress {
	const turn = progress.turn + 1;
	const old = progress.cards[id] ?? { box: 1, last: 0, right: 0, wrong: 0 };
	const card: CardProgress = {
		box: knew ? Math.min(old.box + 1, MAX_BOX) : 1,
		last: turn,
		right: old.right + (knew ? 1 : 0),
		wrong: old.wrong + (knew ? 0 : 1),
	};
	return { ...progress, turn, cards: { ...progress.cards, [id]: card } };
}

/** The cards last marked "review again" (back in box 1 after a miss): what to export or revise first. */
export function weakCards<T extends { id: string }>(progress: Progress, cards: T[]): T[] {
	return cards.filter((c) => isWeak(progress.cards[c.id]));
}
const isWeak = (p: CardProgress | undefined) => p !== undefined && p.box === 1 && p.wrong > 0;

/** Cards per box among `ids` (box 0 = not seen yet). */
export function boxCounts(progress: Progress, ids: string[]): number[] {
	const counts = Array.from({ length: MAX_BOX + 1 }, () => 0);
	for (const id of ids) counts[progress.cards[id]?.box ?? 0]! += 1;
	return counts;
}

/** Topics with answers marked "review again", weakest first: more misses than hits, then most misses. */
export function weakTopics<T extends { id: string; topic: { id: string } }>(progress: Progress, cards: T[]) {
	const byTopic = new Map<string, { topic: T['topic']; right: number; wrong: number; inBoxOne: number }>();
	for (const card of cards) {
		const p = progress.cards[card.id];
		if (!p) continue;
		const entry = byTopic.get(card.topic.id) ?? { topic: card.topic, right: 0, wrong: 0, inBoxOne: 0 };
		entry.right += p.right;
		entry.wrong += p.wrong;
		if (isWeak(p)) entry.inBoxOne += 1;
		byTopic.set(card.topic.id, entry);
	}
	return [...byTopic.values()]
		.filter((t) => t.wrong > 0)
		.sort((a, b) => b.inBoxOne - a.inBoxOne || b.wrong - b.right - (a.wrong - a.right) || b.wrong - a.wrong);
}

/**
 * Reads saved progress, tolerating anything a browser may hold under the key: only the version, turn and cards
 * are kept. `fallback` is what a missing or damaged value gives (a fresh empty progress by default).
 */
export function parseProgress(raw: string | null, fallback: Progress = emptyProgress()): Progress {
	if (!raw) return fallback;
	try {
		const value = JSON.parse(raw) as Partial<Progress>;
		if (value?.version !== 1 || typeof value.turn !== 'number' || typeof value.cards !== 'object' || !value.cards) {
			return fallback;
		}
		return { version: 1, turn: value.turn, cards: value.cards };
	} catch {
		return fallback;
	}
}

/** Among `ids`: cards never answered, and answered cards due again now. */
export function dueNow(progress: Progress, ids: string[]): { fresh: number; due: number; seen: number } {
	let fresh = 0;
	let due = 0;
	for (const id of ids) {
		const p = progress.cards[id];
		if (!p) fresh++;
		else if (dueTurn(p) <= progress.turn) due++;
	}
	return { fresh, due, seen: ids.length - fresh };
}
