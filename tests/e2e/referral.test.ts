/**
 * Referred pain in the browser: the psoas's zone is drawn on the correct side of the back; "where does it
 * hurt?" on the right low back lists the right iliopsoas and not the left; the handout prints.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { landmark } from '../../src/anatomy/model/landmarks';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

type Probe = {
  redPixels(): { left: number; right: number };
  project(x: number, y: number, z: number): { x: number; y: number };
};
const probe = <T>(page: Page, f: (p: Probe) => T) =>
  page.evaluate(`(${f.toString()})(window.myomapProbe)`) as Promise<T>;

describe('referred pain', () => {
  it('draws the right psoas zone on the right of the back (seen from behind: the right of the picture)', async () => {
    const { page, errors, external } = await open('/?muscle=psoas_major_r&zones=1&view=posterior&layers=skin');
    // Read the canvas once the viewer has stopped drawing (camera still, zones painted).
    await settled(page);
    const red = await probe(page, (p) => p.redPixels());
    expect(red.right).toBeGreaterThan(0.0015);
    expect(red.left).toBeLessThan(red.right / 8);
    expect(await page.getByRole('region', { name: 'Muscle details' }).textContent()).toMatch(/Essential.*T12/s);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    // The left psoas: the zone moves to the other side.
    await page.getByRole('button', { name: 'Other side' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).toBe('psoas_major_l');
    await settled(page);
    const left = await probe(page, (p) => p.redPixels());
    expect(left.left).toBeGreaterThan(0.0015);
    expect(left.right).toBeLessThan(left.left / 8);
    await page.context().close();
  });

  it('answers "where does it hurt?" from a click on the right low back, and clears in one click', async () => {
    const { page } = await open('/?mode=pain&view=posterior');
    await settled(page);
    const f = computeFrames(neutralPose());
    const l3 = landmark('l3_spinous');
    const tip = toWorld(f, l3.segment, l3.at);
    // 4.5 cm to the right of the L3 spinous process, just behind it: the skin of the right low back.
    const at = await page.evaluate(([x, y, z]) => (window as unknown as { myomapProbe: Probe }).myomapProbe.project(x!, y!, z!), [
      tip[0] - 0.035,
      tip[1],
      tip[2] + 0.045,
    ]);
    await page.mouse.click(at.x, at.y);
    const list = page.getByRole('list', { name: 'Muscles that can refer pain here' });
    await expect.poll(() => list.count()).toBe(1);
    const names = await list.getByRole('listitem').allTextContents();
    expect(names.slice(0, 3).join(' ')).toMatch(/Psoas major \(right\)/);
    expect(names.join(' ')).toMatch(/Iliacus \(right\)/);
    expect(names.join(' ')).not.toMatch(/(Psoas major|Iliacus) \(left\)/);
    expect(names[0]).toMatch(/essential/);
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await list.count()).toBe(0);
    await page.context().close();
  });

  it('prints a one-page handout with the pattern, trigger points, self-care and sources', async () => {
    const { page } = await open('/?muscle=gluteus_minimus_r', { ready: false });
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true, null, { timeout: 90_000 });
    await page.getByRole('button', { name: 'Print handout' }).click();
    const handout = page.locator('article.handout');
    await expect.poll(() => handout.count()).toBe(1);
    const text = (await handout.textContent()) ?? '';
    expect(text).toMatch(/Gluteus minimus \(right\)/);
    expect(text).toMatch(/Trigger points/);
    expect(text).toMatch(/What can help/);
    expect(text).toMatch(/Travell/);
    expect(text).toMatch(/not a diagnosis/);
    expect(await handout.locator('img').count()).toBe(2);
    await page.emulateMedia({ media: 'print' });
    expect(await handout.isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    await page.context().close();
  });
});
