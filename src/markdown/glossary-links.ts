/**
 * Links the first use of each glossary term on a page to its entry on /glossary/. A Sätteri hast plugin: it
 * walks the page's text in document order and wraps the first phrase (from the term's `match` list) it finds
 * in a link, skipping headings, links, code and the glossary page itself. Terms come from
 * content/data/glossary.yaml, read once when the config loads.
 *
 * `linkedTerms()` finds, from a page's MDX source, the terms this plugin links on it: the glossary's "Used on"
 * lists come from there, and a build test checks that they match the links in the built pages.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, Text } from 'hast';
import { slugOf, withBase } from './content-links';

export interface LinkableTerm {
	id: string;
	match: string[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'kbd', 'button', 'script', 'style']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The earliest match of any term not linked yet, longest phrase first at the same position. */
export function firstMatch(text: string, terms: { id: string; pattern: RegExp }[], linked: Set<string>) {
	let best: { id: string; index: number; length: number } | undefined;
	for (const t of terms) {
		if (linked.has(t.id)) continue;
		t.pattern.lastIndex = 0;
		const m = t.pattern.exec(text);
		if (!m) continue;
		const index = m.index + (m[1]?.length ?? 0);
		const length = m[2]!.length;
		if (!best || index < best.index || (index === best.index && length > best.length)) best = { id: t.id, index, length };
	}
	return best;
}

export function compileTerms(terms: LinkableTerm[]) {
	return terms.map((t) => ({
		id: t.id,
		// Whole words only: a phrase must not start or end inside a word.
		pattern: new RegExp(`(^|[^\\p{L}\\p{N}])(${t.match.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
	}));
}

/** Service and architecture pages link glossary terms (not the home page, the 404 page or section index pages). */
export const linksGlossaryTerms = (slug: string | undefined): slug is string => Boolean(slug?.includes('/'));

/**
 * The runs of text in an MDX body that the plugin would see as linkable text nodes, in order: without imports,
 * code, components and tags, headings, links, or the markers of emphasis (which split a text node).
 */
export function linkableText(body: string): string[] {
	return body
		.replace(/^(import|export) .*$/gm, '\n\n')
		.replace(/```[\s\S]*?```/g, '\n\n')
		.replace(/<([A-Z][\w.]*)[\s\S]*?\/>/g, '\n\n')
		.replace(/^#{1,6} .*$/gm, '\n\n')
		.replace(/^:::.*$/gm, '\n\n')
		.replace(/!?\[[^\]]*\]\([^)]*\)/g, '\n\n')
		.replace(/`[^`\n]*`/g, '\n\n')
		.replace(/<(code|kbd|a|summary|button)\b[\s\S]*?<\/\1>/g, '\n\n')
		.replace(/<[^>]+>/g, '\n\n')
		.split(/\n\s*\n|\*\*|__|\||(?<![\p{L}\p{N}])\*|\*(?![\p{L}\p{N}])/u)
		.map((run) => run.replace(/^\s*([-+]|\d+\.)\s+/gm, '').trim())
		.filter(Boolean);
}

/** The terms the plugin links on a page with this body (each once), mapped to how often the page uses them. */
export function linkedTerms(body: string, terms: ReturnType<typeof compileTerms>): Map<string, number> {
	const linked = new Set<string>();
	const runs = linkableText(body);
	for (const run of runs) {
		let rest = run;
		for (let m = firstMatch(rest, terms, linked); m; m = firstMatch(rest, terms, linked)) {
			linked.add(m.id);
			rest = rest.slice(m.index + m.length);
		}
	}
	const uses = new Map<string, number>();
	for (const t of terms.filter((t) => linked.has(t.id))) {
		const all = new RegExp(t.pattern.source, 'giu');
		uses.set(t.id, runs.reduce((n, run) => n + [...run.matchAll(all)].length, 0));
	}
	return uses;
}

export function glossaryLinks({ settings, contentDir, terms }: { settings: { readonly base: string }; contentDir: string; terms: LinkableTerm[] }): HastPluginEntry {
	const compiled = compileTerms(terms);
	const href = (id: string) => withBase(`/glossary/#${id}`, settings.base);
	return ({ fileURL }) => {
		const slug = fileURL ? slugOf(fileURLToPath(fileURL), contentDir) : undefined;
		if (!linksGlossaryTerms(slug) || compiled.length === 0) return null;
		const linked = new Set<string>();
		return defineHastPlugin({
			name: 'guide-glossary-links',
			text(node, ctx) {
				for (let p: ReturnType<typeof ctx.parent> | undefined = ctx.parent(node); p && p.type !== 'root'; p = ctx.parent(p)) {
					if (p.type === 'element' && SKIP.has((p as Element).tagName)) return;
				}
				let rest = node.value;
				const parts: (Text | Element)[] = [];
				for (let m = firstMatch(rest, compiled, linked); m; m = firstMatch(rest, compiled, linked)) {
					linked.add(m.id);
					if (m.index > 0) parts.push({ type: 'text', value: rest.slice(0, m.index) });
					parts.push({
						type: 'element',
						tagName: 'a',
						properties: { href: href(m.id), className: ['glossary-term'] },
						children: [{ type: 'text', value: rest.slice(m.index, m.index + m.length) }],
					});
					rest = rest.slice(m.index + m.length);
				}
				if (parts.length === 0) return;
				if (rest) parts.push({ type: 'text', value: rest });
				ctx.replaceNode(node, parts);
			},
		});
	};
}
