/**
 * `npm run diagrams`: renders every diagram that is not in the diagram cache yet (needs Chromium) and removes the
 * cache entries no diagram uses any more, for the guide and for the test fixture's small site.
 * `npm run diagrams -- --check`: renders nothing and fails if an entry is missing or unused (what CI checks).
 *
 * Both run the real build (GUIDE_DIAGRAMS=update or check), so they see exactly the diagrams the site draws.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const ROOT = join(import.meta.dirname, '..');
const sites = [
	{ name: 'the guide', env: {} },
	{ name: 'the test fixture', env: { GUIDE_CONTENT_DIR: './tests/fixtures/minimal/content' } },
];

for (const site of sites) {
	const outDir = join(ROOT, 'node_modules', '.cache', 'diagrams-build', site.env.GUIDE_CONTENT_DIR ? 'fixture' : 'guide');
	console.log(`${check ? 'Checking' : 'Updating'} the diagram cache of ${site.name}…`);
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
		env: { ...process.env, ...site.env, GUIDE_DIAGRAMS: check ? 'check' : 'update', NODE_ENV: 'production' },
	});
	const summary = result.stdout.split('\n').filter((line) => /\[cloud-guide\]|DiagramError/.test(line));
	console.log(summary.join('\n'));
	if (result.status !== 0) {
		console.error(result.stdout.split('\n').slice(-40).join('\n'));
		process.exit(result.status ?? 1);
	}
}
