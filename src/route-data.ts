/**
 * Starlight route middleware:
 * - "previous" and "next" links stay within the sidebar group of the page (AWS pages lead to AWS pages,
 *   comparisons to comparisons), instead of running across groups;
 * - the sidebar is per section: the group holding the page is shown in full, every other section as one link to
 *   its landing page (config/sidebar.ts SECTION_LANDINGS), which keeps each page light as the guide grows;
 *   a section with no pages is left out.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { SECTION_LANDINGS } from '../config/sidebar';
import { BASE } from './data/links';

type Entry = App.Locals['starlightRoute']['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

const holdsCurrent = (e: Entry): boolean => (e.type === 'link' ? e.isCurrent : e.entries.some(holdsCurrent));
const hasLinks = (e: Entry): boolean => e.type === 'link' || e.entries.some(hasLinks);

/** The links of the innermost group that holds the current page, in sidebar order. */
function currentGroup(entries: Entry[]): Link[] | undefined {
	for (const e of entries) {
		if (e.type !== 'group') continue;
		const inner = currentGroup(e.entries);
		if (inner) return inner;
		const links = e.entries.filter((x): x is Link => x.type === 'link');
		if (links.some((l) => l.isCurrent)) return links;
	}
	return undefined;
}

/** A section the page is not in, as one link to its landing page. */
function asLanding(group: Extract<Entry, { type: 'group' }>, landing: string): Link {
	return {
		type: 'link',
		label: group.label,
		href: `${BASE}${landing.replace(/^\//, '')}`,
		isCurrent: false,
		badge: undefined,
		attrs: { 'data-section-link': '' },
	};
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const links = currentGroup(route.sidebar);
	const at = links?.findIndex((l) => l.isCurrent) ?? -1;
	route.pagination = at < 0 ? { prev: undefined, next: undefined } : { prev: links![at - 1], next: links![at + 1] };
	// A section with no pages (a cloud or the architectures folder left empty) is left out rather than linked.
	route.sidebar = route.sidebar.filter(hasLinks).map((e) => {
		const landing = e.type === 'group' ? SECTION_LANDINGS[e.label] : undefined;
		return e.type === 'group' && landing !== undefined && !holdsCurrent(e) ? asLanding(e, landing) : e;
	});
});
