/** Renders a short inline-Markdown string from the data (`code`, **bold**, *emphasis*, links) to HTML. */
import { marked } from 'marked';

export function inlineMarkdown(text: string): string {
	return marked.parseInline(text, { async: false });
}
