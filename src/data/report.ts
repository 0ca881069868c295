/**
 * "Report an outdated fact": a link that opens a new issue in the project's repository with the page, the fact and
 * its current source filled in. A plain link (no script, no service): the reader's browser does the rest.
 */
import { REPOSITORY_URL } from '../site';
import type { Fact } from '../schemas';
import { dayString } from './changes';

export interface ReportTarget {
	/** The page's title, e.g. "Amazon S3". */
	page: string;
	/** The page's public URL. */
	url: string;
	/** The fact, when the report is about one; otherwise the page as a whole. */
	fact?: Pick<Fact, 'claim' | 'value' | 'source' | 'checked'>;
}

export function reportUrl({ page, url, fact }: ReportTarget): string {
	const title = fact ? `Outdated fact: ${page}: ${fact.claim}` : `Outdated fact on ${page}`;
	const body = [
		`Page: ${url}`,
		...(fact ? [`Says: ${fact.value} (checked ${dayString(fact.checked)})`, `Source: ${fact.source}`] : []),
		'What the provider says now (link):',
	].join('\n');
	const query = new URLSearchParams({ title, body });
	return `${REPOSITORY_URL}/issues/new?${query}`;
}
