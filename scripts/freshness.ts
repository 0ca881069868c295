/**
 * `npm run freshness`: how fresh the guide's facts are, per service page: the page's verified date (its oldest
 * check), and every fact not re-checked for RECHECK_AFTER_MONTHS months, oldest first. A report, never a failure:
 * time passing does not break the build. `--today=YYYY-MM-DD` (or GUIDE_TODAY) reports as of another day.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { isDue, lastVerified, RECHECK_AFTER_MONTHS, today } from '../src/data/freshness.ts';

const ROOT = join(import.meta.dirname, '..');
const CONTENT = join(ROOT, process.env['GUIDE_CONTENT_DIR'] ?? 'content');
const given = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
const now = today(given ? { GUIDE_TODAY: given } : process.env);

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const day = (d: Date) => d.toISOString().slice(0, 10);

interface Row {
	page: string;
	verified: Date;
	facts: number;
	due: { claim: string; checked: Date; source: string }[];
}
const rows: Row[] = [];
for (const file of walk(CONTENT).filter((f) => f.endsWith('.mdx'))) {
	const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
	const service = (frontmatter as { service?: { facts: { claim: string; checked: string | Date; source: string }[] } }).service;
	if (!service) continue;
	const facts = service.facts.map((f) => ({ ...f, checked: new Date(f.checked) }));
	rows.push({ page: relative(ROOT, file), verified: lastVerified(facts), facts: facts.length, due: facts.filter((f) => isDue(f, now)) });
}
rows.sort((a, b) => a.verified.getTime() - b.verified.getTime());

const due = rows.reduce((n, r) => n + r.due.length, 0);
const total = rows.reduce((n, r) => n + r.facts, 0);
console.log(`Facts as of ${day(now)}: ${total} on ${rows.length} pages; ${due} not re-checked for ${RECHECK_AFTER_MONTHS} months or more.\n`);
console.table(rows.map((r) => ({ page: r.page, 'verified (oldest check)': day(r.verified), facts: r.facts, due: r.due.length })));
for (const r of rows.filter((r) => r.due.length > 0)) {
	console.log(`\n${r.page}`);
	for (const f of r.due.sort((a, b) => a.checked.getTime() - b.checked.getTime())) console.log(`  ${day(f.checked)}  ${f.claim}  ${f.source}`);
}
