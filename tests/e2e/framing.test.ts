/**
 * The view a teacher projects as it opens: the body fills most of the 3D view with head-end and feet in
 * frame, a motion stays in frame over its whole range, and a link to a muscle turns the body to where its
 * pain zone shows — measured on the drawn pixels.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

type Box = { left: number; right: number; top: number; bottom: number };
interface FramingProbe {
  modelBox(): Box | null;
  redPixels(): { left: number; right: number };
}
const probe = <T>(page: Page, f: (p: FramingProbe) => T) =>
  page.evaluate(`(${f.toString()})(window.myomapProbe)`) as Promise<T>;

const red = async (page: Page) => {
  const r = await probe(page, (p) => p.redPixels());
  return r.left + r.right;
};

describe('framing and best views', () => {
  it('standing, the body fills at least 70 % of the 3D view height, head-end and feet in frame', async () => {
    for (const [w, h] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      const { page } = await open('/?view=anterior', { width: w, height: h, reducedMotion: true });
      await settled(page);
      const box = (await probe(page, (p) => p.modelBox()))!;
      expect(box.bottom - box.top, `${w}×${h}`).toBeGreaterThan(0.7);
      // Nothing cut off: the model does not touch the canvas edges.
      expect(box.top).toBeGreaterThan(0.005);
      expect(box.bottom).toBeLessThan(0.995);
      expect(box.left).toBeGreaterThan(0.005);
      expect(box.right).toBeLessThan(0.995);
      await page.context().close();
    }
  });

  it('a motion stays in frame over its whole range (the kneeling lunge from the side)', async () => {
    const { page } = await open('/?motion=kneeling_lunge&t=0.5&view=right', { width: 1280, height: 720, reducedMotion: true });
    await settled(page);
    for (const t of ['0', '0.25', '0.5']) {
      await page.getByRole('group', { name: 'Motion' }).getByRole('slider', { name: 'Phase' }).fill(t);
      await settled(page);
      const box = (await probe(page, (p) => p.modelBox()))!;
      expect(box.top, `t=${t}`).toBeGreaterThan(0.005);
      expect(box.bottom).toBeLessThan(0.995);
      expect(box.left).toBeGreaterThan(0.005);
      expect(box.right).toBeLessThan(0.995);
    }
    await page.context().close();
  });

  it.each([
    ['piriformis_r', 'a back muscle'],
    ['tensor_fasciae_latae_r', 'a side muscle'],
    ['rectus_femoris_r', 'a front muscle'],
  ])('a link to %s (%s) opens where its essential zone shows', async (id) => {
    // Skin and bones only, so the red counted is the zone, not the muscles.
    const { page } = await open(`/?muscle=${id}&zones=1&layers=skin,bones`, { width: 1280, height: 720, reducedMotion: true });
    await settled(page);
    const shown = await red(page);
    // Against every other preset: the link's view shows at least half of the most any of them shows.
    let most = shown;
    for (const view of ['Front', 'Back', 'Left side', 'Right side']) {
      await page.getByRole('button', { name: view, exact: true }).first().click();
      await settled(page);
      most = Math.max(most, await red(page));
    }
    expect(shown).toBeGreaterThan(0.002);
    expect(shown).toBeGreaterThanOrEqual(0.5 * most);
    await page.context().close();
  });

  it('the Labels layer names the landmarks and the selected muscle\'s attachments, never overlapping, as the body turns', async () => {
    const { page, errors } = await open('/?muscle=psoas_major_r&layers=bones,muscles,labels&view=anterior', {
      width: 1280,
      height: 720,
      reducedMotion: true,
    });
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.labels-layer .label')]
          .filter((e) => getComputedStyle(e).visibility === 'visible')
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { text: e.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          }),
      );
    const check = async () => {
      await settled(page);
      const bs = await boxes();
      for (let i = 0; i < bs.length; i++) {
        for (let j = i + 1; j < bs.length; j++) {
          const a = bs[i]!;
          const b = bs[j]!;
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.text} / ${b.text}`).toBe(false);
        }
      }
      return bs.map((b) => b.text);
    };
    await expect.poll(async () => (await boxes()).length).toBeGreaterThan(4);
    const front = await check();
    expect(front).toContain('lesser trochanter');
    expect(front).toContain('ASIS');
    // The font is the one shipped with the app.
    expect(await page.evaluate(() => document.fonts.check('13px "Atkinson Hyperlegible"'))).toBe(true);
    // From behind: the PSIS shows, the ASIS (on the far side of the pelvis) does not.
    await page.getByRole('button', { name: 'Back', exact: true }).first().click();
    const back = await check();
    expect(back).toContain('PSIS');
    expect(back).not.toContain('ASIS');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
