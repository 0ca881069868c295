/**
 * The sidebar: one group per cloud (each a content folder), the comparison pages, the reference architectures
 * and the practice pages. Cloud names come from src/clouds.ts; the comparison links from categories.yaml.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CLOUD_LABELS, CLOUDS } from '../src/clouds';
import { CONTENT_DIR } from '../src/content-dir';

const folder = (name: string) => ({ autogenerate: { directory: `${CONTENT_DIR.replace(/^\.\//, '')}/${name}` } });

/**
 * The categories' ids and labels for the "Compare clouds" group. A malformed file gives no links here: the content
 * collection that reads the same file reports the problem, naming the entry.
 */
function categoryLinks() {
	let entries: unknown;
	try {
		entries = parse(readFileSync(`${CONTENT_DIR}/data/categories.yaml`, 'utf8'));
	} catch {
		return [];
	}
	return (Array.isArray(entries) ? entries : [])
		.filter((c): c is { id: string; label: string } => typeof c?.id === 'string' && typeof c?.label === 'string')
		.toSorted((a, b) => a.label.localeCompare(b.label))
		.map((c) => ({ label: c.label, link: `/compare/${c.id}/` }));
}

/**
 * The sidebar's sections and the page each one stands for when the reader is elsewhere. A page shows its own
 * section in full and every other section as one link to that page (src/route-data.ts), so a page carries ~10 links
 * for the sections it is not in, not all ~50 services and ~20 comparisons. Practice is always shown in full.
 */
export const SECTION_LANDINGS: Readonly<Record<string, string>> = {
	'Compare clouds': '/compare/',
	'Reference architectures': '/architectures/',
	...Object.fromEntries(CLOUDS.map((cloud) => [CLOUD_LABELS[cloud], `/#dir-${cloud}`])),
};

/** Practice and the cross-cloud views first, so they are in reach without scrolling the sidebar. */
export function sidebar() {
	return [
		{
			label: 'Interview practice',
			items: [
				{ label: 'Study plans', link: '/study-plan/' },
				{ label: 'Which service?', link: '/decide/' },
				{ label: 'Mock interviews', link: '/interview/' },
				{ label: 'Flashcards', link: '/practice/' },
				{ label: 'Cheat sheet', link: '/cheat-sheet/' },
				{ label: 'Glossary', link: '/glossary/' },
				{ label: 'What changed', link: '/changes/' },
			],
		},
		{ label: 'Compare clouds', collapsed: true, items: [{ label: 'All categories (matrix)', link: '/compare/' }, ...categoryLinks()] },
		{ label: 'Reference architectures', collapsed: true, items: [folder('architectures')] },
		...CLOUDS.map((cloud) => ({ label: CLOUD_LABELS[cloud], collapsed: true, items: [folder(cloud)] })),
	];
}
