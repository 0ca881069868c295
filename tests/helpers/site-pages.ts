/** The pages of a built site a reader can open (redirect stubs excluded), as URL paths. */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { DIST, htmlFiles } from './dist';

export function readablePages(dist = DIST): string[] {
	return htmlFiles(dist)
		.filter((file) => !/<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000)) && statSync(file).size > 0)
		.map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`)
		.sort();
}
