/** Diagram colours meet WCAG AA (4.5:1) for node text, edge labels and the highlighted node, in both themes. */
import { describe, expect, it } from 'vitest';
import { FOCUS, ROLE_STYLES, THEMES } from '../../src/diagrams/themes';

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
		c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
	);
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(Object.entries(THEMES))('%s theme', (_name, config) => {
	const v = config['themeVariables'] as Record<string, string>;
	it('node text on node fill', () => expect(contrast(v['primaryTextColor']!, v['primaryColor']!)).toBeGreaterThanOrEqual(4.5));
	it('edge labels on their background', () => expect(contrast(v['textColor']!, v['edgeLabelBackground']!)).toBeGreaterThanOrEqual(4.5));
	it('edge labels on the page background', () => expect(contrast(v['textColor']!, v['background']!)).toBeGreaterThanOrEqual(4.5));
	it('lines stand out from the background (3:1 for graphics)', () => expect(contrast(v['lineColor']!, v['background']!)).toBeGreaterThanOrEqual(3));
});

it('the highlighted node keeps its text readable', () => {
	expect(contrast(FOCUS.text, FOCUS.fill)).toBeGreaterThanOrEqual(4.5);
});

describe.each(Object.entries(ROLE_STYLES))('%s theme, by role', (theme, roles) => {
	const text = THEMES[theme as keyof typeof THEMES].themeVariables['primaryTextColor']!;
	it.each(Object.entries(roles))('%s nodes keep the theme text readable on their fill', (_role, style) => {
		expect(contrast(text, style.fill)).toBeGreaterThanOrEqual(4.5);
	});
});
