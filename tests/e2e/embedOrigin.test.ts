/**
 * The embed's origin rule with a real parent on another origin (SPEC.md, Embedding): a host page served by
 * a second server embeds two viewers. One was told `origin=<the host's origin>`: it says it is ready,
 * answers, and acts. The other was told a different origin: the host is its parent but the wrong origin, so
 * it acts on nothing the host sends — not even with an error — and posts nothing to it.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../scripts/lib/server';
import { baseUrl, connectBrowser, open } from './harness';

connectBrowser();

let host: Served;
beforeAll(async () => {
  host = await serve('tests/e2e/pages');
});
afterAll(async () => {
  await host?.close();
});

interface Received {
  frame: string | null;
  origin: string;
  data: Record<string, unknown>;
}
const received = (page: Page, frame: string) =>
  page.evaluate((id) => (window as unknown as { messages: Received[] }).messages.filter((m) => m.frame === id), frame);
const post = (page: Page, frame: string, message: unknown) =>
  page.evaluate(([id, m]) => (window as unknown as { postTo(id: string, m: unknown): void }).postTo(id, m), [frame, message] as const);
const viewerFrame = (page: Page, origin: string) =>
  page.frames().find((f) => f.url().includes('/embed.html') && new URL(f.url()).searchParams.get('origin') === origin)!;
/** What the viewer shows as selected, and the muscle and zones of its "open in myomap" link (its state). */
const shown = (f: Frame) =>
  f.evaluate(() => {
    const link = new URL((document.querySelector('.embed-credit a') as HTMLAnchorElement).href).searchParams;
    return { name: document.querySelector('.embed-name')?.textContent ?? null, muscle: link.get('muscle'), zones: link.get('zones') };
  });

describe('embed: a parent on another origin', () => {
  it('a viewer told the host’s origin answers it; one told another origin ignores it and tells it nothing', async () => {
    const viewer = baseUrl();
    expect(new URL(host.url).origin).not.toBe(new URL(viewer).origin);
    const { page, errors, external } = await open('/host.html', { base: host.url, ready: false });
    const src = (origin: string) => `${viewer}/embed.html?muscle=psoas_major_r&view=anterior&origin=${encodeURIComponent(origin)}`;
    await page.evaluate(
      ([a, b]) => {
        const w = window as unknown as { addFrame(id: string, src: string): void };
        w.addFrame('trusting', a!);
        w.addFrame('elsewhere', b!);
      },
      [src(host.url), src(viewer)],
    );

    // The viewer that trusts this host says it is ready, to this host, from the viewer's origin.
    await expect.poll(() => received(page, 'trusting'), { timeout: 120_000 }).toEqual([
      { frame: 'trusting', origin: new URL(viewer).origin, data: { type: 'myomap:ready', version: expect.any(String), webgl: true } },
    ]);
    // The other one is up too (its own page says so) but has told this host nothing.
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    const elsewhere = viewerFrame(page, viewer);
    await elsewhere.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, {
      timeout: 120_000,
    });
    expect(await shown(elsewhere)).toEqual({ name: 'Psoas major (right)', muscle: 'psoas_major_r', zones: null });

    // The host asks both for the same things: a selection, its state, and something malformed.
    await elsewhere.evaluate(() => {
      const w = window as unknown as { seen: number };
      w.seen = 0;
      window.addEventListener('message', () => w.seen++);
    });
    const asks = [
      { type: 'myomap:select', muscle: 'gracilis_r', id: 1 },
      { type: 'myomap:zones', on: true },
      { type: 'myomap:getState', id: 2 },
      { type: 'myomap:fly', id: 3 },
    ];
    for (const m of asks) {
      await post(page, 'elsewhere', m);
      await post(page, 'trusting', m);
    }
    // The ignoring viewer did receive all four (its own listener saw them)…
    await elsewhere.waitForFunction((n) => (window as unknown as { seen: number }).seen === n, asks.length);
    // …and the trusting one answered the three that call for an answer, in order.
    await expect
      .poll(async () => (await received(page, 'trusting')).slice(1).map((m) => [m.data.type, m.data.id]))
      .toEqual([
        ['myomap:select', 1],
        ['myomap:state', 2],
        ['myomap:error', 3],
      ]);
    const state = (await received(page, 'trusting'))[2]!.data;
    expect(state).toMatchObject({ muscle: 'gracilis_r', zones: true });
    const trusting = viewerFrame(page, host.url);
    await expect.poll(() => shown(trusting)).toEqual({ name: 'Gracilis (right)', muscle: 'gracilis_r', zones: '1' });

    // The other viewer changed nothing and posted nothing to this host: no ready, no answer, no error.
    expect(await shown(elsewhere)).toEqual({ name: 'Psoas major (right)', muscle: 'psoas_major_r', zones: null });
    expect(await received(page, 'elsewhere')).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
