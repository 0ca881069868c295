import { chromium } from 'playwright-core';
import { preview } from 'astro';
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4988 } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const paths = process.argv.slice(2);
for (const w of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  for (const p of paths) {
    await page.goto(`http://127.0.0.1:4988${p}`);
    const sizes = await page.evaluate(() => [...document.querySelectorAll('.pipeline-diagram .diagram-svg:not([style*=none]) svg')].filter(s => s.checkVisibility()).map(svg => {
      let min = 99; for (const t of svg.querySelectorAll('text')) { const r = t.getBoundingClientRect(); if (r.height > 0) min = Math.min(min, r.height); }
      return Math.round(min * 10) / 10;
    }));
    console.log(w, p, sizes.join(' '));
  }
  await page.close();
}
await browser.close(); await server.stop();
