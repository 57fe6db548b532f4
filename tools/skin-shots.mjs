// Dev tool: screenshots of tools/skin-preview.html, served by a Vite dev server on a free port.
// Usage: node tools/skin-shots.mjs out-dir name=query ...   (query: see tools/skin-preview.ts)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const [out, ...shots] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text());
  });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  for (const s of shots) {
    const cut = s.indexOf('=');
    const name = s.slice(0, cut);
    const query = s.slice(cut + 1);
    const w = /(?:^|&)w=(\d+)/.exec(query)?.[1] ?? 900;
    const h = /(?:^|&)h=(\d+)/.exec(query)?.[1] ?? 1100;
    await page.setViewportSize({ width: Number(w), height: Number(h) });
    await page.goto(`http://127.0.0.1:${port}/tools/skin-preview.html?${query}`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 180000 });
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log('wrote', `${out}/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
