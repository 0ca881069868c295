/**
 * The committed cache of rendered diagrams (diagram-cache/): one optimized SVG per diagram and theme, named by a
 * hash of everything that decides its output (Mermaid's version, SVGO's version and settings, the theme, the
 * diagram's source). Sources are rendered without the site's base path, which is added afterwards, so a build
 * under /guide/ uses the same entries as one at the root.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DIAGRAM_CACHE_DIR } from '../content-dir';
import { SVGO_SETTINGS } from './optimize';
import { THEMES, type DiagramTheme } from './themes';

const require = createRequire(import.meta.url);
/** An installed package's version, from the package.json above its entry point (not every package exports it). */
function versionOf(pkg: string): string {
	for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
		const file = join(dir, 'package.json');
		if (!existsSync(file)) continue;
		const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (json.name === pkg && json.version) return json.version;
	}
	throw new Error(`could not find the version of ${pkg}`);
}

let inputs: string | undefined;
/** What, besides the source and theme, changes a rendered diagram. */
const rendererInputs = () => (inputs ??= JSON.stringify({ mermaid: versionOf('mermaid'), svgo: versionOf('svgo'), settings: SVGO_SETTINGS }));

/** The cache key of one diagram in one theme: 16 hex digits of a SHA-256. */
export function diagramKey(source: string, theme: DiagramTheme): string {
	return createHash('sha256')
		.update(JSON.stringify({ renderer: rendererInputs(), theme: THEMES[theme], source }))
		.digest('hex')
		.slice(0, 16);
}

const fileOf = (key: string, dir: string) => join(dir, `${key}.svg`);

export function readCached(key: string, dir = DIAGRAM_CACHE_DIR): string | undefined {
	const file = fileOf(key, dir);
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function writeCached(key: string, svg: string, dir = DIAGRAM_CACHE_DIR): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(fileOf(key, dir), svg);
}

/** The keys of every entry in the cache. */
export function cachedKeys(dir = DIAGRAM_CACHE_DIR): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.svg'))
		.map((f) => f.slice(0, -'.svg'.length));
}

export function removeCached(key: string, dir = DIAGRAM_CACHE_DIR): void {
	unlinkSync(fileOf(key, dir));
}
