/**
 * Every service page is a complete study page: valid service data, every section, enough questions
 * and gotchas, a sensible length, and facts that link the provider's own documentation.
 */
import { describe, expect, it } from 'vitest';
import { PROVIDER_DOC_HOSTS, serviceSchema } from '../../src/schemas';
import { h2s, proseWords, readPages, section } from '../helpers/content';
import { REQUIRED_SECTIONS, SERVICE_IDS } from '../helpers/expectations';

const pages = readPages().filter((p) => /^(aws|gcp|azure)\//.test(p.id));
const only = process.env.ONLY_PAGES?.split(',');
const checked = only ? pages.filter((p) => only.includes(p.id)) : pages;

describe('the set of service pages', () => {
	it.skipIf(Boolean(only))('is exactly the 21 published pages', () => {
		expect(pages.map((p) => p.id).sort()).toEqual([...SERVICE_IDS].sort());
	});
});

describe.each(checked.map((p) => [p.file, p] as const))('%s', (_file, page) => {
	const parsed = serviceSchema.safeParse(page.frontmatter['service']);

	it('has a valid service block', () => {
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data?.cloud).toBe(page.id.split('/')[0]);
	});

	it('has a title and a description', () => {
		expect(typeof page.frontmatter['title']).toBe('string');
		expect(String(page.frontmatter['description'] ?? '').length).toBeGreaterThan(40);
	});

	it('has every section, in order', () => {
		expect(h2s(page.body)).toEqual(REQUIRED_SECTIONS);
	});

	it('opens with a summary before the first section', () => {
		const intro = page.body.slice(0, page.body.indexOf('\n## ')).replace(/^import .*$/gm, '').trim();
		const sentences = intro.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3);
		expect(sentences.length).toBeGreaterThanOrEqual(2);
	});

	it('is a real study page (700-1,500 words of prose, interview questions and answers included)', () => {
		const questions = (parsed.data?.questions ?? []).map((q) => `${q.question} ${q.answer}`).join(' ');
		const gotchas = (parsed.data?.gotchas ?? []).join(' ');
		const words = proseWords(page.body) + proseWords(`${questions} ${gotchas}`);
		expect(words).toBeGreaterThanOrEqual(700);
		expect(words).toBeLessThanOrEqual(1500);
	});

	it('asks at least 5 interview questions as data, each with what a strong answer covers', () => {
		const questions = parsed.data?.questions ?? [];
		expect(questions.length).toBeGreaterThanOrEqual(5);
		for (const q of questions) expect(`${q.question} ${q.answer}`.length).toBeGreaterThan(120);
		expect(new Set(questions.map((q) => q.question)).size).toBe(questions.length);
		// The section shows them from the data; no question is also written out in prose.
		expect(section(page.body, 'Interview focus').trim()).toBe('<InterviewQuestions />');
	});

	it('lists at least 3 gotchas as data, shown by the Gotchas section', () => {
		expect(parsed.data?.gotchas.length ?? 0).toBeGreaterThanOrEqual(3);
		expect(section(page.body, 'Gotchas').trim()).toBe('<Gotchas />');
	});

	it('marks 3 to 5 key facts for the cheat sheet', () => {
		const key = (parsed.data?.facts ?? []).filter((f) => f.key);
		expect(key.length).toBeGreaterThanOrEqual(3);
		expect(key.length).toBeLessThanOrEqual(5);
	});

	it('draws where it sits in a pipeline, with an accessible title and description', () => {
		const part = section(page.body, 'Where it sits in a pipeline');
		expect(part).toMatch(/<PipelineDiagram code=\{`\s*flowchart/);
		expect(part).toMatch(/^\s*accTitle: .{10,}$/m);
		expect(part).toMatch(/^\s*accDescr: .{20,}$/m);
		// The page's own service is a node, so the diagram highlights it.
		expect(part).toContain(`${page.id.replace(/[/-]/g, '_')}[`);
	});

	it('renders its numbers and its comparison from the data', () => {
		expect(section(page.body, 'Numbers worth knowing')).toContain('<NumbersWorthKnowing />');
		expect(section(page.body, 'Compared with')).toContain('<ComparedWith />');
	});

	it('has at least 5 facts, each sourced on a provider documentation site with a date', () => {
		const facts = parsed.data?.facts ?? [];
		expect(facts.length).toBeGreaterThanOrEqual(5);
		const hosts = Object.values(PROVIDER_DOC_HOSTS).flat();
		for (const fact of facts) {
			const url = new URL(fact.source);
			expect(url.protocol).toBe('https:');
			expect(hosts).toContain(url.hostname);
			expect(fact.checked.getTime()).not.toBeNaN();
		}
	});

	it('links other guide pages by their published path (/aws/s3/), which the build checks and prefixes with base', () => {
		const links = [...page.body.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
		const internal = links.filter((l) => !/^(https:|mailto:|#)/.test(l));
		expect(internal.filter((l) => !/^\/[a-z0-9-]+\/([a-z0-9-]+\/)?(#[a-z0-9-]+)?$/.test(l))).toEqual([]);
	});
});
