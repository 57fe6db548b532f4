/** A quick screenshot of the built app (dist/) for looking at it: `npx tsx scripts/lib/shot.ts "?query" out.png [w h]`. */
import { launch } from './browser';
import { serve } from './server';

const [q = '', out = '/tmp/shot.png', w = '1280', h = '720'] = process.argv.slice(2);
const served = await serve('dist');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', (e) => console.log('pageerror:', e.message.slice(0, 200)));
await page.goto(`${served.url}/${q}`);
await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, { timeout: 120_000 });
await page.waitForTimeout(1800);
await page.screenshot({ path: out });
await browser.close();
await served.close();
