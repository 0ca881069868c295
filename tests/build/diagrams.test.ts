/** Pipeline diagrams in the built HTML: one inline SVG coloured for both themes, accessible, linked, and no diagram JavaScript. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles, page, text } from '../helpers/dist';
import { SERVICE_IDS } from '../helpers/expectations';

describe.each(SERVICE_IDS)('/%s/', (id) => {
	const doc = page(`/${id}/`);
	const figure = doc.querySelector('figure.pipeline-diagram');

	it('has one inline SVG with colours for both themes, and an accessible name', () => {
		expect(figure).not.toBeNull();
		const svgs = figure!.querySelectorAll('.diagram-svg svg');
		expect(svgs.length).toBe(1);
		const svg = svgs[0]!;
		expect(svg.querySelector('style')!.textContent).toContain(`@media screen{:root[data-theme=dark] #${svg.id}{`);
		const titleId = svg.getAttribute('aria-labelledby')!;
		expect(text(svg.querySelector(`title[id="${titleId}"]`)).length).toBeGreaterThan(10);
		expect(svg.getAttribute('aria-describedby')).toBeTruthy();
	});

	it('lists the diagram as text', () => {
		expect(figure!.querySelectorAll('.diagram-text li').length).toBeGreaterThanOrEqual(3);
	});

	it('highlights its own service and links other guide pages', () => {
		const svg = figure!.querySelector('.diagram-svg svg')!;
		expect(svg.querySelectorAll('.focus').length).toBeGreaterThanOrEqual(1);
		for (const a of svg.querySelectorAll('a')) {
			const href = a.getAttribute('xlink:href') ?? a.getAttribute('href');
			expect(SERVICE_IDS.map((s) => `/${s}/`)).toContain(href);
		}
	});
});

describe('no diagram JavaScript', () => {
	it('no built page loads Mermaid or any diagram script', () => {
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).not.toMatch(/<script[^>]*src="[^"]*mermaid/i);
			expect(html, file).not.toMatch(/mermaid\.(initialize|run|render)\(/);
		}
	});

	it('a page with a diagram loads the same scripts as a page without one', () => {
		const scripts = (path: string) =>
			page(path)
				.querySelectorAll('script[src]')
				.map((s) => s.getAttribute('src'))
				.sort();
		// The glossary has a table of contents like a service page, and no diagram.
		expect(scripts('/aws/sqs/')).toEqual(scripts('/glossary/'));
	});
});
