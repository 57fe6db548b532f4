/**
 * Classroom and the real world: presenter mode on the keyboard, the quiz without hints, WebGL context
 * loss and restore, a resize to a phone, and no growth of GPU resources or memory while left running.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, connectBrowser } from './harness';

connectBrowser();

type Resources = { geometries: number; textures: number; programs: number; heap: number | null };
const resources = (page: Page) =>
  page.evaluate(() => (window as unknown as { myomapProbe: { resources(): Resources } }).myomapProbe.resources());

describe('classroom', () => {
  it('presenter mode: large caption, no chrome, keyboard for muscles, motions, views; Esc leaves', async () => {
    const { page, errors } = await open('/?mode=present&muscle=psoas_major_r');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Psoas major (right)');
    expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
    const size = await page.getByRole('heading', { level: 1 }).evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await page.keyboard.press('PageDown');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Psoas minor (right)');
    await page.keyboard.press('m');
    await expect.poll(() => new URL(page.url()).searchParams.get('motion')).toBe('hip_flexion');
    await page.keyboard.press('2');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('posterior');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('navigation', { name: 'Views' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('quiz: answers are not in the page until given; a right click scores', async () => {
    const { page } = await open('/?mode=quiz');
    expect(await page.getByRole('listbox', { name: 'Muscles' }).count()).toBe(0);
    const question = (await page.locator('.quiz-question').textContent()) ?? '';
    expect(question).toMatch(/^Click the (.+)\.$/);
    const target = /^Click the (.+) \((right|left)\)\.$/.exec(question)!;
    // The page names the muscle to find only in the question; no details panel, no selection, no link.
    expect(await page.getByRole('region', { name: 'Muscle details' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('muscle')).toBeNull();
    const id = `${target[1]!.toLowerCase().replace(/ /g, '_')}_${target[2] === 'right' ? 'r' : 'l'}`;
    await page.waitForTimeout(1200);
    const views = ['anterior', 'posterior', 'right', 'left'];
    let clicked = false;
    for (const v of views) {
      await page.keyboard.press(String(['anterior', 'posterior', 'left', 'right'].indexOf(v) + 1));
      await page.waitForTimeout(900);
      const p = await page.evaluate((m) => (window as unknown as { myomapProbe: { screenPoint(id: string): { x: number; y: number } | null } }).myomapProbe.screenPoint(m), id);
      if (!p) continue;
      await page.mouse.click(p.x, p.y);
      if ((await page.locator('.quiz-feedback').count()) > 0) {
        clicked = true;
        break;
      }
    }
    expect(clicked).toBe(true);
    expect(await page.locator('.quiz-score').textContent()).toMatch(/Score: [01] \/ 1/);
    await page.getByRole('button', { name: 'Next question' }).click();
    expect(await page.locator('.quiz-question').textContent()).toBe('Which muscle refers pain to the area shown in red?');
    const choices = await page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents();
    expect(choices).toHaveLength(4);
    // Only the choices name muscles: no legend, label or status says which is right.
    const body = (await page.locator('body').textContent()) ?? '';
    for (const c of choices) expect(body.split(c).length - 1).toBe(1);
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
    expect(await page.locator('.quiz-feedback').textContent()).toMatch(/Right!|Not quite/);
    await page.context().close();
  });

  it('survives losing and regaining the WebGL context, and a resize to a phone', async () => {
    const { page, errors } = await open('/?muscle=iliacus_r&motion=gait&play=1');
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('.viewer-canvas canvas')!.getContext('webgl2') as WebGL2RenderingContext;
      (window as unknown as { lose: WEBGL_lose_context }).lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
    });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/lost its graphics context/);
    await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 20_000 }).toBe(0);
    const before = await page.evaluate(() => (window as unknown as { myomapProbe: { phase(): number } }).myomapProbe.phase());
    await page.waitForTimeout(1500);
    const after = await page.evaluate(() => (window as unknown as { myomapProbe: { phase(): number } }).myomapProbe.phase());
    expect(after).not.toBe(before);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const canvas = await page.locator('.viewer-canvas canvas').boundingBox();
    expect(canvas!.width).toBeLessThanOrEqual(390);
    expect(canvas!.height).toBeGreaterThan(200);
    expect(errors.filter((e) => !/context/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it('left running, it holds no more GPU resources or memory than after a minute', async () => {
    const { page } = await open('/?muscle=psoas_major_r&motion=gait&play=1&speed=4&zones=1');
    await page.waitForTimeout(3000);
    const first = await resources(page);
    // Work it: selections, zones, motions, views.
    for (const [m, motion] of [
      ['iliacus_l', 'hip_flexion'],
      ['gluteus_medius_r', 'kneeling_lunge'],
      ['psoas_major_r', 'gait'],
    ] as const) {
      await page.getByRole('option', { name: new RegExp(`^${m.startsWith('il') ? 'Iliacus \\(left' : m.startsWith('glut') ? 'Gluteus medius \\(right' : 'Psoas major \\(right'}`) }).click();
      await page.getByRole('combobox', { name: 'Motion to show' }).selectOption(motion);
      await page.keyboard.press('3');
      await page.waitForTimeout(2500);
    }
    await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
    const last = await resources(page);
    expect(last.geometries).toBe(first.geometries);
    expect(last.textures).toBe(first.textures);
    expect(last.programs).toBeLessThanOrEqual(first.programs + 1);
    if (first.heap && last.heap) expect(last.heap - first.heap).toBeLessThan(8 * 1024 * 1024);
    await page.context().close();
  });
});
