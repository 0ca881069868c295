/** Where the fixture builds happen, and their results as the fixture runner reports them (tests/setup/). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureResult } from '../setup/fixture-runner';

const ROOT = join(import.meta.dirname, '..', '..');
export const MINIMAL = join(ROOT, 'tests', 'fixtures', 'minimal');
export const FIXTURE_WORK = join(ROOT, 'tests', 'fixtures', '.tmp');
export const RESULTS_FILE = join(FIXTURE_WORK, 'results.json');

/** The copy of a fixture case: its root, content folder (as messages name it) and built output. */
export function fixtureDirs(name: string) {
	const dir = join(FIXTURE_WORK, name);
	return { dir, contentDir: `tests/fixtures/.tmp/${name}/content`, outDir: join(dir, 'dist') };
}

/** Waits for the fixture runner to finish (it builds while the guide builds) and returns its results by case. */
export async function fixtureResults(timeoutMs = 240_000): Promise<Map<string, FixtureResult>> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		if (existsSync(`${RESULTS_FILE}.crashed`)) throw new Error(readFileSync(`${RESULTS_FILE}.crashed`, 'utf8'));
		if (existsSync(RESULTS_FILE)) {
			const { done, results } = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { done: boolean; results: FixtureResult[] };
			if (done) return new Map(results.map((r) => [r.name, r]));
		}
		if (Date.now() > until) throw new Error('the fixture builds did not finish in time');
		await new Promise((r) => setTimeout(r, 200));
	}
}
