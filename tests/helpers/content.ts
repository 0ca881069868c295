/** Reads content/ the way a reviewer would: each page's frontmatter and body, without Astro. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT = join(ROOT, 'content');

export interface PageFile {
	/** e.g. "aws/sqs" */
	id: string;
	/** e.g. "content/aws/sqs.mdx" */
	file: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export function readPages(contentDir = CONTENT): PageFile[] {
	return walk(contentDir)
		.filter((p) => /\.mdx?$/.test(p) && !/(^|\/)_/.test(relative(contentDir, p)))
		.map((path) => {
			const text = readFileSync(path, 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
			if (!match) throw new Error(`${relative(ROOT, path)}: no frontmatter`);
			return {
				id: relative(contentDir, path).replace(/\.mdx?$/, ''),
				file: relative(ROOT, path),
				frontmatter: parse(match[1]!) as Record<string, unknown>,
				body: match[2]!,
			};
		});
}

export function readYaml(path: string): unknown {
	return parse(readFileSync(join(ROOT, path), 'utf8'));
}

export function readCounterparts(contentDir = CONTENT) {
	const dir = join(contentDir, 'data', 'counterparts');
	return walk(dir)
		.filter((p) => p.endsWith('.yaml'))
		.map((path) => ({
			id: relative(dir, path).replace(/\.yaml$/, ''),
			file: relative(ROOT, path),
			data: parse(readFileSync(path, 'utf8')) as Record<string, unknown>,
		}));
}

/** The reader-visible prose of an MDX body: no imports, components, code or markup. */
export function proseWords(body: string): number {
	const text = body
		.replace(/^import .*$/gm, '')
		.replace(/<PipelineDiagram[\s\S]*?\/>/g, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_`>|[\]()-]/g, ' ');
	return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** The level-2 headings of a body, in order. */
export function h2s(body: string): string[] {
	return [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
}

/** The text of the section under a level-2 heading. */
export function section(body: string, heading: string): string {
	const start = body.indexOf(`\n## ${heading}\n`);
	if (start < 0) return '';
	const rest = body.slice(start + heading.length + 5);
	const end = rest.search(/^## /m);
	return end < 0 ? rest : rest.slice(0, end);
}
