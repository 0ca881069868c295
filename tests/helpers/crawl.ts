/**
 * Checks every internal reference of a built site the way a crawler would: each link, stylesheet, script,
 * image and diagram link must name a file in the output, and each #fragment an element id on the target page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath, htmlFiles } from './dist';

/** Returns "page -> reference (why)" for every broken internal reference under `base` in `dist`. */
export function brokenReferences(dist: string, base = '/'): string[] {
	const prefix = base.replace(/\/?$/, '/');
	const docs = new Map<string, HTMLElement>();
	const doc = (file: string) => {
		if (!docs.has(file)) docs.set(file, parse(readFileSync(file, 'utf8')));
		return docs.get(file)!;
	};
	const hasId = (file: string, id: string) =>
		id === '' || id === '_top' || doc(file).getElementById(id) !== null;

	const broken: string[] = [];
	for (const file of htmlFiles(dist)) {
		const pagePath = prefix + file.slice(dist.length + 1).replace(/index\.html$/, '');
		for (const el of doc(file).querySelectorAll('a[href], link[href], script[src], img[src], svg a')) {
			const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href');
			if (!ref || /^(https?:|mailto:|data:)/.test(ref)) continue;
			const [pathPart = '', fragment] = ref.split('#') as [string, string | undefined];
			const path = pathPart.split('?')[0]!;
			let target = file;
			if (path !== '') {
				const resolved = posix.resolve(posix.dirname(pagePath + 'x'), path);
				// posix.resolve drops a trailing slash; keep it so '/aws/s3/' means the page, not the folder.
				const absolute = path.endsWith('/') && !resolved.endsWith('/') ? `${resolved}/` : resolved;
				if (!absolute.startsWith(prefix)) {
					broken.push(`${pagePath} -> ${ref} (outside ${prefix})`);
					continue;
				}
				target = fileForPath(`/${absolute.slice(prefix.length)}`, dist);
				if (!existsSync(target)) {
					broken.push(`${pagePath} -> ${ref} (no such file)`);
					continue;
				}
			}
			if (fragment !== undefined && target.endsWith('.html') && !hasId(target, decodeURIComponent(fragment))) {
				broken.push(`${pagePath} -> ${ref} (no element with id "${fragment}")`);
			}
		}
	}
	return broken;
}
