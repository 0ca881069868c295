/** The pages of a built site a reader can open (redirect stubs excluded), as URL paths. */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { DIST, htmlFiles, isRedirectPage } from './dist';

export function readablePages(dist = DIST): string[] {
	return htmlFiles(dist)
		.filter((file) => statSync(file).size > 0 && !isRedirectPage(readFileSync(file, 'utf8')))
		.map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`)
		.sort();
}
