/**
 * When a build ends: closes the browser a diagram render may have started, and compares the diagram cache with
 * the diagrams the build drew. An entry no diagram uses any more is removed (`npm run diagrams`), fails the build
 * (`npm run diagrams -- --check`, and the test suite's build), or is reported (a plain build).
 */
import type { AstroIntegrationLogger } from 'astro';
import { DIAGRAM_CACHE_DIR } from '../content-dir';
import { cachedKeys, removeCached } from './cache';
import { closeBrowser } from './mermaid-browser';
import { DiagramError, diagramMode, diagramUse } from './render';

export async function finishDiagrams(logger: AstroIntegrationLogger, cacheDir = DIAGRAM_CACHE_DIR): Promise<void> {
	await closeBrowser();
	const { keys: used, rendered } = diagramUse();
	const orphans = cachedKeys(cacheDir).filter((key) => !used.has(key));
	const dir = cacheDir.replace(/^\.\//, '');
	logger.info(`${used.size} diagram renderings: ${used.size - rendered} from ${dir}/, ${rendered} rendered now`);
	if (orphans.length === 0) return;
	const files = orphans.map((key) => `${dir}/${key}.svg`);
	switch (diagramMode()) {
		case 'update':
			for (const key of orphans) removeCached(key, cacheDir);
			logger.info(`removed ${orphans.length} rendered diagram(s) no page uses any more: ${files.join(', ')}`);
			return;
		case 'check':
			throw new DiagramError(
				`${dir}/ has ${orphans.length} rendered diagram(s) that no page uses any more: ${files.join(', ')}. ` +
					'Run `npm run diagrams` to remove them, and commit the change.',
			);
		default:
			logger.warn(`${orphans.length} rendered diagram(s) in ${dir}/ are no longer used; \`npm run diagrams\` removes them`);
	}
}
