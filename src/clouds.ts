/**
 * Everything the guide knows about each cloud, stated once and in the order the guide shows the clouds:
 * its display name, the hosts of its documentation (facts must cite one), and the vendor words that open
 * its product names ("Amazon SQS", "Google Cloud Storage"), which URL slugs drop, and the one search adds to a short
 * name when a reader might type it ("Google Cloud Functions").
 */
export const CLOUD_INFO = {
	aws: {
		label: 'AWS',
		docHosts: ['docs.aws.amazon.com', 'aws.amazon.com'],
		vendorPrefixes: ['Amazon', 'AWS'],
		searchPrefix: 'Amazon',
	},
	gcp: {
		label: 'Google Cloud',
		docHosts: ['cloud.google.com', 'docs.cloud.google.com'],
		vendorPrefixes: ['Google Cloud', 'Google'],
		searchPrefix: 'Google',
	},
	azure: {
		label: 'Azure',
		docHosts: ['learn.microsoft.com', 'azure.microsoft.com'],
		vendorPrefixes: ['Azure', 'Microsoft'],
		searchPrefix: 'Azure',
	},
} as const satisfies Record<string, { label: string; docHosts: readonly string[]; vendorPrefixes: readonly string[]; searchPrefix: string }>;

export type Cloud = keyof typeof CLOUD_INFO;

/** The clouds, in display order. */
export const CLOUDS = Object.keys(CLOUD_INFO) as Cloud[];

/** Display names: "AWS", "Google Cloud", "Azure". */
export const CLOUD_LABELS = Object.fromEntries(CLOUDS.map((c) => [c, CLOUD_INFO[c].label])) as Record<Cloud, string>;

/** The clouds named in a sentence: "AWS, Google Cloud and Azure". */
export const CLOUD_LIST = CLOUDS.map((c) => CLOUD_LABELS[c]).join(', ').replace(/, ([^,]*)$/, ' and $1');

export const isCloud = (value: string | undefined): value is Cloud => CLOUDS.includes(value as Cloud);

/** The name with its vendor word removed: "Amazon Simple Queue Service" -> "Simple Queue Service". */
export function withoutVendor(name: string): string {
	const prefixes = Object.values(CLOUD_INFO)
		.flatMap((c) => [...c.vendorPrefixes])
		.sort((a, b) => b.length - a.length);
	const prefix = prefixes.find((p) => name.toLowerCase().startsWith(`${p.toLowerCase()} `));
	return prefix ? name.slice(prefix.length + 1) : name;
}
