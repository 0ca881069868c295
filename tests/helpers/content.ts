/**
 * Reads content/ the way a reviewer would: each page's frontmatter (with Astro's own frontmatter parser, the one
 * its content layer uses) and body, without a build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
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
			const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
			return {
				id: relative(contentDir, path).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '$1').replace(/\/$/, '') || 'index',
				file: relative(ROOT, path),
				frontmatter: frontmatter as Record<string, unknown>,
				body: content,
			};
		});
}

export function readYaml(path: string): unknown {
	return parse(readFileSync(join(ROOT, path), 'utf8'));
}

/**
 * A content folder of one-YAML-file-per-entry data (decide/, interview/, study-plans/), each file parsed with the
 * site's schema, as the resolvers take them: id (the file's name), path as messages name it, data.
 */
export function readDataFolder<T>(folder: string, schema: { parse: (data: unknown) => T }): { id: string; filePath: string; data: T }[] {
	return readdirSync(join(CONTENT, folder))
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => ({ id: f.replace(/\.yaml$/, ''), filePath: `content/${folder}/${f}`, data: schema.parse(readYaml(`content/${folder}/${f}`)) }));
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
