/**
 * Shared browser-test helpers: open a page of the built app, wait for its ready signal, record console
 * errors and every request that tries to leave 127.0.0.1.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export interface Opened {
  page: Page;
  errors: string[];
  external: string[];
}

let browser: Browser;

export function connectBrowser() {
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export const baseUrl = () => inject('baseUrl');

/**
 * Resolves once the first viewer has drawn no new frame for three animation frames in a row and has none
 * requested: the camera has stopped, the zones are painted, nothing is playing. (The viewer draws on
 * demand, so a quiet frame counter is the signal that what is on the canvas is final; the requested
 * count matters on a software renderer, where one slow frame holds the next back for a second.)
 */
export function settled(page: Page, viewer = 'main'): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((done) => {
        const probes = (window as unknown as { myomapProbes: Record<string, { frames(): number; pendingFrames(): number }> })
          .myomapProbes;
        let last = -1;
        let quiet = 0;
        const tick = () => {
          const f = probes[name]!.frames();
          quiet = f === last && probes[name]!.pendingFrames() === 0 ? quiet + 1 : 0;
          last = f;
          if (quiet >= 3) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    viewer,
  );
}

export async function open(
  path: string,
  options: {
    width?: number;
    height?: number;
    reducedMotion?: boolean;
    touch?: boolean;
    ready?: boolean;
    /** Runs in the page before any of its scripts (e.g. to stub a browser API). */
    init?: () => void;
    /** Runs with the page before it navigates (e.g. to install a fake clock). */
    setup?: (page: Page) => Promise<void>;
    /** Another server to open the page from (e.g. a host page on a second origin); the app's by default. */
    base?: string;
  } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  // Ask for the test probe (window.myomapProbe) before any page script runs; production pages have none.
  await page.addInitScript(() => {
    (window as unknown as { myomapTestHooks: boolean }).myomapTestHooks = true;
  });
  if (options.init) await page.addInitScript(options.init);
  if (options.setup) await options.setup(page);
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) external.push(r.url());
  });
  await page.goto(`${options.base ?? baseUrl()}${path}`);
  if (options.ready !== false) {
    await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, {
      timeout: 90_000,
    });
  }
  return { page, errors, external };
}

/** Resolves once the viewer has drawn `n` more frames (while a motion plays: it has run that far). */
export function framesDrawn(page: Page, n: number, viewer = 'main'): Promise<void> {
  return page.evaluate(
    ([name, count]) =>
      new Promise<void>((done) => {
        const probes = (window as unknown as { myomapProbes: Record<string, { frames(): number }> }).myomapProbes;
        const start = probes[name as string]!.frames();
        const tick = () => (probes[name as string]!.frames() >= start + (count as number) ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    [viewer, n] as const,
  );
}

/**
 * Resolves after `n` of the page's animation frames, drawn or not: time in the page's own steps, for
 * checking that nothing moves (a playing motion advances on every one of them).
 */
export function animationFrames(page: Page, n: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let seen = 0;
        const tick = () => (++seen >= count ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}
