/** The rows of comparison tables, in order: which profile field each row shows and whether it cites a source. */
import type { ServiceRef } from './build-guide';

export interface RowValue {
	text: string;
	source?: string;
}
export interface CompareRow {
	id: string;
	label: string;
	values: (s: ServiceRef) => RowValue[];
}

const plain = (text: string | undefined): RowValue[] => (text ? [{ text }] : []);

const ROWS = {
	whatItIs: { id: 'whatItIs', label: 'What it is', values: (s) => plain(s.compare.whatItIs) },
	model: { id: 'model', label: 'Model', values: (s) => plain(s.compare.model) },
	pricingUnit: { id: 'pricingUnit', label: 'Pricing unit', values: (s) => plain(s.compare.pricingUnit) },
	scaling: { id: 'scaling', label: 'Scaling', values: (s) => [s.compare.scaling] },
	keyLimit: { id: 'keyLimit', label: 'Key limit', values: (s) => [s.compare.keyLimit] },
	keyLimits: { id: 'keyLimits', label: 'Key limits', values: (s) => [s.compare.keyLimit, ...s.compare.moreLimits] },
	durability: {
		id: 'durability',
		label: 'Durability / availability',
		values: (s) => (s.compare.durability ? [s.compare.durability] : []),
	},
	integrations: { id: 'integrations', label: 'Integrations', values: (s) => plain(s.compare.integrations) },
	pickWhen: { id: 'pickWhen', label: 'Pick it when', values: (s) => plain(s.compare.pickWhen) },
} satisfies Record<string, CompareRow>;

export const COMPARE_ROWS = {
	/** A service page's "Compared with" table. */
	brief: [ROWS.model, ROWS.pricingUnit, ROWS.keyLimit, ROWS.pickWhen],
	/** A category page's full side-by-side table. */
	full: [
		ROWS.whatItIs,
		ROWS.model,
		ROWS.pricingUnit,
		ROWS.scaling,
		ROWS.keyLimits,
		ROWS.durability,
		ROWS.integrations,
		ROWS.pickWhen,
	],
} satisfies Record<string, CompareRow[]>;
export type RowSet = keyof typeof COMPARE_ROWS;
