/**
 * Explore, as a visitor does it in the built app: select by link, list, keyboard and canvas; search by
 * synonyms; layers and isolation; bad links; help; screenshot; no request off the machine, no console
 * errors, no serious accessibility violation.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

const details = (page: Page) => page.getByRole('region', { name: 'Muscle details' });
const heading = async (page: Page) => (await details(page).getByRole('heading', { level: 2 }).textContent())?.trim();
const status = (page: Page) => page.getByRole('status').first();
const query = (page: Page) => new URL(page.url()).searchParams;

async function axe(page: Page) {
  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({
      resultTypes: ['violations'],
    });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('explore', () => {
  it('opens a muscle from the link, lists it selected, and passes axe with no errors or external requests', async () => {
    const { page, errors, external } = await open('/?muscle=psoas_major_r');
    expect(await heading(page)).toBe('Psoas major');
    await expect.poll(() => page.getByRole('option', { name: 'Psoas major (right)' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('img', { name: /^3D model/ }).count()).toBe(1);
    expect(await details(page).textContent()).toMatch(/Education only/);
    expect(await details(page).textContent()).toMatch(/Travell/);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('selects from the list and by keyboard, announces it, keeps the URL in step, finds synonyms', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('listbox', { name: 'Muscles' }).getByRole('option', { name: 'Iliacus (left)' }).click();
    expect(await heading(page)).toBe('Iliacus');
    await expect.poll(() => status(page).textContent()).toBe('Selected Iliacus (left)');
    expect(query(page).get('muscle')).toBe('iliacus_l');

    const search = page.getByRole('searchbox', { name: 'Search muscles' });
    const options = () => page.getByRole('listbox', { name: 'Muscles' }).getByRole('option').allTextContents();
    await search.fill('QL');
    await expect.poll(options).toEqual(['Quadratus lumborum (right)', 'Quadratus lumborum (left)']);
    await search.fill('hamstring');
    await expect.poll(async () => (await options()).length).toBe(8);
    const hamstrings = await options();
    expect(hamstrings).toContain('Semitendinosus (right)');
    expect(hamstrings).toContain('Biceps femoris (short head) (left)');
    expect(hamstrings.every((h) => /biceps|semi/i.test(h))).toBe(true);
    await search.fill('hip flexor');
    await expect.poll(options).toContain('Rectus femoris (right)');
    await search.fill('glute');
    await search.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await heading(page)).toMatch(/^Gluteus/);
    await search.fill('zzz');
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/No muscle matches/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selects by clicking a muscle on the canvas and clears on empty space', async () => {
    const { page, errors } = await open('/?view=anterior&layers=muscles');
    await settled(page); // the camera glides to the preset
    const p = await page.evaluate(() => (window as unknown as { myomapProbe: { screenPoint(id: string): { x: number; y: number } } }).myomapProbe.screenPoint('rectus_femoris_r'));
    expect(p).not.toBeNull();
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Rectus femoris (right)');
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => heading(page)).toBe('Rectus femoris');
    const box = (await page.locator('.viewer-canvas').boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + 8);
    await expect.poll(() => heading(page)).toBe('Choose a muscle');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names bones and skin under the pointer too', async () => {
    const { page } = await open('/?view=anterior', { reducedMotion: true });
    await settled(page);
    type P = { project(x: number, y: number, z: number): { x: number; y: number } };
    const at = (x: number, y: number, z: number) =>
      page.evaluate(([a, b, c]) => (window as unknown as { myomapProbe: P }).myomapProbe.project(a!, b!, c!), [x, y, z]);
    const label = () => page.locator('.hover-label').textContent();
    // The front of the right shin: the tibia lies just under the skin.
    const shin = await at(0.03, 0.3, 0.084);
    await page.mouse.move(shin.x, shin.y);
    // Each bone is named as the list names it (the fibula apart from the tibia it rides on).
    await expect.poll(label).toBe('Tibia (right)');
    // The outer front of the right shin, where no bone or modelled muscle lies (the shin muscles are not
    // in the model): the skin.
    const shin2 = await at(-0.06, 0.25, 0.123);
    await page.mouse.move(shin2.x, shin2.y);
    await expect.poll(label).toBe('Skin (body surface)');
    await page.context().close();
  });

  it('ignores bad link parameters with a notice naming each, and still works', async () => {
    const { page, errors } = await open('/?muscle=psoas&view=sideways&speed=99&layers=skin,guts&foo=1&motion=gait');
    await expect.poll(() => page.locator('.notice').count()).toBeGreaterThan(0);
    const all = (await page.locator('.notice').allTextContents()).join(' ');
    for (const name of ['muscle', 'view', 'speed', 'layers', 'foo']) expect(all).toContain(name);
    expect(await heading(page)).toBe('Choose a muscle');
    expect(query(page).get('motion')).toBe('gait');
    expect(query(page).get('view')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('layers, side and isolation change what is drawn and the link', async () => {
    const { page } = await open('/?muscle=psoas_major_r');
    const visible = () => page.evaluate(() => (window as unknown as { myomapProbe: { visibleMuscles(): string[] } }).myomapProbe.visibleMuscles());
    expect((await visible()).length).toBe(76);
    await page.getByRole('button', { name: 'Isolate with neighbours' }).click();
    await expect.poll(async () => (await visible()).length).toBeLessThan(20);
    const isolated = await visible();
    expect(isolated).toContain('psoas_major_r');
    expect(isolated).toContain('iliacus_r');
    expect(isolated.length).toBeLessThan(20);
    expect(isolated.every((id) => id.endsWith('_r'))).toBe(true);
    expect(query(page).get('isolate')).toContain('psoas_major_r');
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.getByRole('button', { name: 'Layers' }).click();
    await page.getByRole('radio', { name: 'Left' }).check();
    await expect.poll(async () => (await visible()).every((id) => id.endsWith('_l'))).toBe(true);
    expect(query(page).get('side')).toBe('l');
    await page.getByRole('checkbox', { name: 'Muscles', exact: true }).uncheck();
    await expect.poll(visible).toEqual([]);
    expect(query(page).get('layers')).toBe('skin,bones');
    await page.context().close();
  });

  it('has keyboard shortcuts with a help overlay, and saves a screenshot', async () => {
    const { page } = await open('/');
    await page.locator('body').press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('2');
    await expect.poll(() => query(page).get('view')).toBe('posterior');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Screenshot' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^myomap-.*\.png$/);
    await page.context().close();
  });

  it('works on a phone: the view fills the screen and panels open over it', async () => {
    const { page, errors } = await open('/', { width: 390, height: 844, touch: true });
    expect(await page.locator('.side-left').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Muscles', exact: true }).tap();
    await page.getByRole('option', { name: 'Piriformis (right)' }).tap();
    await expect.poll(() => heading(page)).toBe('Piriformis');
    expect(await details(page).isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await page.locator('.viewer-canvas').evaluate((c) => getComputedStyle(c).touchAction)).toBe('none');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says clearly when a model file is missing, and the rest works', async () => {
    const { page } = await open('/?muscle=sartorius_r', { ready: false });
    await page.route('**/models/bones.glb', (r) => r.fulfill({ status: 404, body: 'missing' }));
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 90_000 });
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 60_000 }).toMatch(/bone model could not be loaded/);
    expect(await heading(page)).toBe('Sartorius');
    await page.getByRole('option', { name: 'Gracilis (left)' }).click();
    expect(await heading(page)).toBe('Gracilis');
    await page.context().close();
  });

  it('without WebGL shows a readable fallback and the list still works', async () => {
    const { page } = await open('/', { ready: false });
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 90_000 });
    await expect.poll(() => page.getByRole('img', { name: /3D model unavailable/ }).count()).toBe(1);
    await page.getByRole('option', { name: 'Psoas major (right)' }).click();
    expect(await heading(page)).toBe('Psoas major');
    await page.context().close();
  });
});
