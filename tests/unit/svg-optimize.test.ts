import { describe, expect, it } from 'vitest';
import { optimizeSvg, trimUnused } from '../../src/diagrams/optimize';

const SVG =
	'<svg id="diagram-light-1" aria-labelledby="t-1" role="graphics-document document" viewBox="0 0 100 50"><title id="t-1">T</title><desc id="d-1">D</desc>' +
	'<style>#diagram-light-1 .edgeLabel rect { opacity: 0.5; fill: #ffffff; }</style>' +
	'<g class="edgeLabel" data-id="L_a_b_0"><rect class="background" x="1.23456" y="2.34567" width="10" height="5"></rect><text>label</text></g>' +
	'<a xlink:href="/aws/s3/"><path d="M 10.123456 20.987654 L 30.55555 40.44444" data-points="AAAA"></path></a></svg>';

describe('optimizeSvg', () => {
	const out = optimizeSvg(SVG);
	it('keeps ids, title, description, roles, links and the shapes Mermaid styles by element type', () => {
		expect(out).toContain('id="diagram-light-1"');
		expect(out).toContain('aria-labelledby="t-1"');
		expect(out).toContain('<title id="t-1">T</title>');
		expect(out).toContain('<desc id="d-1">D</desc>');
		expect(out).toContain('role="graphics-document document"');
		expect(out).toMatch(/xlink:href="\/aws\/s3\/"/);
		expect(out).toMatch(/<rect class="background"/);
		expect(out).toContain('.edgeLabel rect');
	});
	it('drops bookkeeping attributes and excess precision', () => {
		expect(out).not.toContain('data-points');
		expect(out).not.toContain('data-id');
		expect(out).not.toContain('10.123456');
		expect(out.length).toBeLessThan(SVG.length);
	});
});

describe('trimUnused', () => {
	it('drops markers and gradients nothing refers to, and keeps the ones edges use', () => {
		const svg =
			'<svg id="m"><style>#m .a{fill:#fff}</style><marker id="m_pointEnd"><path d="m0 0"/></marker><marker id="m_crossEnd"><path d="m1 1"/></marker>' +
			'<linearGradient id="m-gradient"><stop/></linearGradient><path marker-end="url(#m_pointEnd)" d="M0 0"/></svg>';
		expect(trimUnused(svg)).toBe('<svg id="m"><style>#m .a{fill:#fff}</style><marker id="m_pointEnd"><path d="m0 0"/></marker><path marker-end="url(#m_pointEnd)" d="M0 0"/></svg>');
	});

	it("drops the neo look, animations and scoped :root rules, and keeps every other rule", () => {
		const css =
			'@keyframes dash{to{stroke-dashoffset:0}}#m .node rect{fill:#fff}#m [data-look=neo].node rect,#m [data-look=neo].node path{stroke:red}' +
			'#m :root{--f:x}#m .edgeLabel{color:#000}';
		expect(trimUnused(`<svg id="m"><style>${css}</style><g/></svg>`)).toBe('<svg id="m"><style>#m .node rect{fill:#fff}#m .edgeLabel{color:#000}</style><g/></svg>');
	});
});
