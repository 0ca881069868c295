/** One SVG for both themes (src/diagrams/merge-themes.ts): differing colours become custom properties, or no merge. */
import { describe, expect, it } from 'vitest';
import { mergeThemes } from '../../src/diagrams/merge-themes';

const svg = (id: string, bg: string, text: string, marker = '#000000') =>
	`<svg id="${id}" viewBox="0 0 10 10"><style>#${id} .node rect{fill:${bg}}#${id} text{fill:${text}}</style>` +
	`<g class="node" style="fill:${bg} !important"><rect/></g><path fill="${marker}" d="M0 0"/><text>A</text></svg>`;

describe('mergeThemes', () => {
	it('keeps the light drawing and sets each differing colour per theme, dark on screen only', () => {
		const merged = mergeThemes(svg('mmd-a', '#ffffff', '#111111'), svg('mmd-b', '#222222', '#eeeeee'))!;
		expect(merged).toContain('<svg id="mmd-a"');
		expect(merged).not.toContain('mmd-b');
		expect(merged).toContain('#mmd-a{--t0:#ffffff;--t1:#111111}@media screen{:root[data-theme=dark] #mmd-a{--t0:#222222;--t1:#eeeeee}}');
		expect(merged).toContain('#mmd-a .node rect{fill:var(--t0)}');
		expect(merged).toContain('style="fill:var(--t0) !important"');
		expect(merged).toContain('fill="#000000"');
	});

	it('sets a differing colour in a paint attribute with a rule on that attribute, placed before Mermaid\'s own rules', () => {
		const merged = mergeThemes(svg('mmd-a', '#ffffff', '#111111', '#000000'), svg('mmd-b', '#222222', '#eeeeee', '#ffffff'))!;
		expect(merged).toContain('fill="#000000"');
		expect(merged).toMatch(/<style>#mmd-a\{[^}]*--t2:#000000\}@media screen\{[^}]*--t2:#ffffff\}\}#mmd-a \[fill="#000000"\]\{fill:var\(--t2\)\}#mmd-a \.node rect/);
	});

	it('refuses when a differing colour is in an attribute that is not a paint', () => {
		const light = '<svg id="a"><style>#a x{fill:#ffffff}</style><g data-c="#ffffff"/></svg>';
		const dark = '<svg id="b"><style>#b x{fill:#000000}</style><g data-c="#000000"/></svg>';
		expect(mergeThemes(light, dark)).toBeUndefined();
	});

	it('refuses when one light colour stands for two dark ones', () => {
		const light = '<svg id="a"><style>#a x{fill:#ffffff}#a y{fill:#ffffff}</style></svg>';
		const dark = '<svg id="b"><style>#b x{fill:#000000}#b y{fill:#333333}</style></svg>';
		expect(mergeThemes(light, dark)).toBeUndefined();
	});

	it('refuses renderings with different numbers of colours', () => {
		expect(mergeThemes('<svg id="a"><style>x{fill:#fff}</style></svg>', '<svg id="b"><style>x{fill:#000;stroke:#111}</style></svg>')).toBeUndefined();
	});
});
