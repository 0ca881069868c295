// `npm run bench`: the guide's speed and size figures, printed as a table and written to bench-results/ as JSON
// and Markdown. It measures and reports; it does not fail on a missed goal (tests assert behaviour, not timing).
//
//   npm run bench                     everything, scale run with 1,000 synthetic pages
//   npm run bench -- --pages=200      a smaller scale run
//   npm run bench -- --quick          no Lighthouse, no scale run
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, timedBuild } from './lib/build.mjs';
import { writeBareSite } from './lib/bare.mjs';
import { serveStatic } from './lib/server.mjs';
import { pageWeight } from './lib/weights.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { writeScaledContent } from './lib/scale.mjs';
import { searchFigures } from './lib/search.mjs';
import { findChromium } from '../src/chromium.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const QUICK = args.has('quick');
const EXTRA_PAGES = Number(args.get('pages') ?? process.env.BENCH_PAGES ?? 1000);
const CHROMIUM = (await findChromium()).path;
if (!CHROMIUM) throw new Error('npm run bench needs Chromium: run `npm test` once (it installs one) or set CHROMIUM_PATH');
const OUT = join(ROOT, 'bench-results');
const TMP = join(OUT, '.tmp');
rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
const log = (msg) => console.error(`[bench] ${msg}`);

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ratio = (a, b) => (b ? a / b : NaN);

// 1. The real site and the bare Starlight baseline, built in this run.
log('building the guide');
const realOut = join(TMP, 'dist');
const real = timedBuild({ outDir: realOut });
log('building a bare Starlight page');
const bareDir = join(TMP, 'bare');
const bare = writeBareSite(bareDir);
const bareBuild = timedBuild({ cwd: bareDir, outDir: bare.outDir });

