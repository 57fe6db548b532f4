/**
 * `npx tsx scripts/app-screenshots.ts [--no-build]`: the whole app as people meet it, into docs/images/ —
 * a desktop (1280×720) and a phone (390×844) opening a physio's link to the right psoas major with its
 * pain zones, presenter mode on a projector, and the quiz on a phone at a "which muscle refers here"
 * question. Reduced motion, so the camera is where the link puts it without gliding.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launch } from './lib/browser';
import { serve } from './lib/server';

interface Shot {
  name: string;
  query: string;
  width: number;
  height: number;
  /** Done in the page once it is ready, before the picture. */
  before?: string;
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };
const SHOTS: Shot[] = [
  { name: 'app-desktop', query: 'muscle=psoas_major_r&zones=1', ...DESKTOP },
  { name: 'app-phone', query: 'muscle=psoas_major_r&zones=1', ...PHONE },
  { name: 'app-presenter', query: 'mode=present&muscle=psoas_major_r&zones=1', ...DESKTOP },
  // The second question of a session is a "which muscle refers pain here" one; Skip reaches it.
  { name: 'app-phone-quiz', query: 'mode=quiz', ...PHONE, before: "document.querySelector('.quiz-panel .actions button').click()" },
];

if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
mkdirSync('docs/images', { recursive: true });
const served = await serve('dist');
const browser = await launch();
for (const shot of SHOTS) {
  const phone = shot.width < 900;
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    reducedMotion: 'reduce',
    hasTouch: phone,
    isMobile: phone,
  });
  const page = await context.newPage();
  // One quiz order for the picture.
  await page.addInitScript(() => {
    (window as unknown as { myomapQuizSeed: number }).myomapQuizSeed = 12;
  });
  await page.goto(`${served.url}/?${shot.query}`);
  await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, { timeout: 120_000 });
  if (shot.before) await page.evaluate(shot.before);
  // Let the view settle: the models' first frames, a camera move to the link's structure.
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `docs/images/${shot.name}.png` });
  console.log(`docs/images/${shot.name}.png`);
  await context.close();
}
await browser.close();
await served.close();
