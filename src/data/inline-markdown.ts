/**
 * Renders a short inline-Markdown string from the data (`code`, **bold**, *emphasis*, links) to HTML. Links to
 * the guide's own pages are written root-relative, as in content (`[S3](/aws/s3/)`), and get the site's base here,
 * as the Markdown step gives them in prose (src/markdown/content-links.ts); links to other sites get
 * `rel="external"` there and here alike, which the styles mark with an outward arrow.
 */
import { Marked } from 'marked';
import { withBase } from '../markdown/content-links';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const marked = new Marked({
	walkTokens(token) {
		if (token.type === 'link') token.href = withBase(token.href, import.meta.env.BASE_URL);
	},
	renderer: {
		link({ href, title, tokens }) {
			const text = this.parser.parseInline(tokens);
			const external = /^https?:\/\//.test(href) ? ' rel="external"' : '';
			return `<a href="${escapeAttr(href)}"${title ? ` title="${escapeAttr(title)}"` : ''}${external}>${text}</a>`;
		},
	},
});

export function inlineMarkdown(text: string): string {
	return marked.parseInline(text, { async: false });
}
