// Dev tool: screenshots of tools/skin-preview.html. Usage: node tools/skin-shots.mjs out-dir name=query ...
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [out, ...shots] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const s of shots) {
  const cut = s.indexOf('=');
  const name = s.slice(0, cut);
  const query = s.slice(cut + 1);
  const url = `http://127.0.0.1:5181/tools/skin-preview.html?${query ?? ''}`;
  const w = /(?:^|&)w=(\d+)/.exec(query ?? '')?.[1] ?? 900;
  const h = /(?:^|&)h=(\d+)/.exec(query ?? '')?.[1] ?? 1100;
  await page.setViewportSize({ width: Number(w), height: Number(h) });
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 120000 });
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log('wrote', `${out}/${name}.png`);
}
await browser.close();
