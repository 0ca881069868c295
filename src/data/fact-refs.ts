/**
 * References from practice data (decision guides, mock interviews) into the guide: a service by id, a fact by
 * "<service page>#<the fact's claim>". Each lookup returns the thing found or a problem sentence to report, so
 * every file's checks word their messages the same way.
 */
import type { Cloud, Fact } from '../schemas';
import type { Guide, ServiceRef } from './build-guide';

export interface FactUse {
	service: ServiceRef;
	fact: Fact;
}

/** The fact a reference names, or why it names none. */
export function findFact(guide: Guide, ref: string): FactUse | string {
	const [serviceId, claim = ''] = ref.split('#') as [string, string?];
	const page = guide.pages.find((p) => p.id === serviceId);
	if (!page) return `fact "${ref}": "${serviceId}" has no page, so no facts`;
	const fact = page.data.facts.find((f) => f.claim.toLowerCase() === claim.toLowerCase());
	return fact ? { service: page.ref, fact } : `fact "${ref}": ${page.filePath} has no fact with the claim "${claim}"`;
}

/** The service a reference names (a page or a counterpart), or why it names none; `cloud` also checks its cloud. */
export function findService(guide: Guide, ref: string, cloud?: Cloud): ServiceRef | string {
	const found = guide.byId.get(ref);
	if (!found) return `unknown service "${ref}"`;
	if (cloud && found.cloud !== cloud) return `"${ref}" is not a ${cloud} service`;
	return found;
}

/**
 * How a sentence names a service: its short name, unless that is a name it had before a rename ("Dataproc" for
 * Managed Service for Apache Spark), then the current name with the old one in brackets, as its page's title does.
 */
export function nameInText(ref: ServiceRef): string {
	const legacy = !ref.name.includes(ref.shortName) && ref.formerNames.some((f) => f.name.includes(ref.shortName));
	return legacy ? `${ref.name} (${ref.shortName})` : ref.shortName;
}
