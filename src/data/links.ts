/** Base-aware links: the site may be served from a sub-path (`base`), so no page hard-codes "/". */
import { CLOUD_LABELS } from '../clouds';
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The URL of a file of the site, e.g. siteFile('sitemap-index.xml') -> '/guide/sitemap-index.xml'. */
export const siteFile = (path: string) => `${BASE}${path.replace(/^\/+/, '')}`;

/** The URL of a page of the guide, e.g. pageHref('aws/sqs') -> '/aws/sqs/' (or '/guide/aws/sqs/'). */
export function pageHref(id: string): string {
	const path = id.replace(/^\/+|\/+$/g, '');
	return path === '' || path === 'index' ? BASE : `${BASE}${path}/`;
}

/** The host of a URL, for short link labels such as "docs.aws.amazon.com". */
export function hostOf(url: string): string {
	return new URL(url).hostname;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "24 Nov 2026" for a Date; "Aug 2024" for a YYYY-MM string; the string itself for YYYY-MM-DD. */
export function formatDate(value: Date | string): string {
	if (value instanceof Date) return dateFormat.format(value);
	const [y, m, d] = value.split('-').map(Number);
	if (d) return dateFormat.format(new Date(Date.UTC(y!, m! - 1, d)));
	return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y!, m! - 1, 1)),
	);
}

/** Machine-readable form for <time datetime>. */
export function isoDate(value: Date | string): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** The anchor of a reference architecture's diagram for one cloud: its "On <cloud>" heading ("on-google-cloud"). */
export function architectureDiagramAnchor(cloud: keyof typeof CLOUD_LABELS): string {
	return `on-${CLOUD_LABELS[cloud].toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
