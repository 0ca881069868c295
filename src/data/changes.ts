/**
 * What changed: every rename, retirement, launch and changed limit or price the guide records, as one list derived
 * from the data (former names, status notes, and facts' previous values), newest first. /changes/, its feed, the
 * service pages and the cheat sheet all read this one source. Pure: takes the checked guide.
 */
import type { Cloud } from '../clouds';
import type { Guide, ServiceRef } from './build-guide';
import { pageHref } from './links';
import { STATUS_TITLES, statusSubject } from './status';
import type { StatusNote } from '../schemas';
import { slug } from './words';

export type ChangeKind = StatusNote['kind'];

export interface Change {
	/** Stable anchor on /changes/. */
	id: string;
	/** YYYY-MM-DD, or YYYY-MM when the provider gives no day. */
	date: string;
	cloud: Cloud;
	kind: ChangeKind;
	/** "Renamed", "Retired", "Changed"… */
	kindLabel: string;
	service: { id: string; name: string };
	/** The guide page a reader should look at: the service's page, or the comparison that covers a service without one. */
	affects: { label: string; href: string };
	/** One line: what changed. */
	title: string;
	before?: string;
	after?: string;
	note: string;
	source: string;
}

/** A Date (YAML day) or a YYYY-MM / YYYY-MM-DD string, as the YYYY-MM(-DD) string it stands for. */
export const dayString = (value: Date | string): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value);


/** The page that covers a service: its own, or the first category comparison that lists it. */
function affectsOf(guide: Guide, ref: ServiceRef): Change['affects'] {
	if (ref.hasPage) return { label: ref.name, href: ref.href };
	const category = guide.categories.find((c) => c.resolved[ref.cloud].some((s) => s.id === ref.id));
	return category ? { label: category.label, href: pageHref(`compare/${category.id}`) } : { label: ref.name, href: ref.href };
}

type Common = Pick<Change, 'cloud' | 'service' | 'affects'>;

/** A status note as a change: "<what> retired", with its before and after where the note gives them. */
function fromStatus(n: StatusNote, common: Common, what: string): Omit<Change, 'id'> {
	return {
		...common,
		date: dayString(n.date),
		kind: n.kind,
		kindLabel: STATUS_TITLES[n.kind],
		title: `${what} ${STATUS_TITLES[n.kind].toLowerCase()}`,
		...(n.before ? { before: n.before } : {}),
		...(n.after ? { after: n.after } : {}),
		note: n.note,
		source: n.source,
	};
}

export function collectChanges(guide: Guide): Change[] {
	const changes: Omit<Change, 'id'>[] = [];
	for (const ref of guide.byId.values()) {
		const common = { cloud: ref.cloud, service: { id: ref.id, name: ref.name }, affects: affectsOf(guide, ref) };
		for (const f of ref.formerNames) {
			changes.push({
				...common,
				date: dayString(f.until),
				kind: 'renamed',
				kindLabel: STATUS_TITLES.renamed,
				title: `${f.name} is now ${ref.name}`,
				before: f.name,
				after: ref.name,
				note: f.note,
				source: f.source,
			});
		}
		for (const n of ref.status) changes.push(fromStatus(n, common, `${ref.name}: ${statusSubject(n)}`));
	}
	// A gap in a category can have a history too: Google Cloud has no device hub since Cloud IoT Core retired.
	for (const category of guide.categories) {
		for (const [cloud, none] of Object.entries(category.noEquivalent) as [Cloud, NonNullable<(typeof category.noEquivalent)[Cloud]>][]) {
			for (const n of none.status) {
				const name = n.subject ?? category.label;
				const common = { cloud, service: { id: `${cloud}/${category.id}`, name }, affects: { label: category.label, href: pageHref(`compare/${category.id}`) } };
				changes.push(fromStatus(n, common, name));
			}
		}
	}
	for (const page of guide.pages) {
		const common = { cloud: page.data.cloud, service: { id: page.id, name: page.data.name }, affects: affectsOf(guide, page.ref) };
		for (const fact of page.data.facts) {
			for (const p of fact.previous) {
				changes.push({
					...common,
					date: dayString(p.until),
					kind: 'changed',
					kindLabel: STATUS_TITLES.changed,
					title: `${page.data.shortName}: ${fact.claim}`,
					before: p.value,
					after: fact.value,
					note: p.note,
					source: p.source ?? fact.source,
				});
			}
		}
	}
	const seen = new Map<string, number>();
	return changes
		.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
		.map((c) => {
			const base = `${c.date.slice(0, 7)}-${slug(c.title)}`.slice(0, 80);
			const n = (seen.get(base) ?? 0) + 1;
			seen.set(base, n);
			return { ...c, id: n === 1 ? base : `${base}-${n}` };
		});
}
