/**
 * Issue 11: structures other than muscles are selected like muscles — by link (`select=femoral_nerve_r`
 * turns the nerves layer on, shows the nerve's details and sources, draws it in the selection colour and
 * keeps the link), from the list's search by keyboard, by a click on the model, and by a host page
 * through the embed API. Bones too: a link, a click on the model, a search by the word people use.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

interface ProbeLike {
  visibleStructures(): string[];
  shownAs(id: string): string;
  screenPoint(id: string): { x: number; y: number } | null;
}
type ProbeWindow = Window & { myomapProbe: ProbeLike };

const details = (page: Page) => page.getByRole('region', { name: 'Muscle details' });
const heading = async (page: Page) => (await details(page).getByRole('heading', { level: 2 }).textContent())?.trim();
const query = (page: Page) => new URL(page.url()).searchParams;
const visible = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).myomapProbe.visibleStructures());
const shownAs = (page: Page, id: string) =>
  page.evaluate((id) => (window as unknown as ProbeWindow).myomapProbe.shownAs(id), id);
/** Type into the list's search; the options it leaves, by name. */
async function search(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Search muscles' }).fill(words);
  return () => page.getByRole('listbox', { name: 'Muscles' }).getByRole('option').allTextContents();
}
const screenPoint = (page: Page, id: string) =>
  page.evaluate((id) => (window as unknown as ProbeWindow).myomapProbe.screenPoint(id), id);

/** Open a link and wait until the right femur is drawn and the camera rests; `at` is a point on it. */
async function openOnFemur(link: string) {
  const opened = await open(link);
  await expect.poll(() => screenPoint(opened.page, 'femur_r')).not.toBeNull();
  await settled(opened.page);
  return { ...opened, at: (await screenPoint(opened.page, 'femur_r'))! };
}

