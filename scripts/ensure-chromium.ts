/**
 * Run before `npm test` (npm's `pretest`): makes sure the browser tests have a Chromium. Uses one that is already
 * there ($CHROMIUM_PATH, Debian's package, Playwright's cache); otherwise installs Debian's `chromium` package when
 * this machine allows it (apt-get, as root or with password-less sudo), else Playwright's own download; and if
 * neither works, stops at once with one line saying what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../src/chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const sh = (cmd: string, args: string[], quiet = true) =>
	spawnSync(cmd, args, { stdio: quiet ? 'ignore' : 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
const has = (cmd: string) => sh('sh', ['-c', `command -v ${cmd}`]);

const found = await findChromium();
if (found.path) {
	console.log(`Browser tests: ${found.path}`);
	process.exit(0);
}

console.log(`No Chromium found (looked at ${found.looked.join(', ')}); installing one for the browser tests…`);
const asRoot = process.getuid?.() === 0;
const sudo = !asRoot && has('sudo') && sh('sudo', ['-n', 'true']);
if (has('apt-get') && (asRoot || sudo)) {
	const apt = (...args: string[]) => (asRoot ? sh('apt-get', args) : sh('sudo', ['-n', 'apt-get', ...args]));
	// --reinstall also repairs a package whose files were removed or made non-executable.
	const install = () => apt('install', '-y', '-qq', '--reinstall', '--no-install-recommends', 'chromium');
	if (!install()) {
		console.log('apt-get update…');
		apt('update', '-qq');
		install();
	}
} else {
	const cli = join(ROOT, 'node_modules', 'playwright-core', 'cli.js');
	if (existsSync(cli)) sh(process.execPath, [cli, 'install', 'chromium'], false);
}

const after = await findChromium();
if (after.path) {
	console.log(`Browser tests: ${after.path}`);
	process.exit(0);
}
console.error(
	'No Chromium for the browser tests and none could be installed: run `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright-core install chromium`, or set CHROMIUM_PATH, then `npm test` again.',
);
process.exit(1);
