/**
 * /changes.xml: the RSS feed of /changes/, the same entries (src/data/changes.ts), newest first. Each item links to
 * its entry on /changes/ and names the page it affects and the provider's source.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { collectChanges } from '../data/changes';
import { getGuide } from '../data/guide';
import { generatedPage } from '../data/generated-pages';
import { pageHref } from '../data/links';

/** A YYYY-MM date is dated to the first of the month. */
const pubDate = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

export async function GET(context: APIContext) {
	const [changes, meta] = await Promise.all([getGuide().then(collectChanges), generatedPage('changes')]);
	const site = context.site ?? new URL(context.url.origin);
	const absolute = (path: string) => new URL(path, site).href;
	return rss({
		title: meta.title,
		description: meta.description,
		site: absolute(pageHref('')),
		items: changes.map((c) => ({
			title: c.title,
			link: absolute(`${pageHref('changes')}#${c.id}`),
			pubDate: pubDate(c.date),
			description: [c.before && `Before: ${c.before}.`, c.after && `Now: ${c.after}.`, c.note, `Affects: ${absolute(c.affects.href)}`, `Source: ${c.source}`]
				.filter(Boolean)
				.join(' '),
			categories: [c.kindLabel, c.cloud],
		})),
	});
}
