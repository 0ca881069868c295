/**
 * Short and alias URLs, generated from the service pages' own data: /s3/ -> /aws/s3/ (short name), and slugs of
 * full or former names, e.g. /gcp/cloud-run-functions/ or /aws/simple-storage-service/. Astro writes each as a small
 * static HTML redirect, so they work on any static host without server configuration.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const slugify = (name: string) =>
	name
		.toLowerCase()
		.replace(/\(.*?\)/g, ' ')
		.replace(/^(amazon|aws|google cloud|google|azure|microsoft)\s+/, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** Every alias path mapped to its page, skipping any that would shadow a real page or another alias. */
/** `base` is prefixed to destinations: Astro places redirect pages under `base` but leaves targets as written. */
export function aliasRedirects(contentDir: string, base = '/'): Record<string, string> {
	const pages: { id: string; names: string[]; shortName: string }[] = [];
	for (const cloud of ['aws', 'gcp', 'azure']) {
		let files: string[] = [];
		try {
			files = readdirSync(join(contentDir, cloud)).filter((f) => f.endsWith('.mdx'));
		} catch {
			continue;
		}
		for (const file of files) {
			const text = readFileSync(join(contentDir, cloud, file), 'utf8');
			const service = (parse(text.split('---')[1] ?? '') as { service?: Record<string, unknown> } | null)?.service;
			if (!service) continue;
			const former = (service['formerNames'] as { name: string }[] | undefined) ?? [];
			pages.push({
				id: `${cloud}/${file.replace(/\.mdx$/, '')}`,
				shortName: String(service['shortName']),
				names: [String(service['name']), ...former.map((f) => f.name)],
			});
		}
	}
	const taken = new Set(pages.map((p) => `/${p.id}/`));
	const redirects: Record<string, string> = {};
	const add = (from: string, to: string) => {
		if (!taken.has(from) && !(from in redirects)) redirects[from] = to;
	};
	for (const p of pages) {
		const target = `${base.replace(/\/?$/, '/')}${p.id}/`;
		const cloud = p.id.split('/')[0];
		add(`/${slugify(p.shortName)}/`, target);
		add(`/${p.id.split('/')[1]}/`, target);
		for (const name of p.names) add(`/${cloud}/${slugify(name)}/`, target);
	}
	return redirects;
}
