/**
 * Where the guide's words and data live. `content/` by default; the build-failure tests point
 * GUIDE_CONTENT_DIR at a fixture's content folder so that they build a tiny site with the real code.
 * Everything else a build keeps beside the content follows it: the rendered-diagram cache and Astro's own cache.
 */
import { dirname, join } from 'node:path';

export const CONTENT_DIR = process.env.GUIDE_CONTENT_DIR ?? './content';

const SITE_DIR = dirname(CONTENT_DIR);

/** Rendered diagrams, committed beside content/ (see diagram-cache/README.md). */
export const DIAGRAM_CACHE_DIR = join(SITE_DIR, 'diagram-cache');

/** Astro's cache: its default for the guide, a folder of the fixture's own for a fixture build (builds may run at once). */
export const ASTRO_CACHE_DIR = process.env.GUIDE_CONTENT_DIR ? join(SITE_DIR, '.astro-cache') : './node_modules/.astro';
