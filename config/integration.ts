/**
 * The guide's own wiring, as an Astro integration: it takes `base` and `outDir` from Astro's resolved config (so
 * `astro build --base /guide/ --outDir out` works like any Astro site) and finishes the diagram cache when a build
 * ends (src/diagrams/finish.ts). It also hands the search dialog its Pagefind options module
 * (src/search/pagefind-config.ts) in place of Starlight's JSON-only one, so the dialog can correct queries.
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
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [searchOptionsModule()] } });
			},
			'astro:config:done': ({ config }) => {
				settings.base = config.base;
				settings.outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => resetDiagramUse(),
			'astro:build:done': ({ logger }) => finishDiagrams(logger),
		},
	};
}

/** Resolves Starlight's `virtual:starlight/pagefind-config` to the guide's own module, before Starlight's plugin does. */
function searchOptionsModule() {
	const file = fileURLToPath(new URL('../src/search/pagefind-config.ts', import.meta.url));
	return {
		name: 'cloud-guide-search-options',
		enforce: 'pre' as const,
		resolveId: (id: string) => (id === 'virtual:starlight/pagefind-config' ? file : undefined),
	};
}
