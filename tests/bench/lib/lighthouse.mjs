// Lighthouse mobile scores (Lighthouse's default: an emulated mid-range phone on a throttled connection), with
// Debian's Chromium started by chrome-launcher.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(urls, chromePath) {
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