// 2. Page weights per page type, against the bare page.
const site = await serveStatic(realOut);
const bareSite = await serveStatic(bare.outDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const PAGE_TYPES = [
	['Home', '/'],
	['Service page (with diagram)', '/aws/s3/'],
	['Comparison page (no diagram)', '/compare/object-storage/'],
	['Architecture page (4 diagrams)', '/architectures/batch-etl-data-lake/'],
];
log('measuring page weights');
const bareWeight = await pageWeight(browser, `${bareSite.origin}/`);
const weights = [];
for (const [type, path] of PAGE_TYPES) weights.push({ type, path, ...(await pageWeight(browser, `${site.origin}${path}`)) });

// JavaScript beyond Starlight's own: script files the bare page does not load (hashes stripped), and inline script.
const stem = (p) => p.replace(/\.[A-Za-z0-9_-]{8}\.js$/, '.js');
const bareJs = new Set(bareWeight.jsFiles.map(stem));
for (const w of weights) {
	w.extraJsFiles = w.jsFiles.map(stem).filter((f) => !bareJs.has(f));
	w.extraInlineJsGzip = Math.max(0, w.inlineJsGzip - bareWeight.inlineJsGzip);
}

log('measuring search');
const search = await searchFigures(browser, site.origin);
await browser.close();

// 3. Lighthouse, mobile.
let lighthouse = [];
if (!QUICK) {
	log('running Lighthouse (mobile)');
	const paths = ['/', '/aws/s3/', '/gcp/bigquery/', '/azure/blob-storage/', '/compare/object-storage/', '/decide/streaming/', '/interview/iot-telemetry/', '/study-plan/', '/practice/'];
	lighthouse = (await lighthouseScores(paths.map((p) => `${site.origin}${p}`), CHROMIUM)).map((s) => ({ ...s, url: s.url.replace(site.origin, '') }));
}
await site.stop();
await bareSite.stop();

// 4. Scale run.
let scale = null;
if (!QUICK && EXTRA_PAGES > 0) {
	log(`building with ${EXTRA_PAGES} extra synthetic pages`);
	const contentDir = writeScaledContent(join(TMP, 'scaled'), EXTRA_PAGES);
	const scaledOut = join(TMP, 'dist-scaled');
	const build = timedBuild({ outDir: scaledOut, env: { GUIDE_CONTENT_DIR: `./${relative(ROOT, contentDir)}` } });
	scale = {
		extraPages: EXTRA_PAGES,
		seconds: build.seconds,
		pages: build.pages,
		secondsPerPage: build.seconds / build.pages,
		marginalSecondsPerExtraPage: (build.seconds - real.seconds) / (build.pages - real.pages),
	};
}
rmSync(TMP, { recursive: true, force: true });

// 5. Report.
const service = weights.find((w) => w.path === '/aws/s3/');
const noDiagram = weights.find((w) => w.path === '/compare/object-storage/');
const rows = [
	['Build: total time', `${real.seconds.toFixed(1)} s (${real.pages} pages)`, ''],
	['Build: time per page', `${((real.seconds / real.pages) * 1000).toFixed(0)} ms`, ''],
	['Bare Starlight build', `${bareBuild.seconds.toFixed(1)} s (${bareBuild.pages} pages)`, ''],
	...[{ type: 'Bare Starlight page (same S3 prose)', ...bareWeight }, ...weights].map((w) => [
		`${w.type}: gzip HTML / CSS / JS / total on load`,
		`${kB(w.html)} / ${kB(w.css)} / ${kB(w.js + w.inlineJsGzip)} / ${kB(w.total)} (${w.requests} requests)`,
		w === bareWeight ? 'baseline' : `${ratio(w.total, bareWeight.total).toFixed(2)}× bare`,
	]),
	['Service page vs bare Starlight page (total)', `${ratio(service.total, bareWeight.total).toFixed(2)}×`, '<= 1.2×'],
	[
		'JS beyond Starlight on a page without a diagram',
		`${noDiagram.extraJsFiles.length} extra files; +${kB(noDiagram.extraInlineJsGzip)} inline ("/" key, copy-link)`,
		'0 extra files',
	],
	['Search: bytes transferred for the first query', `${search.firstQueryKB.toFixed(1)} kB`, '<= 150 kB'],
	['Search: of which query corrections (script and vocabulary)', `${search.correctionKB.toFixed(1)} kB`, ''],
	['Search: median time per query (after load), correction included', `${search.medianQueryMs.toFixed(1)} ms`, '<= 50 ms'],
	['Search: median time of the correction alone', `${search.medianCorrectionMs.toFixed(2)} ms`, ''],
	...lighthouse.map((l) => [
		`Lighthouse mobile ${l.url} (perf / a11y / best practices / SEO)`,
		`${l.performance} / ${l.accessibility} / ${l['best-practices']} / ${l.seo}${l.failing.length ? ` (failing: ${l.failing.join(', ')})` : ''}`,
		'100 / 100 / 100 / 100',
	]),
	...(scale
		? [
				[`Scale: build with ${scale.extraPages} extra pages`, `${scale.seconds.toFixed(1)} s (${scale.pages} pages)`, ''],
				[
					'Scale: time per page, real build vs scaled build',
					`${((real.seconds / real.pages) * 1000).toFixed(0)} ms vs ${(scale.secondsPerPage * 1000).toFixed(0)} ms (marginal ${(scale.marginalSecondsPerExtraPage * 1000).toFixed(0)} ms per extra page)`,
					'flat (scaled <= real)',
				],
			]
		: []),
];

console.table(rows.map(([figure, value, goal]) => ({ figure, value, goal })));
mkdirSync(OUT, { recursive: true });
const json = { date: new Date().toISOString(), node: process.version, build: real, bareBuild, bareWeight, weights, search, lighthouse, scale };
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(
	join(OUT, 'bench.md'),
	[`# Benchmark (${json.date}, Node ${process.version})`, '', '| Figure | Value | Goal |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n',
);
log(`written: ${relative(ROOT, join(OUT, 'bench.json'))}, ${relative(ROOT, join(OUT, 'bench.md'))}`);
