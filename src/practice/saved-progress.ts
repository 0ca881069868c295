/**
 * Everything the practice pages keep in the browser, under one set of keys, and the JSON file that moves it to
 * another browser: flashcard progress (the Leitner boxes), mock interview self-scores and study plan ticks. A file
 * exported before interviews and plans existed (flashcards only) still imports. Nothing in a file is trusted: each
 * part is checked and anything malformed is dropped. Pure over a small storage interface, so unit tests call it.
 */
import { isScore } from './self-scores';
import { parseProgress, type Progress } from './leitner';

/** What a text without flashcard progress gives: compared by identity. */
const NONE: Progress = Object.freeze({ version: 1, turn: 0, cards: {} }) as Progress;

export const KEYS = {
	flashcards: 'guide-practice-v1',
	filters: 'guide-practice-filters-v1',
	studyPlan: 'guide-study-plan-v1',
	/** Followed by the interview's id. */
	interview: 'guide-interview-v1:',
} as const;

/** Where an interview's self-scores are kept. */
export const interviewKey = (interviewId: string) => `${KEYS.interview}${interviewId}`;

export interface Store {
	get(key: string): string | null;
	set(key: string, value: string): void;
	keys(): string[];
}

/** Study plan ticks: task id -> the day it was ticked. */
export type Ticks = Record<string, string>;

export function parseTicks(text: string | null): Ticks {
	try {
		const data = JSON.parse(text ?? '{}') as { done?: Record<string, unknown> };
		return Object.fromEntries(Object.entries(data?.done ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
	} catch {
		return {};
	}
}

type Scores = { scores: Record<string, number>; updated: string };
const isScores = (value: unknown): value is Scores => {
	const v = value as Scores;
	return (
		typeof v === 'object' && v !== null && typeof v.updated === 'string' && typeof v.scores === 'object' && v.scores !== null &&
		Object.values(v.scores).every(isScore)
	);
};

export interface ProgressFile extends Progress {
	interviews: Record<string, Scores>;
	studyPlan: { done: Ticks };
}

export interface Counts {
	cards: number;
	interviews: number;
	tasks: number;
}

const countsOf = (file: ProgressFile): Counts => ({
	cards: Object.keys(file.cards).length,
	interviews: Object.keys(file.interviews).length,
	tasks: Object.keys(file.studyPlan.done).length,
});

/** The whole saved state as one file's JSON, and what it holds. */
export function exportProgress(store: Store): { json: string; counts: Counts } {
	const interviews: Record<string, Scores> = {};
	for (const key of store.keys()) {
		if (!key.startsWith(KEYS.interview)) continue;
		try {
			const value = JSON.parse(store.get(key) ?? 'null') as unknown;
			if (isScores(value)) interviews[key.slice(KEYS.interview.length)] = value;
		} catch {
			/* a damaged entry is left out */
		}
	}
	const file: ProgressFile = { ...parseProgress(store.get(KEYS.flashcards)), interviews, studyPlan: { done: parseTicks(store.get(KEYS.studyPlan)) } };
	return { json: JSON.stringify(file, null, 1), counts: countsOf(file) };
}

/**
 * Reads an exported file into the store (replacing what each part holds) and says what it held, or returns
 * undefined, changing nothing, when the text is not a progress file.
 */
export function importProgress(text: string, store: Store): Counts | undefined {
	let data: Partial<ProgressFile>;
	try {
		data = JSON.parse(text) as Partial<ProgressFile>;
	} catch {
		return undefined;
	}
	// The flashcard part decides: a file without it (version 1, a turn, cards) is not one of ours.
	const cards = parseProgress(text, NONE);
	if (cards === NONE) return undefined;
	const interviews = Object.fromEntries(Object.entries(data.interviews ?? {}).filter(([id, v]) => /^[a-z0-9-]+$/.test(id) && isScores(v)));
	const file: ProgressFile = { ...cards, interviews, studyPlan: { done: parseTicks(JSON.stringify(data.studyPlan ?? {})) } };
	store.set(KEYS.flashcards, JSON.stringify({ version: file.version, turn: file.turn, cards: file.cards }));
	for (const [id, scores] of Object.entries(interviews)) store.set(interviewKey(id), JSON.stringify(scores));
	if (data.studyPlan) store.set(KEYS.studyPlan, JSON.stringify(file.studyPlan));
	return countsOf(file);
}
