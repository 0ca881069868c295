/**
 * Starlight route middleware: "previous" and "next" links stay within the sidebar group of the page (AWS pages lead
 * to AWS pages, comparisons to comparisons), instead of running across groups.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

type Entry = App.Locals['starlightRoute']['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

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

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const links = currentGroup(route.sidebar);
	const at = links?.findIndex((l) => l.isCurrent) ?? -1;
	route.pagination = at < 0 ? { prev: undefined, next: undefined } : { prev: links![at - 1], next: links![at + 1] };
});
