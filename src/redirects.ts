/**
 * Short and alias URLs, generated from the service pages' own data: /s3/ -> /aws/s3/ (short name), and slugs of
 * full or former names, e.g. /gcp/cloud-run-functions/ or /aws/simple-storage-service/. src/pages/[...alias].astro
 * publishes each as a small static HTML redirect, so they work on any static host without server configuration.
 */
import { withoutVendor } from './clouds';
import type { ServicePage } from './data/build-guide';

/** A name as a URL segment, without its vendor word: "Amazon Simple Queue Service (Amazon SQS)" -> "simple-queue-service". */
export const slugify = (name: string) =>
	withoutVendor(name.replace(/\(.*?\)/g, ' ').trim())
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** Every alias path (no base, no slashes around it) mapped to its page's id, skipping any that would shadow a page or another alias. */
export function aliasRedirects(pages: Pick<ServicePage, 'id' | 'data'>[]): Map<string, string> {
	const taken = new Set(pages.map((p) => p.id));
	const redirects = new Map<string, string>();
	const add = (from: string, to: string) => {
		if (from && !taken.has(from) && !redirects.has(from)) redirects.set(from, to);
	};
	for (const p of pages) {
		const [cloud, slug] = p.id.split('/') as [string, string];
		add(slugify(p.data.shortName), p.id);
		add(slug, p.id);
		for (const name of [p.data.name, ...p.data.formerNames.map((f) => f.name)]) add(`${cloud}/${slugify(name)}`, p.id);
	}
	return redirects;
}
