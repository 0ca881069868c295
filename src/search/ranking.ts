/**
 * Pagefind's ranking weights: one object for the search dialog (astro.config.mjs hands it to Starlight, which gives
 * it to the Pagefind UI) and for the ranking tests, so the tests rank exactly as the dialog does. Every field is
 * set, so no default of Starlight's or Pagefind's fills a gap differently in either place.
 *
 * A service's own page must beat pages that merely mention it: its names and aliases are indexed as weighted
 * metadata (src/components/ServiceHeader.astro), and a low page-length factor stops short pages winning
 * by brevity. Each page's names also hold its search key (src/search/vocabulary.ts), a word only that page has,
 * which the query correction (src/search/correct.ts) searches for some queries.
 */
export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.8,
	termSaturation: 1.2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	metaWeights: { title: 1, 'search-names': 20, 'search-category': 5, 'search-aliases': 6 },
};
