/**
 * A mock interview's self-scores as saved in the browser: one score (0-3) per rubric area and when they were last
 * changed. Anything else in storage (an old format, a hand-edited value) is dropped, never trusted. Pure, so unit
 * tests call it.
 */
/** What each score of a rubric area means, from 0 up: the radio buttons' labels. */
export const SCORE_LABELS = ['Missed', 'Weak', 'Good', 'Strong'] as const;
export const MAX_SCORE = SCORE_LABELS.length - 1;

/** A score as the rubric gives it: a whole number from 0 to MAX_SCORE. */
export const isScore = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SCORE;

export interface SelfScores {
	scores: Record<string, number>;
	/** ISO time of the last change. */
	updated: string;
}

/** The scores saved for an interview with these rubric areas; unknown areas and out-of-range values are dropped. */
export function parseScores(text: string | null, areas: readonly string[]): SelfScores {
	const empty: SelfScores = { scores: {}, updated: '' };
	if (!text) return empty;
	try {
		const data = JSON.parse(text) as Partial<SelfScores>;
		const scores: Record<string, number> = {};
		for (const area of areas) {
			const value = data.scores?.[area];
			if (isScore(value)) scores[area] = value;
		}
		return { scores, updated: typeof data.updated === 'string' ? data.updated : '' };
	} catch {
		return empty;
	}
}

/** "11 of 18" once every area is scored, "4 of 18 so far (2 of 6 areas)" before that. */
export function describeTotal(saved: SelfScores, areas: readonly string[]): string {
	const given = areas.filter((a) => a in saved.scores);
	const total = given.reduce((sum, a) => sum + saved.scores[a]!, 0);
	const max = areas.length * MAX_SCORE;
	if (given.length === 0) return 'not scored yet';
	if (given.length === areas.length) return `${total} of ${max}`;
	return `${total} of ${max} so far (${given.length} of ${areas.length} areas)`;
}
