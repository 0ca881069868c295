// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CONTENT_DIR } from './src/content-dir.ts';
import { closeRenderer } from './src/diagrams/render.ts';
import { writeCards } from './src/og/cards.ts';
import { aliasRedirects } from './src/redirects.ts';
import { contentLinks } from './src/markdown/content-links.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';

/** Sidebar groups are generated from the folders of content/, one per cloud. */
const cloudGroup = (/** @type {string} */ label, /** @type {string} */ folder) => ({
	label,
	items: [{ autogenerate: { directory: `${CONTENT_DIR.replace(/^\.\//, '')}/${folder}` } }],
});

/** The "Compare clouds" group lists every category page, read from the same data file the pages use. */
const categories = /** @type {{ id: string, label: string }[]} */ (
	parse(readFileSync(`${CONTENT_DIR}/data/categories.yaml`, 'utf8')) ?? []
);
const compareGroup = {
	label: 'Compare clouds',
	collapsed: true,
	items: [
		{ label: 'All categories', link: '/compare/' },
		...categories
			.toSorted((a, b) => a.label.localeCompare(b.label))
			.map((c) => ({ label: c.label, link: `/compare/${c.id}/` })),
	],
};

/** Glossary terms, read here so the Markdown step can link each term's first use on a page to its entry. */
const glossary = /** @type {{ id: string, match: string[] }[]} */ (
	parse(readFileSync(`${CONTENT_DIR}/data/glossary.yaml`, 'utf8')) ?? []
);

/** The public origin, for canonical URLs, the sitemap and robots.txt; override with SITE_URL. */
const SITE = process.env.SITE_URL ?? 'https://cloud-study-guide.example.org';
/** The sub-path the site is served under ('/' at a domain's root); override with BASE_PATH. */
const BASE = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: SITE,
	base: BASE,
	// Links in content are written root-relative (/aws/s3/); this adds `base` to them before they are validated.
	// Glossary terms' first uses are linked to /glossary/ in the same step.
	markdown: {
		processor: satteri({
			hastPlugins: [
				glossaryLinks({ base: BASE, contentDir: CONTENT_DIR, terms: glossary }),
				contentLinks({ base: BASE, contentDir: CONTENT_DIR }),
			],
		}),
	},
	outDir: process.env.GUIDE_OUT_DIR ?? './dist',
	cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Short URLs (/s3/) and slugs of full or former names (/gcp/cloud-run-functions/) lead to the canonical page.
	redirects: aliasRedirects(CONTENT_DIR, BASE),
	integrations: [
		starlight({
			title: 'Cloud Data & ML Study Guide',
			description:
				'A study guide to AWS, Google Cloud and Azure data and ML services for architecture interviews: what each service is, the numbers worth knowing, and how the clouds compare.',
			favicon: '/favicon.svg',
			markdown: { processedDirs: [CONTENT_DIR] },
			lastUpdated: false,
			// Search: a service's own page must beat pages that merely mention it. Names and aliases are weighted
			// in the markup (data-pagefind-weight); a low page-length factor stops short pages winning by brevity.
			pagefind: { ranking: { pageLength: 0.1, termFrequency: 0.8, termSaturation: 1.2, metaWeights: { title: 1, 'search-names': 20, 'search-category': 5, 'search-aliases': 6 } } },
			pagination: false,
			sidebar: [
				cloudGroup('AWS', 'aws'),
				cloudGroup('Google Cloud', 'gcp'),
				cloudGroup('Azure', 'azure'),
				compareGroup,
				cloudGroup('Reference architectures', 'architectures'),
				{
					label: 'Interview practice',
					items: [
						{ label: 'Flashcards', link: '/practice/' },
						{ label: 'Cheat sheet', link: '/cheat-sheet/' },
						{ label: 'Glossary', link: '/glossary/' },
					],
				},
			],
			components: {
				PageTitle: './src/overrides/PageTitle.astro',
				Head: './src/overrides/Head.astro',
				Search: './src/overrides/Search.astro',
				MobileMenuToggle: './src/overrides/MobileMenuToggle.astro',
			},
			customCss: ['./src/styles/guide.css'],
			// Every link and #anchor in content is checked at build time; a broken one fails the build naming the file.
			// Glossary links point at a generated page the validator cannot see into; tests/build checks them.
			plugins: [
				starlightLinksValidator({
					errorOnRelativeLinks: true,
					errorOnInvalidHashes: true,
					exclude: ({ link }) => link.startsWith(`${BASE.replace(/\/?$/, '/')}glossary/`),
				}),
			],
			// "/" opens search and arrow keys move through results (a few hundred bytes, inline).
			// "Copy link to this section" buttons next to every h2/h3 (about 1 kB, inline).
			head: [
				{ tag: 'script', content: readFileSync('./src/search/keyboard.js', 'utf8') },
				{ tag: 'script', content: readFileSync('./src/deep-links/copy-link.js', 'utf8') },
			],
		}),
		mdx(),
		{
			// Social preview cards (1200x630 PNG per page), drawn from each built page's title and summary.
			name: 'guide-social-cards',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					const count = await writeCards(fileURLToPath(dir), 'Cloud Data & ML Study Guide');
					logger.info(`${count} social preview cards written`);
				},
			},
		},
		{
			// Diagrams are rendered by a shared headless Chromium during the build; close it at the end.
			name: 'guide-diagrams',
			hooks: { 'astro:build:done': () => closeRenderer() },
		},
		{
			// robots.txt points crawlers at the sitemap, whose address follows SITE_URL and BASE_PATH.
			name: 'guide-robots',
			hooks: {
				'astro:build:done': ({ dir }) => {
					const sitemap = new URL(`${BASE.replace(/\/?$/, '/')}sitemap-index.xml`, SITE).href;
					writeFileSync(new URL('robots.txt', dir), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
				},
			},
		},
	],
});
