/**
 * Links the first use of each glossary term on a page to its entry on /glossary/. A Sätteri hast plugin: it
 * walks the page's text in document order and wraps the first phrase (from the term's `match` list) it finds
 * in a link, skipping headings, links, code and the glossary page itself. Terms come from
 * content/data/glossary.yaml, read once when the config loads.
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

export function glossaryLinks({ base, contentDir, terms }: { base: string; contentDir: string; terms: LinkableTerm[] }): HastPluginEntry {
	const compiled = compileTerms(terms);
	const href = (id: string) => withBase(`/glossary/#${id}`, base);
	return ({ fileURL }) => {
		const slug = fileURL ? slugOf(fileURLToPath(fileURL), contentDir) : undefined;
		// Service and architecture pages only (not the home page, the 404 page or section index pages).
		if (!slug || !slug.includes('/') || compiled.length === 0) return null;
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
