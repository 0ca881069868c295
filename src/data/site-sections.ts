/**
 * The sections of the site that src/pages/ generates from data rather than content/ holds (no Astro imports, so
 * the config can read it): the link validator cannot see these pages and accepts links to them once built.
 * src/data/generated-pages.ts gives each page's title and summary.
 */
export const GENERATED_SECTIONS = ['compare', 'decide', 'interview', 'study-plan', 'practice', 'cheat-sheet', 'glossary', 'changes'] as const;
