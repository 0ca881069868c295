/** Where each page's social preview card lives: one 1200x630 PNG per page under /og/. */
export const CARD = { width: 1200, height: 630 };

/** The card's path for a page path or id: '/aws/s3/' -> 'og/aws/s3.png', '/' -> 'og/index.png', '/404.html' -> 'og/404.png'. */
export function cardPath(pagePath: string): string {
	const id = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '').replace(/(^|\/)index$/, '') || 'index';
	return `og/${id}.png`;
}
