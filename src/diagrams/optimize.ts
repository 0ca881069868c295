/**
 * Shrinks a rendered Mermaid SVG with SVGO before it is inlined in a page: path data and numbers to a tenth of a
 * pixel, minified styles, transforms folded, no `data-*` bookkeeping attributes and no unused definitions. The S3
 * page's diagram goes from about 19 kB to under 4 kB gzipped, in about 30 ms.
 *
 * Only these few plugins run (not SVGO's whole default preset, which takes several times longer for no gain).
 * Ids stay as they are (two SVGs share each page and `aria-labelledby`, markers and links refer to them), as do
 * the title, description, ARIA roles and the element types Mermaid's CSS selects on (".edgeLabel rect").
 */
import { optimize, type Config } from 'svgo';

/** SVGO's settings; part of the diagram cache's key (src/diagrams/cache.ts), so changing them re-renders. */
export const SVGO_SETTINGS = {
	floatPrecision: 1,
	plugins: [
		'convertPathData',
		'cleanupNumericValues',
		'minifyStyles',
		'convertTransform',
		'removeUselessDefs',
		'removeEmptyAttrs',
		'collapseGroups',
		{ name: 'removeAttrs', params: { attrs: ['data-.*'] } },
	],
} as const satisfies Config;

export function optimizeSvg(svg: string): string {
	// Mermaid writes xlink:href on links without declaring the namespace (fine in HTML, not in XML).
	const xml = /xmlns:xlink=/.test(svg) ? svg : svg.replace('<svg ', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" ');
	return optimize(xml, SVGO_SETTINGS as Config).data;
}

/**
 * Drops what Mermaid writes for features the guide's diagrams never use: CSS for the "neo" look (its `data-look`
 * attribute is removed above, so those rules match nothing), edge animations and a `:root` rule scoped under the
 * diagram (which can match nothing), then the arrowhead markers and gradients nothing refers to (Mermaid defines
 * twelve markers; a diagram uses one or two). Applied when a page inlines a diagram, so the cache keeps Mermaid's output.
 */
export function trimUnused(svg: string): string {
	const css = trimUnusedCss(svg);
	const used = new Set([...css.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
	return css.replace(/<(marker|linearGradient)\b[^>]*\bid="([^"]+)"[\s\S]*?<\/\1>/g, (element, _tag, id: string) => (used.has(id) ? element : ''));
}

function trimUnusedCss(svg: string): string {
	return svg.replace(/<style>([\s\S]*?)<\/style>/, (_m, css: string) => {
		const kept = css
			.replace(/@keyframes [\w-]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
			.replace(/(?<=^|\})([^{}@]+)\{[^{}]*\}/g, (rule, selector: string) => (/\[data-look=neo\]|\s:root\b/.test(selector) ? '' : rule));
		return `<style>${kept}</style>`;
	});
}
