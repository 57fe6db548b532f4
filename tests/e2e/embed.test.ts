/**
 * Embedding, as a blog would do it (tests/e2e/pages/article.html: a long article with two <myo-map>
 * elements far apart and one plain iframe of embed.html): nothing heavy loads before a viewer is in
 * view; the element's events and methods, and the iframe's postMessage API, round-trip; malformed
 * messages get an error and change nothing; messages from anyone but the parent are ignored; the wheel
 * over a viewer the reader has not clicked scrolls the page; no request leaves the machine. Also the
 * no-WebGL fallback, and the size of the element's script.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, open, connectBrowser } from './harness';

connectBrowser();

const ARTICLE = '/test-pages/article.html';
const READY_TIMEOUT = 120_000;

interface EmbedEvent {
  type: string;
  id: string;
  detail: Record<string, unknown>;
}

/** Serious or critical accessibility violations in a page or frame (axe-core). */
async function axe(target: Page | Frame) {
  await target.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  return target.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: unknown[] }[] };
    const r = await (window as unknown as { axe: { run(o: object): Promise<Result> } }).axe.run({
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Open a cheap page first, so every request of the article is seen. */
async function openArticle(options: { width?: number; height?: number; noWebGL?: boolean } = {}) {
  const opened = await open('/test-pages/blank.html', {
    ready: false,
    width: options.width ?? 1280,
    height: options.height ?? 900,
  });
  const heavy: string[] = [];
  opened.page.context().on('request', (r) => {
    if (/\/embed\.html|\.glb(\?|$)/.test(r.url())) heavy.push(new URL(r.url()).pathname);
  });
  if (options.noWebGL) {
    await opened.page.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/i.test(type) ? null : (get as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof get;
    });
  }
  await opened.page.goto(`${baseUrl()}${ARTICLE}`);
  await opened.page.waitForFunction(() => customElements.get('myo-map') !== undefined);
  return { ...opened, heavy };
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { embedEvents: EmbedEvent[] }).embedEvents);
const waitEvent = (page: Page, type: string, id: string, muscle?: string) =>
  page.waitForFunction(
    ([type, id, muscle]) =>
      (window as unknown as { embedEvents: EmbedEvent[] }).embedEvents.some(
        (e) => e.type === type && e.id === id && (muscle === undefined || e.detail.muscle === muscle),
      ),
    [type, id, muscle] as const,
    { timeout: READY_TIMEOUT },
  );
const hasFrame = (page: Page, id: string) =>
  page.evaluate((id) => Boolean(document.getElementById(id)!.shadowRoot!.querySelector('iframe')), id);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * Post a message to the plain iframe as its parent and collect what it says: until `replies` answers
 * came (then a moment more, to catch extra ones), or for `ms` when none are expected.
 */
async function ask(page: Page, message: unknown, replies = 0, ms = 300): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    async ([message, replies, ms]) => {
      const w = window as unknown as { plainMessages: Record<string, unknown>[] };
      const from = w.plainMessages.length;
      (document.getElementById('plain') as HTMLIFrameElement).contentWindow!.postMessage(message, '*');
      const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
      if (replies === 0) await sleep(ms);
      else {
        for (let waited = 0; w.plainMessages.length - from < replies && waited < 10_000; waited += 10) await sleep(10);
        await sleep(50);
      }
      return w.plainMessages.slice(from);
    },
    [message, replies, ms] as const,
  );
}
const state = async (page: Page) => {
  const [s] = await ask(page, { type: 'myomap:getState' }, 1);
  expect(s?.type).toBe('myomap:state');
  return s!;
};

