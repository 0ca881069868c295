// Lighthouse mobile scores (Lighthouse's default: an emulated mid-range phone on a throttled connection), with
// Debian's Chromium started by chrome-launcher. Both live in bench/package.json, not in the site's install
// (about 100 MB); the bench installs them into bench/node_modules the first time they are needed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCH = new URL('..', import.meta.url).pathname;

async function tools() {
	if (!existsSync(join(BENCH, 'node_modules', 'lighthouse'))) {
		console.error('[bench] installing Lighthouse into bench/node_modules (once)');
		const npm = spawnSync('npm', ['install', '--prefix', BENCH, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
		if (npm.status !== 0) throw new Error('could not install the bench tools: run `npm install --prefix bench`');
	}
	return { lighthouse: (await import('lighthouse')).default, launch: (await import('chrome-launcher')).launch };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(urls, chromePath) {
	const { lighthouse, launch } = await tools();
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
	const scores = [];
	try {
		for (const url of urls) {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
			const lhr = result.lhr;
			scores.push({
				url,
				...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
				failing: Object.values(lhr.audits)
					.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id),
			});
		}
	} finally {
		await chrome.kill();
	}
	return scores;
}
