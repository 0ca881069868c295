/**
 * Builds a copy of the minimal fixture site with one thing broken, using the project's real config
 * and code (GUIDE_CONTENT_DIR points the content collections at the copy).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './content';
import { buildEnv } from './build-env';

const MINIMAL = join(ROOT, 'tests', 'fixtures', 'minimal', 'content');
const WORK = join(ROOT, 'tests', 'fixtures', '.tmp');

export interface BuildResult {
	status: number | null;
	output: string;
	/** The fixture's content folder, relative to the project root (as file names appear in messages). */
	contentDir: string;
	outDir: string;
}

/** Copies the minimal site to a scratch folder, lets `mutate` break it, and runs `astro build` on it. */
export function buildFixture(
	name: string,
	mutate: (contentDir: string) => void,
	extraEnv: Record<string, string> = {},
): BuildResult {
	const dir = join(WORK, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const contentDir = join(dir, 'content');
	cpSync(MINIMAL, contentDir, { recursive: true });
	mutate(contentDir);
	const outDir = join(dir, 'dist');
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: buildEnv({
			GUIDE_CONTENT_DIR: `./${relative(ROOT, contentDir)}`,
			GUIDE_OUT_DIR: outDir,
			GUIDE_CACHE_DIR: join(dir, 'cache'),
			FORCE_COLOR: '0',
			NO_COLOR: '1',
			...extraEnv,
		}),
		timeout: 240_000,
	});
	return {
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`,
		contentDir: relative(ROOT, contentDir),
		outDir,
	};
}

/** Edits a file of the fixture copy in place. */
export function edit(path: string, change: (text: string) => string): void {
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}
