/**
 * Global setup of the `site` tests: builds the guide once (a production build, as `npm run build` makes, with the
 * diagram cache checked: GUIDE_DIAGRAMS=check); then serves dist/ with `astro preview`, starts one Chromium that
 * every browser test connects to, and starts building every fixture site of tests/fixtures/cases.ts in a second
 * process while the tests run (not during the guide's build: Astro builds of one project share its .astro/ folder).
 * Set SKIP_BUILD=1 to reuse an existing dist/ and fixture builds while iterating on tests (never in CI).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/chromium';
import { buildEnv } from '../helpers/build-env';
import { FIXTURE_CASES } from '../fixtures/cases';
import { FIXTURE_WORK, MINIMAL, RESULTS_FILE } from '../helpers/fixtures';
import type { FixtureJob } from './fixture-runner';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site served by `astro preview`, e.g. http://127.0.0.1:4512 */
		siteOrigin: string;
		/** The shared Chromium's address, for playwright-core's chromium.connect(). */
		browserEndpoint: string;
	}
}

/** Runs a child process to its end; rejects with its output when it fails. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.slice(1).join(' ')} failed (exit ${code}):\n${output}`))));
	});
}

/** Copies the minimal site once per case, applies the case's change, and starts building them all in one process. */
function startFixtureBuilds(): ChildProcess {
	rmSync(FIXTURE_WORK, { recursive: true, force: true });
	const jobs: FixtureJob[] = FIXTURE_CASES.map((c) => {
		const dir = join(FIXTURE_WORK, c.name);
		mkdirSync(dir, { recursive: true });
		cpSync(MINIMAL, dir, { recursive: true });
		c.mutate(dir);
		return { name: c.name, contentDir: relative(ROOT, join(dir, 'content')), outDir: join(dir, 'dist'), base: c.base, site: c.site, diagrams: c.diagrams };
	});
	const jobsFile = join(FIXTURE_WORK, 'jobs.json');
	writeFileSync(jobsFile, JSON.stringify(jobs));
	const child = spawn(process.execPath, [join(import.meta.dirname, 'fixture-runner.ts'), jobsFile, RESULTS_FILE], {
		cwd: ROOT,
		env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }),
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	// If the runner dies before it is done, say so, so the fixture tests fail at once instead of waiting.
	child.on('exit', (code) => {
		if (code !== 0) writeFileSync(`${RESULTS_FILE}.crashed`, `the fixture runner exited with code ${code}`);
	});
	return child;
}

export default async function setup(project: TestProject) {
	const chromiumPath = (await findChromium()).path;
	if (!chromiumPath) throw new Error('No Chromium for the browser tests: run `npm test`, which installs one, or set CHROMIUM_PATH.');
	if (!(process.env['SKIP_BUILD'] === '1' && existsSync(join(ROOT, 'dist', 'index.html')))) {
		// A production build: Pagefind only indexes production builds, and NODE_ENV=test would skip it.
		await run([ASTRO, 'build'], buildEnv({ GUIDE_DIAGRAMS: 'check' }));
	}
	// SKIP_BUILD=1 also reuses the fixture builds of the last run, when there are any.
	const fixtures = process.env['SKIP_BUILD'] === '1' && existsSync(RESULTS_FILE) ? undefined : startFixtureBuilds();
	const port = 4400 + Math.floor(Math.random() * 500);
	const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port } });
	const browser = await chromium.launchServer({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
	project.provide('siteOrigin', `http://127.0.0.1:${server.port}`);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		fixtures?.kill();
		await browser.close();
		await server.stop();
	};
}