describe('selecting structures', () => {
  it('a link selects the femoral nerve: details with sources, its layer on, drawn as selected, the link kept', async () => {
    const { page, errors } = await open('/?select=femoral_nerve_r');
    expect(await heading(page)).toBe('Femoral nerve');
    await expect.poll(() => details(page).textContent()).toMatch(/Right side · Nerve/);
    // Its facts arrive with their chunk: the course, and the sources cited as for muscles.
    const sources = details(page).locator('ol.sources li');
    await expect.poll(() => sources.count()).toBeGreaterThan(0);
    expect(await sources.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Gray/)]));
    expect(await details(page).textContent()).toMatch(/Education only/);
    // Muscle-only sections stand aside.
    expect(await details(page).getByRole('heading', { name: 'Trigger points' }).count()).toBe(0);

    await settled(page);
    await expect.poll(() => visible(page)).toContain('femoral_nerve_r');
    await expect.poll(() => shownAs(page, 'femoral_nerve_r')).toBe('selected');
    await expect.poll(() => shownAs(page, 'femoral_nerve_l')).toBe('plain');
    // The list shows it selected; the link keeps it (and the layer it turned on).
    expect(
      await page.getByRole('option', { name: 'Femoral nerve (right)', exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(query(page).get('select')).toBe('femoral_nerve_r');
    expect(query(page).get('layers')?.split(',')).toContain('nerves');

    // "Frame it" frames the nerve (no error, the camera settles again).
    await details(page).getByRole('button', { name: 'Frame it' }).click();
    await settled(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['the obturator nerve', 'structures/obturator_nerve_r', { width: 1280, height: 720 }, 0.3, 1],
    ['the inguinal ligament, on a phone', 'structures/inguinal_ligament_r', { width: 390, height: 844, touch: true }, 0.3, 1],
    // A kneecap is seen among its neighbours (from at least 55 cm), not filling the view: 2 % in the whole body.
    ['the kneecap', 'bones/patella_r', { width: 1280, height: 720 }, 0.08, 0.3],
  ] as const)('a link to %s opens framed on it: found without "Frame it"', async (_, name, size, least, most) => {
    const id = name.split('/')[1]!;
    const { page, errors } = await open(`/?select=${id}`, size);
    // Its drawn box on screen: edges as fractions of the canvas, and its larger side over the canvas's
    // smaller one (in the whole body either is a few per cent of the view). null until it is drawn.
    const box = () =>
      page.evaluate((name) => {
        const p = (
          window as unknown as {
            myomapProbe: {
              bounds(n: string): { min: number[]; max: number[] } | null;
              project(x: number, y: number, z: number): { x: number; y: number };
              fittedInsets(): { bottom: number } | null;
            };
          }
        ).myomapProbe;
        const b = p.bounds(name);
        if (!b) return null;
        const c = document.querySelector('canvas')!.getBoundingClientRect();
        const pts = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
          p.project(i & 1 ? b.max[0]! : b.min[0]!, i & 2 ? b.max[1]! : b.min[1]!, i & 4 ? b.max[2]! : b.min[2]!),
        );
        const ys = pts.map((q) => q.y - c.top);
        const xs = pts.map((q) => q.x - c.left);
        const [top, bottom, left, right] = [Math.min(...ys), Math.max(...ys), Math.min(...xs), Math.max(...xs)];
        return {
          top: top / c.height,
          bottom: bottom / c.height,
          left: left / c.width,
          right: right / c.width,
          span: Math.max(bottom - top, right - left) / Math.min(c.width, c.height),
          covered: p.fittedInsets()?.bottom ?? 0,
        };
      }, name);
    await expect.poll(box).not.toBeNull();
    // Framed once drawn (a nerve's chunk comes after the first frame).
    await expect.poll(async () => (await box())!.span).toBeGreaterThan(least);
    await settled(page);
    const b = (await box())!;
    expect(b.span).toBeGreaterThan(least);
    expect(b.span).toBeLessThan(most);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(1);
    // Above a phone's open sheet, where it can be seen.
    expect(b.bottom).toBeLessThanOrEqual(1 - b.covered + 0.01);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('search finds a ligament by a synonym; ↓ Enter selects it, turns on its layer and keeps the link', async () => {
    const { page, errors } = await open('/?layers=skin,bones');
    const options = await search(page, "Poupart's");
    await expect.poll(options).toEqual(['Inguinal ligament (right)', 'Inguinal ligament (left)']);
    await page.getByRole('searchbox', { name: 'Search muscles' }).press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Inguinal ligament');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Selected Inguinal ligament (left)');
    await expect.poll(() => query(page).get('select')).toBe('inguinal_ligament_l');
    expect(query(page).get('layers')).toBe('skin,ligaments,bones');
    await settled(page);
    await expect.poll(() => visible(page)).toContain('inguinal_ligament_l');
    await expect.poll(() => shownAs(page, 'inguinal_ligament_l')).toBe('selected');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on a nerve selects it; the hover label names it', async () => {
    const { page, errors } = await open('/?layers=nerves&view=anterior');
    const point = () =>
      page.evaluate(() =>
        (
          window as unknown as { myomapProbe: { screenPoint(id: string): { x: number; y: number } | null } }
        ).myomapProbe.screenPoint('femoral_nerve_r'),
      );
    // The nerves come with their lazy chunk: wait until the nerve is drawn, then for the camera to rest.
    await expect.poll(point).not.toBeNull();
    await settled(page);
    const at = await point();
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Femoral nerve (right)');
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => heading(page)).toBe('Femoral nerve');
    expect(query(page).get('select')).toBe('femoral_nerve_r');
    await settled(page);
    await expect.poll(() => shownAs(page, 'femoral_nerve_r')).toBe('selected');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with a nerve selected the muscles are faint, and a nerve seen through them answers hover and click', async () => {
    // From behind: the right sciatic nerve runs under gluteus maximus and the hamstrings.
    const { page, errors } = await open('/?select=sciatic_nerve_l&view=posterior');
    await expect.poll(() => screenPoint(page, 'sciatic_nerve_r')).not.toBeNull();
    await settled(page);
    const at = (await screenPoint(page, 'sciatic_nerve_r'))!;
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Sciatic nerve (right)');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => query(page).get('select')).toBe('sciatic_nerve_r');
    expect(await heading(page)).toBe('Sciatic nerve');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a host selects a nerve through the embed API; an unknown id is an error that changes nothing', async () => {
    const { page, errors } = await open('/test-pages/host.html', { ready: false });
    await page.evaluate(() =>
      (window as unknown as { addFrame(id: string, src: string): void }).addFrame(
        'v',
        '/embed.html?layers=muscles&view=anterior',
      ),
    );
    type Received = { frame: string; data: Record<string, unknown> };
    const received = () =>
      page.evaluate(() => (window as unknown as { messages: Received[] }).messages.map((m) => m.data));
    await expect
      .poll(async () => (await received()).map((m) => m.type), { timeout: 120_000 })
      .toContain('myomap:ready');
    const post = (m: unknown) =>
      page.evaluate((m) => (window as unknown as { postTo(id: string, m: unknown): void }).postTo('v', m), m);

    await post({ type: 'myomap:select', muscle: 'femoral_nerve_r', id: 1 });
    await expect
      .poll(async () => (await received()).at(-1))
      .toEqual({
        type: 'myomap:select',
        muscle: 'femoral_nerve_r',
        name: 'Femoral nerve (right)',
        source: 'api',
        id: 1,
      });
    const frame = page.frames().find((f) => f.url().includes('/embed.html'))!;
    await expect.poll(() => frame.locator('.embed-name').textContent()).toBe('Femoral nerve (right)');
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as ProbeWindow).myomapProbe.visibleStructures()))
      .toContain('femoral_nerve_r');

    await post({ type: 'myomap:select', muscle: 'femoral_nerve', id: 2 });
    await expect.poll(async () => (await received()).at(-1)).toMatchObject({ type: 'myomap:error', id: 2 });
    await post({ type: 'myomap:getState', id: 3 });
    await expect
      .poll(async () => (await received()).at(-1))
      .toMatchObject({
        type: 'myomap:state',
        id: 3,
        muscle: null,
        structure: 'femoral_nerve_r',
      });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('a link selects the femur: its details, drawn as selected (the other bones not), the link kept, framed', async () => {
    const { page, errors } = await open('/?select=femur_r&layers=muscles');
    expect(await heading(page)).toBe('Femur');
    await expect.poll(() => details(page).textContent()).toMatch(/Right side · Bone/);
    // The region keeps SPEC's name; its description says what it shows.
    await expect
      .poll(() =>
        details(page).evaluate((el) =>
          el
            .getAttribute('aria-describedby')
            ?.split(' ')
            .map((id) => document.getElementById(id)?.textContent)
            .join(' '),
        ),
      )
      .toBe('Femur Right side · Bone');
    const sources = details(page).locator('ol.sources li');
    await expect.poll(() => sources.count()).toBeGreaterThan(0);
    expect(await details(page).textContent()).toMatch(/Education only/);
    expect(await details(page).textContent()).toMatch(/thigh bone/i);
    // The bones layer was hidden: selecting the femur turned it on, and the link keeps both.
    expect(query(page).get('select')).toBe('femur_r');
    expect(query(page).get('layers')).toBe('muscles,bones');
    await settled(page);
    await expect.poll(() => shownAs(page, 'femur_r')).toBe('selected');
    expect(await shownAs(page, 'femur_l')).toBe('plain');
    expect(await shownAs(page, 'tibia_r')).toBe('plain');
    expect(await page.getByRole('option', { name: 'Femur (right)', exact: true }).getAttribute('aria-selected')).toBe(
      'true',
    );

    await details(page).getByRole('button', { name: 'Frame it' }).click();
    await settled(page);
    // Framed: the femur fills much of the view's height.
    const box = await page.evaluate(() => {
      const p = (
        window as unknown as {
          myomapProbe: {
            bounds(n: string): { min: number[]; max: number[] } | null;
            project(x: number, y: number, z: number): { x: number; y: number };
          };
        }
      ).myomapProbe;
      const b = p.bounds('bones/femur_r')!;
      const top = p.project((b.min[0]! + b.max[0]!) / 2, b.max[1]!, (b.min[2]! + b.max[2]!) / 2);
      const bottom = p.project((b.min[0]! + b.max[0]!) / 2, b.min[1]!, (b.min[2]! + b.max[2]!) / 2);
      const canvas = document.querySelector('canvas')!.getBoundingClientRect();
      return (bottom.y - top.y) / canvas.height;
    });
    expect(box).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on a bone selects it and its name shows on hover; search "kneecap" finds the patella', async () => {
    const { page, errors, at } = await openOnFemur('/?layers=bones&view=anterior');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Femur (right)');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => heading(page)).toBe('Femur');
    expect(query(page).get('select')).toBe('femur_r');
    await settled(page);
    await expect.poll(() => shownAs(page, 'femur_r')).toBe('selected');

    await expect.poll(await search(page, 'kneecap')).toEqual(['Patella (right)', 'Patella (left)']);
    await page.getByRole('searchbox', { name: 'Search muscles' }).press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Patella');
    await expect.poll(() => query(page).get('select')).toBe('patella_r');
    await settled(page);
    await expect.poll(() => shownAs(page, 'patella_r')).toBe('selected');
    expect(await shownAs(page, 'femur_r')).toBe('plain');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in the quiz a click on a bone selects nothing (answers are muscles: the click passes on)', async () => {
    const { page, errors, at } = await openOnFemur('/?mode=quiz&layers=bones&view=anterior');
    await page.mouse.click(at.x, at.y);
    await settled(page);
    expect(query(page).get('select')).toBeNull();
    expect(await shownAs(page, 'femur_r')).toBe('plain');
    expect(await page.locator('.quiz-question').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
