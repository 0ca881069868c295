/**
 * The guide for AI assistants: /llms.txt lists every page, /llms-full.txt and each service page's .md version carry
 * every fact with its value, source and checked date, and the prose without components. Expected values are read
 * from the content files, not from the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { guideFrom, readInputs } from '../helpers/guide';
import { SERVICE_IDS } from '../helpers/expectations';
import { DEFAULT_SITE_URL } from '../../src/site';

const guide = guideFrom(readInputs());
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const origin = DEFAULT_SITE_URL.replace(/\/$/, '');

describe('/llms.txt', () => {
	const text = read('llms.txt');

	it('starts with the title and a summary, as llmstxt.org describes', () => {
		expect(text).toMatch(/^# .+\n\n> .+/);
	});

	it('lists every service page, with its summary, linking its Markdown version', () => {
		expect(guide.pages.map((p) => p.id).sort()).toEqual([...SERVICE_IDS].sort());
		for (const p of guide.pages) {
			expect(text, p.id).toContain(`[${p.title}](${origin}/${p.id}.md): ${p.description}`);
		}
	});

	it('lists every comparison and architecture, and links the full text', () => {
		for (const c of guide.categories) expect(text).toContain(`(${origin}/compare/${c.id}/)`);
		for (const a of guide.architectures) expect(text).toContain(`[${a.title}](${origin}${a.href})`);
		expect(text).toContain(`(${origin}/llms-full.txt)`);
	});
});

describe('/llms-full.txt and /<page>.md', () => {
	const full = read('llms-full.txt');

	it('give the S3 object size limit with its source and the date it was checked', () => {
		const s3 = guide.pages.find((p) => p.id === 'aws/s3')!;
		const fact = s3.data.facts.find((f) => /maximum object size/i.test(f.claim))!;
		const row = `| ${fact.claim} | ${fact.value}`;
		for (const doc of [full, read('aws/s3.md')]) {
			const line = doc.split('\n').find((l) => l.startsWith(row));
			expect(line).toBeDefined();
			expect(line).toContain(`| ${fact.source} | ${fact.checked.toISOString().slice(0, 10)} |`);
		}
	});

	it('carry every fact of every service page with its source and checked date', () => {
		const missing: string[] = [];
		for (const p of guide.pages) {
			const md = read(`${p.id}.md`);
			if (!full.includes(`# ${p.title}\n`)) missing.push(`${p.id}: not in llms-full.txt`);
			for (const f of p.data.facts) {
				const checked = f.checked.toISOString().slice(0, 10);
				if (!md.split('\n').some((l) => l.startsWith(`| ${f.claim.replace(/\|/g, '\\|')} |`) && l.includes(f.source) && l.endsWith(`| ${checked} |`))) {
					missing.push(`${p.id}.md: ${f.claim}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('keep the prose, with absolute links and no components, imports or diagram source', () => {
		const md = read('aws/s3.md');
		expect(md).toContain('## The page');
		expect(md).toMatch(/\]\(https:\/\/[^)]+\/aws\/emr\/\)/);
		expect(md).not.toMatch(/^import /m);
		expect(md).not.toMatch(/<[A-Z][A-Za-z]+[\s/>]/);
		expect(md).not.toContain('flowchart');
		expect(md).not.toMatch(/\]\(\/[a-z]/);
	});

	it('exist for service pages only', () => {
		expect(existsSync(join(DIST, 'compare.md'))).toBe(false);
		expect(guide.pages.every((p) => existsSync(join(DIST, `${p.id}.md`)))).toBe(true);
	});
});
