/**
 * How fresh a page's facts are, derived from the facts themselves: a page was last verified when its least recently
 * checked fact was checked, and a fact not re-checked for a year is due for a re-check. The passage of time never
 * fails a build; it is shown on the page, and counted by `npm run freshness`.
 */
import type { Fact } from '../schemas';

/** A fact is due for a re-check when it was last checked this many months ago or more. */
export const RECHECK_AFTER_MONTHS = 12;

/** The day the build treats as today: GUIDE_TODAY (YYYY-MM-DD) when given, so tests and reports can fix it. */
export function today(env: NodeJS.ProcessEnv = process.env): Date {
	const given = env['GUIDE_TODAY'];
	if (given === undefined) return new Date();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new Error(`GUIDE_TODAY must be YYYY-MM-DD, not "${given}"`);
	return new Date(`${given}T00:00:00Z`);
}

/** The date of the least recently checked fact: what "facts last verified" means for a page. */
export function lastVerified(facts: readonly Pick<Fact, 'checked'>[]): Date {
	if (facts.length === 0) throw new Error('a page with no facts has no verified date');
	return new Date(Math.min(...facts.map((f) => f.checked.getTime())));
}

/** True when the fact was checked RECHECK_AFTER_MONTHS or more before `now`. */
export function isDue(fact: Pick<Fact, 'checked'>, now: Date): boolean {
	const limit = new Date(now);
	limit.setUTCMonth(limit.getUTCMonth() - RECHECK_AFTER_MONTHS);
	return fact.checked.getTime() <= limit.getTime();
}
