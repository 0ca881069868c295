// The scale run: a copy of content/ (and of the diagram cache beside it) plus N synthetic pages (prose, headings,
// a table, links to real pages), built with the real config, so time per page can be compared with the real build.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const WORDS = 'partition replica throughput latency schema catalog queue stream batch warehouse lake index cache shard region zone snapshot retention backup scaling quota pricing consistency durability encryption'.split(' ');
const LINKS = ['/aws/s3/', '/aws/sqs/', '/gcp/bigquery/', '/azure/blob-storage/', '/aws/lambda/#gotchas'];

function paragraph(seed, words = 90) {
	const out = [];
	for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
	return `${out.join(' ')}.`;
}

/** Writes <site>/content and <site>/diagram-cache; returns the content folder. */
export function writeScaledContent(site, extraPages) {
	rmSync(site, { recursive: true, force: true });
	const dir = join(site, 'content');
	mkdirSync(dir, { recursive: true });
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	cpSync(join(ROOT, 'diagram-cache'), join(site, 'diagram-cache'), { recursive: true });
	const synthetic = join(dir, 'synthetic');
	mkdirSync(synthetic, { recursive: true });
	for (let n = 1; n <= extraPages; n++) {
		const id = String(n).padStart(4, '0');
		const sections = [1, 2, 3, 4]
			.map((s) => `## Section ${s}\n\n${paragraph(n + s)}\n\n${paragraph(n * s)} See [a real page](${LINKS[(n + s) % LINKS.length]}).\n`)
			.join('\n');
		writeFileSync(
			join(synthetic, `page-${id}.mdx`),
			`---\ntitle: Synthetic page ${id}\ndescription: A generated page for the scale benchmark.\n---\n\n${paragraph(n)}\n\n${sections}\n| Figure | Value |\n| --- | --- |\n| a | ${n} |\n| b | ${n * 2} |\n`,
		);
	}
	return dir;
}
