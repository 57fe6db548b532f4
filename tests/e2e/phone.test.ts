/**
 * Issue 12 on phones (390×844 and 360×640, touch): a patient opening a physio's link reads the muscle,
 * its zone and the disclaimer without hunting; the details, the quiz question and the pain results
 * open in a bottom sheet by themselves, with the model still in sight above; every toolbar function is
 * in reach (nothing off-screen); the document never scrolls and a motion never resizes the 3D view.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { landmark } from '../../src/anatomy/model/landmarks';
import { axeViolations, LANDMARK_RULES } from './axe';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

const PHONE = { width: 390, height: 844, touch: true };
const SMALL = { width: 360, height: 640, touch: true };

type Probe = {
  screenPoint(id: string): { x: number; y: number } | null;
  project(x: number, y: number, z: number): { x: number; y: number };
  fittedInsets(): { bottom: number } | null;
};
const probe = <T>(page: Page, f: (p: Probe) => T) =>
  page.evaluate(`(${f.toString()})(window.myomapProbe)`) as Promise<T>;

/**
 * A screen point from the probe once the picture is final: the viewer draws on demand, so no new frame
 * for three animation frames means the camera has stopped gliding (two equal reads are not enough: a slow
 * software frame can hold a gliding camera still between them).
 */
async function settledPoint(page: Page, f: (p: Probe) => { x: number; y: number } | null) {
  await settled(page);
  const point = await probe(page, f);
  expect(point).not.toBeNull();
  return point!;
}

/** Right low back: 3.5 cm behind and 4.5 cm to the right of the L3 spinous process (as tests/e2e/referral.test.ts). */
function rightLowBack(): [number, number, number] {
  const f = computeFrames(neutralPose());
  const l3 = landmark('l3_spinous');
  const tip = toWorld(f, l3.segment, l3.at);
  return [tip[0] - 0.035, tip[1], tip[2] + 0.045];
}

