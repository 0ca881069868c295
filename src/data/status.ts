/** How status notes read: a title per kind, what each note is about, and which services are retired as a whole. */
import type { ServiceRef } from './build-guide';
import type { StatusNote } from '../schemas';
import { formatDate } from './links';

export const STATUS_TITLES: Record<StatusNote['kind'], string> = {
	renamed: 'Renamed',
	retired: 'Retired',
	retiring: 'Retiring',
	deprecated: 'Deprecated',
	preview: 'In preview',
	'generally-available': 'Generally available',
	changed: 'Changed',
};

const SCOPE_LABELS: Record<StatusNote['scope'], string> = {
	service: 'the service',
	tier: 'tier',
	'deployment-option': 'deployment option',
	generation: 'generation',
	feature: 'feature',
	pricing: 'pricing',
	'related-service': 'related service',
};

/** What the note is about, in words: "Single Server (deployment option)", or "the service". */
export const statusSubject = (n: StatusNote) => (n.subject ? `${n.subject} (${SCOPE_LABELS[n.scope]})` : SCOPE_LABELS.service);

/** True only when the service itself is retired, never because a tier, option or related service is. */
export const isRetired = (s: Pick<ServiceRef, 'status'>) => s.status.some((n) => n.kind === 'retired' && n.scope === 'service');

/** The badge beside a service that is itself retired: "retired Aug 2023" (undefined for a current service). */
export function retiredBadge(s: Pick<ServiceRef, 'status'>): string | undefined {
	const note = s.status.find((n) => n.kind === 'retired' && n.scope === 'service');
	return note ? `retired ${formatDate(note.date)}` : undefined;
}
