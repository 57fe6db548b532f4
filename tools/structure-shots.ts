/**
 * Dev tool: screenshots of tools/structure-preview.html in headless Chromium.
 *   npx tsx tools/structure-shots.ts <out-prefix> "<query>" ["<query>" …]
 * Needs `npx vite --port $PORT --strictPort` running in the repository (PORT, default 5180).
 */
import { chromium } from 'playwright-core';

const [prefix, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(process.env.W ?? 900), height: Number(process.env.H ?? 900) },
});
page.on('pageerror', (e) => console.error('page error:', e.message));
let i = 0;
for (const query of queries) {
  await page.goto(`http://127.0.0.1:${process.env.PORT ?? 5180}/tools/structure-preview.html?${query}`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, {
    timeout: 120_000,
  });
  const out = `${prefix}${queries.length > 1 ? `-${i}` : ''}.png`;
  await page.screenshot({ path: out });
  console.log(out, query);
  i++;
}
await browser.close();
