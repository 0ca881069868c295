// A bare Starlight site built in the same run as the baseline: Starlight's defaults, no overrides, no custom
// CSS or components, and one page carrying the same article text as the guide's S3 page (its prose, with the
// guide's components - diagrams, generated tables - left out).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

export function writeBareSite(dir, sourcePage = join(ROOT, 'content', 'aws', 's3.mdx')) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
			`export default defineConfig({ outDir: './dist', integrations: [starlight({ title: 'Bare Starlight' })] });\n`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
			`import { docsSchema } from '@astrojs/starlight/schema';\n` +
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	const source = readFileSync(sourcePage, 'utf8');
	const title = /^title: (.+)$/m.exec(source)?.[1] ?? 'Page';
	const body = source
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/^import .*$/gm, '')
		.replace(/<[A-Z][A-Za-z]*[\s\S]*?\/>/g, '');
	writeFileSync(join(dir, 'src', 'content', 'docs', 'index.md'), `---\ntitle: ${title}\n---\n${body}`);
	writeFileSync(join(dir, 'src', 'content', 'docs', 'other.md'), `---\ntitle: Another page\n---\n\nA second page, so the sidebar has two entries.\n`);
	return { outDir: join(dir, 'dist') };
}
