/**
 * Astro's resolved `base` and `outDir`, after its CLI flags (`astro build --base /guide/ --outDir out`), for the
 * code that runs in the config's process: the Markdown plugins and the link validator. The guide integration
 * (config/integration.ts) fills this in its `astro:config:done` hook, before any page is processed; nothing
 * reads environment variables for these. Pages and components use Astro's own `import.meta.env.BASE_URL`.
 */
export const buildSettings = {
	/** The base path, '/' or e.g. '/guide/'. */
	base: '/',
	/** The output folder, as an absolute path. */
	outDir: 'dist',
};