describe('embedding', () => {
  it('the element script is one small dependency-free file', () => {
    const code = readFileSync('dist/myomap-element.js', 'utf8');
    const gz = gzipSync(code).length;
    expect(gz).toBeLessThanOrEqual(12 * 1024);
    expect(code).not.toMatch(/\bimport\s*[{*("'\w]/);
    expect(readFileSync('dist/embed.html', 'utf8')).toMatch(/<script type="module"[^>]+src="\.\/assets\//);
  });

  it('an article: lazy viewers, events and methods, postMessage round trips, polite scrolling', async () => {
    const { page, errors, external, heavy } = await openArticle();

    // Nothing heavy before a viewer is in view: two posters, no embed.html, no model.
    await page.waitForTimeout(800);
    expect(heavy).toEqual([]);
    for (const id of ['psoas', 'glute']) {
      expect(await hasFrame(page, id)).toBe(false);
      await expect.poll(() => page.locator(`#${id}`).getByRole('button', { name: 'Show 3D model' }).count()).toBe(1);
    }
    expect(await page.locator('#psoas').getByText('Psoas major (right)').count()).toBe(1);
    expect(await axe(page)).toEqual([]);

    // The first element loads once it scrolls into view; the others stay posters.
    await page.locator('#psoas').scrollIntoViewIfNeeded();
    await waitEvent(page, 'myomap-ready', 'psoas');
    expect(heavy.filter((p) => p === '/embed.html')).toHaveLength(1);
    expect(heavy.some((p) => p.endsWith('.glb'))).toBe(true);
    expect(await hasFrame(page, 'glute')).toBe(false);
    expect(
      await page.locator('#psoas').evaluate((e) => (e.shadowRoot!.querySelector('iframe') as HTMLIFrameElement).src),
    ).toMatch(/\/embed\.html\?muscle=psoas_major_r&zones=1&view=anterior&origin=http%3A%2F%2F127\.0\.0\.1%3A\d+$/);

    // Methods and attributes reach the viewer; selections come back as myomap-select events.
    await page.getByRole('button', { name: 'Iliacus', exact: true }).click();
    await waitEvent(page, 'myomap-select', 'psoas', 'iliacus_r');
    expect((await events(page)).find((e) => e.type === 'myomap-select')!.detail).toEqual({
      muscle: 'iliacus_r',
      name: 'Iliacus (right)',
      source: 'api',
    });
    await page.locator('#psoas').evaluate((e) => e.setAttribute('view', 'posterior'));
    const viaElement = await page
      .locator('#psoas')
      .evaluate((e) => (e as unknown as { getState(): Promise<Record<string, unknown>> }).getState());
    expect(viaElement).toMatchObject({
      muscle: 'iliacus_r',
      zones: true,
      view: 'posterior',
      version: expect.any(String),
    });

    // The wheel over the viewer scrolls the page while the reader has not clicked into it…
    const box = (await page.locator('#psoas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let before = await scrollY(page);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 100);
    // …zooms instead once it has focus (the page stays put)…
    const box2 = (await page.locator('#psoas').boundingBox())!;
    await page.mouse.click(box2.x + 12, box2.y + box2.height - 40);
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    before = await scrollY(page);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(400);
    expect(await scrollY(page)).toBe(before);
    // …and scrolls the page again once the reader clicks back in the article.
    await page.mouse.click(20, 20);
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 100);

    // The plain iframe: ready, then getState / select / play / seek / pause / zones / view by postMessage.
    await page.locator('#plain').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () =>
        (window as unknown as { plainMessages: { type: string }[] }).plainMessages.some(
          (m) => m.type === 'myomap:ready',
        ),
      null,
      { timeout: READY_TIMEOUT },
    );
    expect(await page.evaluate(() => (window as unknown as { plainMessages: unknown[] }).plainMessages[0])).toEqual({
      type: 'myomap:ready',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      webgl: true,
    });
    expect(await state(page)).toMatchObject({
      muscle: 'psoas_major_r',
      view: 'anterior',
      layers: ['muscles'],
      zones: false,
      phase: 0,
    });
    expect(await ask(page, { type: 'myomap:select', muscle: 'quadratus_lumborum_l', id: 7 }, 1)).toEqual([
      {
        type: 'myomap:select',
        muscle: 'quadratus_lumborum_l',
        name: 'Quadratus lumborum (left)',
        source: 'api',
        id: 7,
      },
    ]);
    expect(await ask(page, { type: 'myomap:zones', on: true })).toEqual([]);
    expect(await ask(page, { type: 'myomap:play', motion: 'gait' })).toEqual([]);
    expect(await state(page)).toMatchObject({
      muscle: 'quadratus_lumborum_l',
      zones: true,
      motion: 'gait',
      play: true,
    });
    await ask(page, { type: 'myomap:pause' });
    expect(await ask(page, { type: 'myomap:seek', t: 0.5 })).toEqual([]);
    expect(await state(page)).toMatchObject({ motion: 'gait', play: false, t: 0.5, phase: 0.5 });

    // Malformed messages: an error each, and the state is exactly as before.
    const settled = await state(page);
    const malformed: unknown[] = [
      'myomap:pause',
      null,
      [{ type: 'myomap:pause' }],
      { type: 'myomap:fly' },
      { type: 'select', muscle: 'iliacus_r' },
      { type: 'myomap:select', muscle: 'psoas' },
      { type: 'myomap:select' },
      { type: 'myomap:seek', t: 1.5 },
      { type: 'myomap:seek', t: '0.2' },
      { type: 'myomap:view', view: 'sideways' },
      { type: 'myomap:zones', on: 'yes' },
      { type: 'myomap:play', motion: 'cartwheel' },
      { type: 'myomap:pause', extra: 1 },
    ];
    for (const m of malformed) {
      const answers = await ask(page, m, 1);
      expect(answers, JSON.stringify(m)).toHaveLength(1);
      expect(answers[0]).toMatchObject({ type: 'myomap:error', message: expect.any(String) });
    }
    expect(await state(page)).toEqual(settled);

    // A megabyte of id is not echoed back: the answer is a short error with no id.
    const [big] = await ask(page, { type: 'myomap:getState', id: 'x'.repeat(1_000_000) }, 1);
    expect(big).toMatchObject({ type: 'myomap:error', message: expect.stringMatching(/id must be a string of at most 200/) });
    expect(big).not.toHaveProperty('id');
    expect(JSON.stringify(big).length).toBeLessThan(400);
    expect(await state(page)).toEqual(settled);

    // Only the parent is listened to: a sibling frame's messages are ignored.
    await page.evaluate(async () => {
      const sibling = document.createElement('iframe');
      sibling.srcdoc = `<script>parent.document.getElementById('plain').contentWindow.postMessage({ type: 'myomap:select', muscle: 'gracilis_r' }, '*');</script>`;
      document.body.append(sibling);
      await new Promise((r) => setTimeout(r, 500));
    });
    expect(await state(page)).toEqual(settled);

    // A reader's click on a muscle comes back with source "user".
    await ask(page, { type: 'myomap:view', view: 'anterior' }, 0, 1500);
    const frame = page.frames().find((f) => f.url().includes('layers=muscles'))!;
    expect(await axe(frame)).toEqual([]);
    const p = await frame.evaluate(() =>
      (
        window as unknown as { myomapProbe: { screenPoint(id: string): { x: number; y: number } | null } }
      ).myomapProbe.screenPoint('rectus_femoris_r'),
    );
    expect(p).not.toBeNull();
    const at = (await page.locator('#plain').boundingBox())!;
    await page.mouse.click(at.x + p!.x, at.y + p!.y);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { plainMessages: Record<string, unknown>[] }).plainMessages
            .filter((m) => m.type === 'myomap:select')
            .at(-1),
        ),
      )
      .toEqual({ type: 'myomap:select', muscle: 'rectus_femoris_r', name: 'Rectus femoris (right)', source: 'user' });

    // The last element, far below, loads only now; each element talks only to its own viewer.
    expect(await hasFrame(page, 'glute')).toBe(false);
    expect(heavy.filter((p) => p === '/embed.html')).toHaveLength(2);
    const getState = (id: string) =>
      page
        .locator(`#${id}`)
        .evaluate((e) => (e as unknown as { getState(): Promise<Record<string, unknown>> }).getState());
    const psoasBefore = await getState('psoas');
    await page.locator('#glute').scrollIntoViewIfNeeded();
    await waitEvent(page, 'myomap-ready', 'glute');
    expect(heavy.filter((p) => p === '/embed.html')).toHaveLength(3);
    await page.locator('#glute').evaluate((e) => (e as unknown as { select(id: string): void }).select('piriformis_l'));
    await waitEvent(page, 'myomap-select', 'glute', 'piriformis_l');
    expect(
      (await events(page))
        .filter((e) => e.type === 'myomap-select' && e.detail.muscle === 'piriformis_l')
        .map((e) => e.id),
    ).toEqual(['glute']);
    expect(await getState('psoas')).toEqual(psoasBefore);
    expect(await getState('glute')).toMatchObject({ muscle: 'piriformis_l', view: 'posterior' });

    // Touch: a vertical swipe over a viewer the reader has not tapped scrolls the page; once tapped, it turns the model.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const g = (await page.locator('#glute').boundingBox())!;
    const swipe = async (x: number, y: number) => {
      const from = await scrollY(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + i * 12 }] });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(500);
      return from - (await scrollY(page));
    };
    expect(await swipe(g.x + g.width / 2, g.y + g.height / 3)).toBeGreaterThan(60);
    const g2 = (await page.locator('#glute').boundingBox())!;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: g2.x + 15, y: g2.y + g2.height - 30 }],
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    expect(await swipe(g2.x + g2.width / 2, g2.y + g2.height / 3)).toBe(0);

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it("the app's Embed dialog writes both snippets for the current view, with absolute URLs, ready to copy", async () => {
    const { page, errors, external } = await open('/?muscle=psoas_major_r&zones=1&view=anterior');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    const element = await dialog.getByLabel('Element (recommended)').inputValue();
    const iframe = await dialog.getByLabel('Plain iframe').inputValue();
    expect(element).toBe(
      `<script type="module" src="${baseUrl()}/myomap-element.js"></script>\n<myo-map muscle="psoas_major_r" zones="1" view="anterior"></myo-map>`,
    );
    expect(iframe).toContain(`src="${baseUrl()}/embed.html?muscle=psoas_major_r&amp;zones=1&amp;view=anterior"`);
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toMatch(/Copied|Selected/);
    if ((await dialog.getByRole('status').first().textContent()) === 'Copied') {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(element);
    }
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    // Escape in the dialog closed it and did not reach the app's shortcuts (which would clear the selection).
    expect(new URL(page.url()).searchParams.get('muscle')).toBe('psoas_major_r');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without WebGL the element shows the muscle, a picture and a link to the app, and loads nothing heavy', async () => {
    const { page, errors, external, heavy } = await openArticle({ width: 390, height: 844, noWebGL: true });
    await page.locator('#psoas').scrollIntoViewIfNeeded();
    const el = page.locator('#psoas');
    await expect.poll(() => el.getByRole('link', { name: 'Open in myomap' }).count()).toBe(1);
    expect(await el.getByText('Psoas major (right)').count()).toBe(1);
    expect(await el.getByRole('img', { name: /psoas major \(right\) lies/ }).count()).toBe(1);
    expect(await el.getByText(/cannot show the 3D model/).count()).toBe(1);
    const href = await el.getByRole('link', { name: 'Open in myomap' }).getAttribute('href');
    expect(new URL(href!).pathname).toBe('/');
    expect(new URL(href!).search).toBe('?muscle=psoas_major_r&zones=1&view=anterior');
    // It fits the phone: no sideways scrolling, and the element is as wide as the text column.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(heavy).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
