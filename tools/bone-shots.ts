/**
 * Dev tool: screenshots of tools/bone-preview.html in headless Chromium.
 *   npx tsx tools/bone-shots.ts <out-prefix> "<query>" ["<query>" …]
 * Starts its own Vite dev server on a free port (or uses BONE_PREVIEW_URL if set). FILE=<glb> picks the
 * model under public/models (default bones.glb).
 */
import { createServer } from 'vite';
import { launch } from '../scripts/lib/browser';

const [prefix, ...queries] = process.argv.slice(2);
let base = process.env.BONE_PREVIEW_URL;
const vite = base ? undefined : await createServer({ server: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'error' });
if (vite) {
  await vite.listen();
  base = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
}
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 900), height: Number(process.env.H ?? 900) } });
page.on('pageerror', (e) => console.error('page error:', e.message));
let i = 0;
for (const query of queries) {
  const file = process.env.FILE ? `&file=${process.env.FILE}` : '';
  await page.goto(`${base}/tools/bone-preview.html?${query}${file}`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, { timeout: 180_000 });
  const out = `${prefix}${queries.length > 1 ? `-${i}` : ''}.png`;
  await page.screenshot({ path: out });
  console.log(out, query);
  i++;
}
await browser.close();
await vite?.close();
