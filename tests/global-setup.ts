/**
 * Builds the production site once before the tests that read dist/. Set SKIP_BUILD=1 to reuse an
 * existing dist/ while iterating on tests (never in CI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from './helpers/build-env';

const ROOT = join(import.meta.dirname, '..');

export default function setup() {
	if (process.env.SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist', 'index.html'))) return;
	// A production build: Pagefind only indexes production builds, and NODE_ENV=test would skip it.
	// --force: rebuild the content cache, so a schema change can never be hidden by cached entries.
	const env = buildEnv();
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'], {
		cwd: ROOT,
		env,
		encoding: 'utf8',
		timeout: 600_000,
	});
	if (result.status !== 0) {
		throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
}
