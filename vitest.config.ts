import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/setup/sequencer.ts';

/**
 * Two projects. `unit` (`npm run test:unit`) reads content/ and src/ directly and needs no build: data, schemas,
 * every build-time check, in seconds. `site` builds the production site once and every fixture site at the same
 * time (tests/setup/site.ts), then asserts on dist/, on the fixture builds, and in one shared Chromium.
 */
export default defineConfig({
	test: {
		// Browser tests spend most of their time waiting for Chromium, so more files than cores can run at once.
		maxWorkers: Math.max(2, availableParallelism()),
		sequence: { sequencer: LongestFirst },
		testTimeout: 60_000,
		// Browser state (Pagefind's UI loading on first open, focus moves) can take over a second on a busy 2-core machine.
		expect: { poll: { timeout: 10_000 } },
		hookTimeout: 300_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
					globalSetup: ['tests/setup/site.ts'],
				},
			},
		],
	},
});
