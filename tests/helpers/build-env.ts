/**
 * The environment for a child `astro build`: the test runner's own variables (NODE_ENV=test, MODE, BASE_URL,
 * DEV, PROD …) are removed, since they leak into Vite and Astro and would change the build (BASE_URL overrides
 * `base`, and NODE_ENV=test skips the Pagefind index).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_)/.test(key) || ['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR'].includes(key)) delete env[key];
	}
	return { ...env, NODE_ENV: 'production', ...extra };
}
