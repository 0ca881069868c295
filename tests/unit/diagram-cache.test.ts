/**
 * The diagram cache (src/diagrams/): keys name exactly what decides a rendering and never the base path, a
 * missing diagram fails with the reason when it cannot be rendered, and the end-of-build check finds unused entries.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diagramKey } from '../../src/diagrams/cache';
import { DiagramCacheMiss, DiagramError, diagramMode, forPage, naturalWidth, renderMermaid, resetDiagramUse, withBase } from '../../src/diagrams/render';
import { finishDiagrams } from '../../src/diagrams/finish';

const SOURCE = 'flowchart LR\n  a --> b\n';

describe('cache keys', () => {
	it('differ by source and by theme, and are stable', () => {
		expect(diagramKey(SOURCE, 'light')).toMatch(/^[0-9a-f]{16}$/);
		expect(diagramKey(SOURCE, 'light')).toBe(diagramKey(SOURCE, 'light'));
		expect(diagramKey(SOURCE, 'dark')).not.toBe(diagramKey(SOURCE, 'light'));
		expect(diagramKey(`${SOURCE}  b --> c\n`, 'light')).not.toBe(diagramKey(SOURCE, 'light'));
	});

	it('every committed entry is an SVG named by its key', () => {
		const files = readdirSync(join(import.meta.dirname, '..', '..', 'diagram-cache')).filter((f) => f.endsWith('.svg'));
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) expect(f).toMatch(/^[0-9a-f]{16}\.svg$/);
	});
});

describe('withBase', () => {
	it('adds the base path to the links of a rendered diagram, and nothing else', () => {
		const svg = '<svg><a xlink:href="/aws/s3/"><text>S3</text></a><a href="/aws/sqs/"/><a xlink:href="https://x.test/"/><path marker-end="url(#m)"/></svg>';
		expect(withBase(svg, '/guide/')).toBe(
			'<svg><a xlink:href="/guide/aws/s3/"><text>S3</text></a><a href="/guide/aws/sqs/"/><a xlink:href="https://x.test/"/><path marker-end="url(#m)"/></svg>',
		);
		expect(withBase(svg, '/')).toBe(svg);
	});

	it('gives every diagram link a plain href beside xlink:href (crawlers look for href), under the base', () => {
		expect(forPage('<svg viewBox="4 4 612.5 300"><a xlink:href="/aws/s3/"><text>S3</text></a></svg>', '/guide/')).toBe(
			'<svg viewBox="4 4 612.5 300"><a href="/guide/aws/s3/" xlink:href="/guide/aws/s3/"><text>S3</text></a></svg>',
		);
		expect(naturalWidth('<svg viewBox="4 4 612.2 300">')).toBe(613);
	});
});

describe('a diagram missing from the cache', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.doUnmock('../../src/chromium');
		vi.resetModules();
	});

	it('fails without rendering when rendering is turned off (GUIDE_DIAGRAMS=check)', async () => {
		vi.stubEnv('GUIDE_DIAGRAMS', 'check');
		await expect(renderMermaid(`${SOURCE}%% never cached\n`, 'light')).rejects.toThrow(
			new DiagramCacheMiss('rendering is turned off (GUIDE_DIAGRAMS=check)'),
		);
	});

	it('fails naming where it looked when there is no Chromium', async () => {
		vi.doMock('../../src/chromium', async (original) => ({
			...(await original<typeof import('../../src/chromium')>()),
			findChromium: async () => ({ path: undefined, looked: ['/usr/bin/chromium'] }),
		}));
		vi.resetModules();
		const render = await import('../../src/diagrams/render');
		const miss = render.renderMermaid(`${SOURCE}%% never cached either\n`, 'dark');
		await expect(miss).rejects.toBeInstanceOf(render.DiagramCacheMiss);
		await expect(miss).rejects.toThrow('not in the diagram cache, and no Chromium was found to render it (looked at /usr/bin/chromium)');
	});

	it('rejects an unknown GUIDE_DIAGRAMS value', () => {
		expect(() => diagramMode({ GUIDE_DIAGRAMS: 'sometimes' })).toThrow(DiagramError);
	});
});

describe('the end-of-build check', () => {
	const logger = () => {
		const lines: string[] = [];
		return { lines, logger: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } as never };
	};
	const cacheWith = (...keys: string[]) => {
		const dir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
		for (const k of keys) writeFileSync(join(dir, `${k}.svg`), '<svg/>');
		return dir;
	};
	afterEach(() => vi.unstubAllEnvs());

	it('fails in check mode on an entry no diagram used, naming the file and the command', async () => {
		resetDiagramUse();
		vi.stubEnv('GUIDE_DIAGRAMS', 'check');
		await expect(finishDiagrams(logger().logger, cacheWith('00000000000000aa'))).rejects.toThrow(
			/has 1 rendered diagram\(s\) that no page uses any more: .*00000000000000aa\.svg\. Run `npm run diagrams`/,
		);
	});

	it('removes it in update mode, and only warns in a plain build', async () => {
		resetDiagramUse();
		vi.stubEnv('GUIDE_DIAGRAMS', 'update');
		const dir = cacheWith('00000000000000bb');
		await finishDiagrams(logger().logger, dir);
		expect(readdirSync(dir)).toEqual([]);
		vi.stubEnv('GUIDE_DIAGRAMS', 'render');
		const { lines, logger: plain } = logger();
		const kept = cacheWith('00000000000000cc');
		await finishDiagrams(plain, kept);
		expect(readdirSync(kept)).toEqual(['00000000000000cc.svg']);
		expect(lines.at(-1)).toMatch(/^warn 1 rendered diagram\(s\) in .* are no longer used; `npm run diagrams` removes them$/);
	});
});
