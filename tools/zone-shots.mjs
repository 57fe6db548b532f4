// Dev tool: screenshots of tools/zone-preview.html (served by vite on ZONE_PORT, default 5187).
// Usage: node tools/zone-shots.mjs out-dir name=query ...
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [out, ...shots] = process.argv.slice(2);
const port = process.env.ZONE_PORT ?? '5187';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
    '--disable-background-networking',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text());
});
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const s of shots) {
  const cut = s.indexOf('=');
  const name = s.slice(0, cut);
  const query = s.slice(cut + 1);
  await page.goto(`http://127.0.0.1:${port}/tools/zone-preview.html?${query}`);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 120000 });
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log('wrote', `${out}/${name}.png`);
}
await browser.close();
