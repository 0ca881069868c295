/**
 * One SVG for both site themes. Mermaid renders a diagram once per theme; the two renderings have the same nodes and
 * edges and differ in colours. mergeThemes() keeps the light rendering and turns each colour that differs into a CSS
 * custom property, set for the light theme on the SVG and overridden for the dark theme on screen (print stays
 * light), so a page ships one drawing instead of two: about 3 kB less per diagram, gzipped.
 *
 * A colour in a presentation attribute (fill="…", stroke="…", stop-color="…") cannot take var(); it stays as it is,
 * and a rule selecting that attribute value sets the property instead. Such rules come first in the style block, so
 * any rule Mermaid wrote for the same element still wins, exactly as it did over the attribute.
 *
 * Returns undefined when the renderings cannot be merged safely (a different number of colours, one light colour
 * standing for two dark ones, or a differing colour in some other attribute); the page then ships both.
 */
const COLOUR = /(#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\))/;

const svgId = (svg: string) => /<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1];

const PAINT_ATTRIBUTES = new Set(['fill', 'stroke', 'stop-color', 'flood-color', 'color']);

/** Where the colour that follows `before` sits: CSS (a <style> block or a style="" attribute), or an attribute. */
function placeOf(before: string): { css: true } | { attribute: string } {
	const lastStyleOpen = before.lastIndexOf('<style');
	const lastStyleClose = before.lastIndexOf('</style>');
	if (lastStyleOpen > lastStyleClose) return { css: true };
	const tagStart = before.lastIndexOf('<');
	const attr = /\s([\w:-]+)="[^"]*$/.exec(before.slice(tagStart))?.[1] ?? '';
	return attr === 'style' ? { css: true } : { attribute: attr };
}

export function mergeThemes(light: string, dark: string): string | undefined {
	const id = svgId(light);
	const darkId = svgId(dark);
	if (!id || !darkId) return undefined;
	const l = light.split(COLOUR);
	const d = dark.split(darkId).join(id).split(COLOUR);
	if (l.length !== d.length) return undefined;
	const vars = new Map<string, { name: string; light: string; dark: string }>();
	const lightToDark = new Map<string, string>();
	const attributeRules = new Set<string>();
	let before = '';
	const out: string[] = [];
	for (let i = 0; i < l.length; i++) {
		const part = l[i]!;
		if (i % 2 === 0 || part.toLowerCase() === d[i]!.toLowerCase()) {
			out.push(part);
			before += part;
			continue;
		}
		const pair = `${part.toLowerCase()}|${d[i]!.toLowerCase()}`;
		const mapped = lightToDark.get(part.toLowerCase());
		if (mapped !== undefined && mapped !== d[i]!.toLowerCase()) return undefined;
		const place = placeOf(before);
		if ('attribute' in place && !PAINT_ATTRIBUTES.has(place.attribute)) return undefined;
		lightToDark.set(part.toLowerCase(), d[i]!.toLowerCase());
		let v = vars.get(pair);
		if (!v) vars.set(pair, (v = { name: `--t${vars.size}`, light: part, dark: d[i]! }));
		if ('attribute' in place) {
			attributeRules.add(`#${id} [${place.attribute}="${part}"]{${place.attribute}:var(${v.name})}`);
			out.push(part);
		} else out.push(`var(${v.name})`);
		before += part;
	}
	if (vars.size === 0) return light;
	const list = [...vars.values()];
	const decl = (pick: 'light' | 'dark') => list.map((v) => `${v.name}:${v[pick]}`).join(';');
	const themeCss = `#${id}{${decl('light')}}@media screen{:root[data-theme=dark] #${id}{${decl('dark')}}}${[...attributeRules].join('')}`;
	const merged = out.join('');
	return merged.includes('<style>') ? merged.replace('<style>', `<style>${themeCss}`) : merged.replace(/(<svg[^>]*>)/, `$1<style>${themeCss}</style>`);
}
