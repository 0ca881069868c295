// Times a production `astro build` of a project and counts the pages it wrote.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Child builds must not inherit test or CI variables that change Astro's mode. */
function cleanEnv(extra) {
	const env = { ...process.env, ...extra, FORCE_COLOR: '0' };
	for (const key of ['NODE_ENV', 'BASE_URL', 'MODE', 'PROD', 'DEV', 'SSR', 'VITEST']) delete env[key];
	return env;
}

export function countHtml(dir) {
	return readdirSync(dir).reduce((n, name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? n : n + countHtml(path);
		return name.endsWith('.html') ? n + 1 : n;
	}, 0);
}

/** Runs `astro build --force --outDir <outDir>` in `cwd`; returns wall time, the pages Astro reports and the HTML files written. */
export function timedBuild({ cwd = ROOT, env = {}, outDir }) {
	const start = performance.now();
	const result = spawnSync(process.execPath, [ASTRO, 'build', '--force', '--outDir', outDir], { cwd, env: cleanEnv(env), encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`build in ${cwd} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? NaN);
	return { seconds, pages, htmlFiles: countHtml(outDir) };
}
