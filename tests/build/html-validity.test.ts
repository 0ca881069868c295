/** Every built page, redirects included, is valid HTML by html-validate's standard, a11y and document rules. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist';
import { htmlValidateConfig } from '../config/html-validate';

const validator = new HtmlValidate(htmlValidateConfig);
const files = htmlFiles();

describe('HTML validity', () => {
	it('checks every built page', () => {
		expect(files.length).toBeGreaterThanOrEqual(50);
	});

	it.each(files.map((f) => [relative(DIST, f), f] as const))('%s has no error', async (_name, file) => {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const messages = report.results.flatMap((r) =>
			r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message} at ${m.selector ?? 'document'}`),
		);
		expect(messages).toEqual([]);
	});

	it('would catch an invalid page (the validator is not a no-op)', async () => {
		const report = await validator.validateString(
			'<!doctype html><html lang="en"><head><title>x</title></head><body><main><p><div>block in p</div></p><img src="a.png"></main></body></html>',
		);
		const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
		expect(rules).toContain('wcag/h37'); // image without alt text
		expect(report.valid).toBe(false);
	});
});
