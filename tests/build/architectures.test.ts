/** Reference architectures, as built: each pipeline drawn on all three clouds and mapped step by step from the data. */
import { describe, expect, it } from 'vitest';
import { architectureSchema } from '../../src/schemas';
import { CLOUD_LABELS, CLOUDS } from '../../src/schemas';
import { page, text } from '../helpers/dist';
import { readPages } from '../helpers/content';
import { SERVICE_IDS } from '../helpers/expectations';

const architectures = readPages()
	.filter((p) => p.id.startsWith('architectures/') && p.frontmatter['architecture'])
	.map((p) => ({ ...p, data: architectureSchema.parse(p.frontmatter['architecture']) }));

describe('/architectures/', () => {
	it('lists at least six reference architectures, each linked', () => {
		expect(architectures.length).toBeGreaterThanOrEqual(6);
		const links = page('/architectures/').querySelectorAll('.architecture-list a').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(architectures.map((a) => `/${a.id}/`).sort());
	});
});

describe.each(architectures.map((a) => [a.id, a] as const))('/%s/', (id, arch) => {
	const doc = page(`/${id}/`);

	it('draws the pipeline once per cloud as inline SVG with an accessible name', () => {
		const figures = doc.querySelectorAll('figure.pipeline-diagram');
		expect(figures.length).toBe(3);
		figures.forEach((f, i) => {
			const title = text(f.querySelector('.diagram-svg svg title'));
			expect(title).toContain(CLOUD_LABELS[CLOUDS[i]!]);
		});
	});

	it('maps every step to a service on each cloud, linked to our page or the provider docs', () => {
		const rows = doc.querySelectorAll('table.architecture-map tbody tr');
		expect(rows.map((r) => text(r.querySelector('th')))).toEqual(arch.data.steps.map((s) => s.step));
		rows.forEach((row, i) => {
			row.querySelectorAll('td').forEach((td, c) => {
				const serviceId = arch.data.steps[i]![CLOUDS[c]!];
				const href = td.querySelector('a')!.getAttribute('href');
				expect(href).toEqual(SERVICE_IDS.includes(serviceId) ? `/${serviceId}/` : expect.stringMatching(/^https:\/\//));
			});
		});
	});

	it('explains its design choices', () => {
		expect(doc.querySelector('h2#design-choices-and-trade-offs')).not.toBeNull();
		expect(doc.querySelectorAll('h2#design-choices-and-trade-offs ~ ul li, .sl-markdown-content ul li').length).toBeGreaterThanOrEqual(4);
	});
});

describe('service pages link the architectures they appear in', () => {
	it.each(SERVICE_IDS)('/%s/', (id) => {
		const expected = architectures.filter((a) => a.data.steps.some((s) => CLOUDS.some((c) => s[c] === id))).map((a) => `/${a.id}/`);
		const links = page(`/${id}/`).querySelectorAll('.service-used-in[data-used-in="architectures"] a').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(expected.sort());
	});
});

describe('Google Cloud IoT Core', () => {
	it('is named as retired on the IoT architecture page', () => {
		expect(text(page('/architectures/iot-telemetry-streaming/').querySelector('main'))).toMatch(/Cloud IoT Core was retired on 16 August 2023/);
	});
});
