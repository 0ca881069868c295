/**
 * The guide's own wiring, as an Astro integration: it takes `base` and `outDir` from Astro's resolved config (so
 * `astro build --base /guide/ --outDir out` works like any Astro site) and finishes the diagram cache when a build
 * ends (src/diagrams/finish.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { buildSettings as BuildSettings } from '../src/build-settings';
import { finishDiagrams } from '../src/diagrams/finish';
import { resetDiagramUse } from '../src/diagrams/render';

export function guideIntegration(settings: typeof BuildSettings): AstroIntegration {
	return {
		name: 'cloud-guide',
		hooks: {
			'astro:config:done': ({ config }) => {
				settings.base = config.base;
				settings.outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => resetDiagramUse(),
			'astro:build:done': ({ logger }) => finishDiagrams(logger),
		},
	};
}
