/**
 * Links in content are written root-relative, as readers see them (`[S3](/aws/s3/)`), and checked at build time
 * by starlight-links-validator. This Sätteri hast plugin prepares each page for that check:
 *
 * - Astro does not add `base` to links written in Markdown, so the plugin does: under `base: '/guide/'`,
 *   `/aws/s3/` becomes `/guide/aws/s3/`, which is what the validator (and the reader) then sees.
 * - The validator finds a page's headings under an id it derives from `src/content/docs/`; the guide's pages live
 *   in the top-level `content/` folder, so the plugin tells it the page's slug (its path inside `content/`,
 *   as Astro's glob loader derives it), unless the page sets one itself.
 *
 * It must run before the validator, so it is the first hast plugin in the Markdown processor.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** `/aws/s3/` → `/guide/aws/s3/`; protocol-relative, external, in-page and already-prefixed links are left alone. */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

/** `content/aws/s3.mdx` → `aws/s3`; `content/architectures/index.mdx` → `architectures`; `content/index.mdx` → ``. */
export function slugOf(file: string, contentDir: string): string | undefined {
	const path = relative(resolve(contentDir), file);
	if (path.startsWith('..')) return undefined;
	return path
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
}

export function contentLinks({ base, contentDir }: { base: string; contentDir: string }): HastPluginEntry {
	return ({ fileURL }) => {
		const slug = fileURL ? slugOf(fileURLToPath(fileURL), contentDir) : undefined;
		return defineHastPlugin({
			name: 'guide-content-links',
			before(_root, ctx) {
				const frontmatter = ctx.data.astro?.frontmatter as Record<string, unknown> | undefined;
				if (frontmatter && slug && frontmatter['slug'] === undefined) frontmatter['slug'] = slug;
			},
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const href = node.properties['href'];
					if (typeof href !== 'string') return;
					const prefixed = withBase(href, base);
					if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
				},
			},
		});
	};
}