/** Is the element on screen, and is it what a finger there would touch (nothing covers it)? */
async function inView(page: Page, el: Locator): Promise<boolean> {
  const b = await el.boundingBox();
  const vp = page.viewportSize()!;
  if (!b || b.width === 0 || b.height === 0) return false;
  if (b.x < 0 || b.y < 0 || b.x + b.width > vp.width || b.y + b.height > vp.height) return false;
  return el.evaluate(
    (node, [x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return !!hit && (node === hit || node.contains(hit));
    },
    [b.x + b.width / 2, b.y + Math.min(b.height / 2, 12)],
  );
}

const expectNoDocumentScroll = async (page: Page) => {
  const d = await page.evaluate(() => ({
    h: document.documentElement.scrollHeight,
    w: document.documentElement.scrollWidth,
    ih: innerHeight,
    iw: innerWidth,
  }));
  expect(d.h).toBe(d.ih);
  expect(d.w).toBeLessThanOrEqual(d.iw);
};

const viewBox = async (page: Page) => {
  const b = (await page.locator('.viewer-canvas').first().boundingBox())!;
  return [b.x, b.y, b.width, b.height].map(Math.round);
};

const details = (page: Page) => page.getByRole('region', { name: 'Muscle details' });
const sheetTop = async (page: Page, panel: string) => (await page.locator(panel).boundingBox())!.y;

describe('a physio’s link on a phone', () => {
  for (const size of [PHONE, SMALL]) {
    it(`${size.width}×${size.height}: ?muscle=psoas_major_r shows the muscle, its zone and the disclaimer, with the model above`, async () => {
      const { page, errors } = await open('/?muscle=psoas_major_r&zones=1', size);
      const heading = details(page).getByRole('heading', { level: 2 });
      await expect.poll(() => inView(page, heading)).toBe(true);
      expect(await heading.textContent()).toBe('Psoas major');
      // The model stays in sight: the sheet leaves at least 40 % of the view above it.
      const view = await viewBox(page);
      expect((await sheetTop(page, 'aside.side-right')) - view[1]!).toBeGreaterThan(view[3]! * 0.4);
      // The disclaimer is on screen from the start, and in full at the end of the details.
      expect(await inView(page, page.locator('footer.disclaimer .narrow-text'))).toBe(true);
      expect(await page.locator('footer.disclaimer').textContent()).toMatch(/Education only/);
      // The zone: scrolled to inside the sheet (the page itself never scrolls).
      const zone = details(page).getByRole('heading', { name: 'Referred pain' });
      await zone.scrollIntoViewIfNeeded();
      expect(await inView(page, zone)).toBe(true);
      expect(await details(page).textContent()).toMatch(/Essential.*T12/s);
      const end = details(page).locator('p.education').last();
      await end.scrollIntoViewIfNeeded();
      expect(await inView(page, end)).toBe(true);
      await expectNoDocumentScroll(page);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the sheet drags taller, drags down to close, and the Details button brings it back', async () => {
    const { page } = await open('/?muscle=iliacus_l', PHONE);
    const aside = page.locator('aside.side-right');
    await expect.poll(() => aside.isVisible()).toBe(true);
    const bar = aside.locator('.sheet-bar');
    const start = (await aside.boundingBox())!;
    // Drag the handle up by 200 px: the sheet grows by as much.
    const b = (await bar.boundingBox())!;
    const x = b.x + 40;
    await page.mouse.move(x, b.y + 10);
    await page.mouse.down();
    await page.mouse.move(x, b.y - 100, { steps: 5 });
    await page.mouse.move(x, b.y - 190, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await aside.boundingBox())!.height).toBeGreaterThan(start.height + 150);
    // Drag it almost to the bottom: it closes and the whole model shows.
    const b2 = (await bar.boundingBox())!;
    await page.mouse.move(x, b2.y + 10);
    await page.mouse.down();
    await page.mouse.move(x, b2.y + 300, { steps: 5 });
    await page.mouse.move(x, 780, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => aside.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Details', exact: true }).tap();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Iliacus');
    // The buttons do the same for a keyboard or a screen reader.
    await aside.getByRole('button', { name: 'Close the panel' }).tap();
    await expect.poll(() => aside.isVisible()).toBe(false);
    await page.context().close();
  });

  it('tapping a muscle on the model opens its details; a motion does not change the view', async () => {
    const { page, errors } = await open('/?view=anterior&layers=muscles', PHONE);
    const view = await viewBox(page);
    const at = await settledPoint(page, (p) => p.screenPoint('rectus_femoris_r'));
    await page.touchscreen.tap(at.x, at.y);
    // Whichever muscle the finger met (the thigh's layers overlap): it is selected and its details are open.
    await expect.poll(() => new URL(page.url()).searchParams.get('muscle')).not.toBeNull();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect.poll(() => inView(page, heading)).toBe(true);
    expect(await heading.textContent()).not.toBe('Choose a muscle');
    // The motion panel: choose walking; the 3D view keeps its box.
    await page.getByRole('button', { name: 'Motion', exact: true }).tap();
    await page.getByRole('combobox', { name: 'Motion to show' }).selectOption('gait');
    await expect.poll(() => new URL(page.url()).searchParams.get('motion')).toBe('gait');
    const play = page.getByRole('group', { name: 'Motion' }).getByRole('button', { name: 'Play', exact: true });
    expect(await inView(page, play)).toBe(true);
    expect(await viewBox(page)).toEqual(view);
    await expectNoDocumentScroll(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('quiz and pain on a phone', () => {
  it('?mode=quiz shows the question in the sheet, the model above it', async () => {
    const { page } = await open('/?mode=quiz', PHONE);
    const question = page.locator('.quiz-question');
    await expect.poll(() => inView(page, question)).toBe(true);
    expect(await question.textContent()).toMatch(/^Click the .+\.$/);
    await page.getByRole('button', { name: 'Skip' }).tap();
    await expect.poll(() => question.textContent()).toBe('Which muscle refers pain to the area shown in red?');
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    expect(await choices.count()).toBe(4);
    for (const c of await choices.all()) {
      await c.scrollIntoViewIfNeeded();
      expect(await inView(page, c)).toBe(true);
    }
    const view = await viewBox(page);
    expect((await sheetTop(page, 'aside.side-right')) - view[1]!).toBeGreaterThan(view[3]! * 0.4);
    await expectNoDocumentScroll(page);
    await page.context().close();
  });

  it('?mode=pain: a tap on the low back opens the results in the sheet', async () => {
    const { page } = await open('/?mode=pain&view=posterior', PHONE);
    // Before a mark there is something to read too: how it works.
    await expect.poll(() => inView(page, page.getByRole('heading', { name: 'Where does it hurt?' }))).toBe(true);
    // The camera frames the body above the open sheet.
    await expect.poll(() => probe(page, (p) => p.fittedInsets()?.bottom ?? 0)).toBeGreaterThan(0.2);
    // Close the sheet so the whole back is in reach, then tap the right low back.
    await page.locator('aside.side-right').getByRole('button', { name: 'Close the panel' }).tap();
    // The camera refits to the uncovered view after the sheet has gone: wait for that fit, then for it to end.
    await expect.poll(() => probe(page, (p) => p.fittedInsets()?.bottom)).toBe(0);
    const [x, y, z] = rightLowBack();
    const at = await settledPoint(
      page,
      new Function('p', `return p.project(${x}, ${y}, ${z})`) as (p: Probe) => { x: number; y: number },
    );
    await page.touchscreen.tap(at.x, at.y);
    const list = page.getByRole('list', { name: 'Muscles that can refer pain here' });
    await expect.poll(() => list.count()).toBe(1);
    await expect.poll(() => inView(page, list.getByRole('listitem').first())).toBe(true);
    expect(await list.textContent()).toMatch(/\(right\)/);
    expect(await page.locator('aside.side-right').textContent()).toMatch(/not a diagnosis/);
    await expectNoDocumentScroll(page);
    await page.context().close();
  });
});

describe('every function in reach on a phone', () => {
  it('nothing sits off-screen; the toolbar is in the More panel; landmarks are named', async () => {
    const { page, errors } = await open('/', PHONE);
    // Every visible button, link and field lies within the screen's width: no strip that hides most of its chips.
    const offscreen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, [tabindex="0"]')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => el.closest('.skip-link') === null)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right > innerWidth + 0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5;
        })
        .map((el) => el.textContent || el.getAttribute('aria-label')),
    );
    expect(offscreen).toEqual([]);
    // The panel buttons along the bottom edge, in a thumb's reach.
    for (const name of ['Muscles', 'Details', 'Motion', 'Layers', 'More']) {
      const b = page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true });
      expect(await inView(page, b)).toBe(true);
      expect((await b.boundingBox())!.y).toBeGreaterThan(844 * 0.85);
    }
    await page.getByRole('button', { name: 'More', exact: true }).tap();
    const more = page.getByRole('region', { name: 'More' });
    const names = [
      'Front',
      'Back',
      'Left side',
      'Right side',
      'From above',
      'Oblique',
      'Pain zones',
      'Where does it hurt?',
      'Quiz',
      'Present',
      'Screenshot',
      'Fullscreen',
      'Embed',
      'Keyboard shortcuts',
    ];
    for (const name of names) {
      const b = more.getByRole('button', { name, exact: true });
      await b.scrollIntoViewIfNeeded();
      expect(await inView(page, b), name).toBe(true);
    }
    expect(await more.textContent()).toMatch(/Education only/);
    await more.getByRole('button', { name: 'Back', exact: true }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('posterior');
    expect(await axeViolations(page, LANDMARK_RULES)).toEqual([]);
    // Layers, from its own button.
    await page.getByRole('button', { name: 'Layers', exact: true }).tap();
    const skin = page.getByRole('checkbox', { name: 'Skin', exact: true });
    expect(await inView(page, skin)).toBe(true);
    await expectNoDocumentScroll(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
