/**
 * The guide as plain Markdown, for AI assistants and anyone who wants the text: one document per service page
 * (served at /<cloud>/<service>.md), all of them in /llms-full.txt, and the index of every page in /llms.txt
 * (https://llmstxt.org). Built from the same data the pages render, so every fact keeps its value, its source and
 * the date it was checked; the page's own prose follows, with components and diagrams left out.
 */
import { CLOUD_LABELS, CLOUDS } from '../clouds';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site';
import type { Guide, ServicePage } from './guide';
import { isoDate, pageHref, siteFile } from './links';

/** A page's MDX prose as Markdown: no import lines, no JSX components (diagrams, asides), no blank-line runs. */
export function proseOf(body: string, absolute: (href: string) => string = (h) => h): string {
	return body
		.replace(/\]\((\/[^)\s]*)\)/g, (_m, href: string) => `](${absolute(siteFile(href))})`)
		.replace(/^import\s.*$/gm, '')
		.replace(/<([A-Z][A-Za-z]*)\b[\s\S]*?(?:\/>|<\/\1>)/g, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** One service page as Markdown: identity, facts with source and checked date, status notes, limits, then prose. */
export function servicePageMarkdown(page: ServicePage, body: string, absolute: (href: string) => string): string {
	const url = absolute(page.ref.href);
	const s = page.data;
	const lines = [
		`# ${page.title}`,
		'',
		`> ${page.description ?? s.compare.whatItIs}`,
		'',
		`- Cloud: ${CLOUD_LABELS[s.cloud]}`,
		`- Official name: ${s.name}`,
		`- Page: ${url}`,
		...s.formerNames.map((f) => `- Former name: ${f.name} (until ${isoDate(f.until)}; ${f.note} Source: ${f.source})`),
		'',
		'## Facts',
		'',
		'Each value as the provider documents it, with the page it comes from and the day it was last checked.',
		'',
		'| Fact | Value | Source | Checked |',
		'| --- | --- | --- | --- |',
		...s.facts.map((f) => `| ${cell(f.claim)} | ${cell(f.value + (f.note ? ` (${f.note})` : ''))} | ${f.source} | ${isoDate(f.checked)} |`),
		'',
	];
	if (s.status.length > 0) {
		lines.push('## Status notes', '');
		for (const n of s.status) lines.push(`- ${isoDate(n.date)}, ${n.kind}${n.subject ? ` (${n.subject})` : ''}: ${n.note} Source: ${n.source}`);
		lines.push('');
	}
	const c = s.compare;
	lines.push(
		'## In comparisons',
		'',
		`- What it is: ${c.whatItIs}`,
		`- Model: ${c.model}`,
		`- Pricing unit: ${c.pricingUnit}`,
		`- Key limit: ${c.keyLimit.text} (source: ${c.keyLimit.source})`,
		`- Scaling: ${c.scaling.text} (source: ${c.scaling.source})`,
		...(c.durability ? [`- Durability: ${c.durability.text} (source: ${c.durability.source})`] : []),
		...c.moreLimits.map((l) => `- Limit: ${l.text} (source: ${l.source})`),
		`- Pick it when: ${c.pickWhen}`,
		`- Pick something else when: ${s.avoidWhen}`,
		`- Works with: ${c.integrations}`,
		'',
		'## Gotchas',
		'',
		...s.gotchas.map((g) => `- ${g}`),
		'',
		'## Interview questions',
		'',
		...s.questions.flatMap((q) => [`**${q.question}**`, '', q.answer, '']),
		'## The page',
		'',
		proseOf(body, absolute),
		'',
	);
	return lines.join('\n');
}

/** The address of a page's Markdown version: /aws/s3/ -> /aws/s3.md (under the base path). */
export const markdownHref = (href: string): string => `${href.replace(/\/$/, '')}.md`;

/** /llms.txt: what the guide is, then every page with a one-line summary, grouped as the sidebar groups them. */
export function llmsIndex(guide: Guide, absolute: (href: string) => string, other: { href: string; title: string; summary: string }[]): string {
	const lines = [
		`# ${SITE_TITLE}`,
		'',
		`> ${SITE_DESCRIPTION}`,
		'',
		'Every number on a service page links the provider documentation it comes from and carries the date it was checked.',
		`The full text of every service page, with those sources and dates, is in [llms-full.txt](${absolute(siteFile('llms-full.txt'))}); each`,
		'service page also has a Markdown version at its address with `.md` in place of the trailing slash.',
		'',
	];
	for (const cloud of CLOUDS) {
		lines.push(`## ${CLOUD_LABELS[cloud]} services`, '');
		for (const p of guide.pages.filter((x) => x.data.cloud === cloud)) {
			lines.push(`- [${p.title}](${absolute(markdownHref(p.ref.href))}): ${p.description ?? p.data.compare.whatItIs}`);
		}
		lines.push('');
	}
	lines.push('## Comparisons', '');
	for (const c of guide.categories) lines.push(`- [${c.label} compared](${absolute(pageHref(`compare/${c.id}`))}): ${c.summary}`);
	lines.push('', '## Reference architectures', '');
	for (const a of guide.architectures) lines.push(`- [${a.title}](${absolute(a.href)}): the same pipeline on all three clouds (${a.steps.map((s) => s.step).join(', ')})`);
	lines.push('', '## Optional', '');
	for (const o of other) lines.push(`- [${o.title}](${absolute(o.href)}): ${o.summary}`);
	lines.push('');
	return lines.join('\n');
}
