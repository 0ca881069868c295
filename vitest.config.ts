import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` reads content/ and src/ directly and needs no build; `site` builds the
 * production site once (tests/global-setup.ts) and asserts on dist/, in a real browser where needed,
 * and on fixture builds that must fail.
 */
export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 300_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
					globalSetup: ['tests/global-setup.ts'],
				},
			},
		],
	},
});
