/**
 * Issue 11, layers: each layer can be shown, hidden or drawn see-through, from the Layers panel and from
 * the link (`seethrough=`), and the link keeps it. The selected muscle stays solid inside a see-through
 * muscle layer, as the abdominal wall does when chosen, and whatever is see-through fades further while a
 * muscle is selected (the psoas behind the abdominal wall keeps its colour). A selected nerve, vessel or
 * ligament, which runs under or inside the muscles, makes every muscle faint, or it would be hidden.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

const opacity = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { myomapProbe: { opacity(n: string): number | null } }).myomapProbe.opacity(n), name);
const seeThroughParam = (page: Page) => new URL(page.url()).searchParams.get('seethrough');

describe('see-through layers', () => {
  it('a link draws its layers see-through; the Layers panel changes them and the link follows', async () => {
    const { page, errors } = await open('/?layers=skin,muscles,bones,nerves&seethrough=muscles,bones&view=anterior');
    await expect.poll(() => opacity(page, 'structures/femoral_nerve_r')).toBe(1);
    await settled(page);
    expect(await opacity(page, 'muscles/psoas_major_r')).toBeLessThan(0.5);
    expect(await opacity(page, 'bones/femur_r')).toBeLessThan(0.5);
    // Bones solid again, nerves see-through, from the panel.
    await page.getByRole('button', { name: 'Layers', exact: true }).click();
    await page.getByRole('checkbox', { name: 'See-through bones' }).uncheck();
    await page.getByRole('checkbox', { name: 'See-through nerves' }).check();
    await expect.poll(() => opacity(page, 'bones/femur_r')).toBe(1);
    await expect.poll(() => opacity(page, 'structures/femoral_nerve_r')).toBeLessThan(0.5);
    await expect.poll(() => seeThroughParam(page)).toBe('muscles,nerves');
    // Shown layers stay shown: see-through is not hidden.
    expect(await page.getByRole('checkbox', { name: 'Bones', exact: true }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the selected muscle stays solid in a see-through muscle layer, and what is see-through fades further', async () => {
    const { page } = await open('/?muscle=psoas_major_r&seethrough=muscles');
    await settled(page);
    expect(await opacity(page, 'muscles/psoas_major_r')).toBe(1);
    expect(await opacity(page, 'muscles/iliacus_r')).toBeLessThan(0.15);
    // The abdominal wall over the psoas: faint beside a selection, the usual see-through without one.
    expect(await opacity(page, 'muscles/rectus_abdominis_r')).toBeLessThan(0.15);
    expect(seeThroughParam(page)).toBe('muscles');
    await page.keyboard.press('Escape');
    await expect.poll(() => opacity(page, 'muscles/rectus_abdominis_r')).toBeGreaterThan(0.2);
    await page.context().close();
  });

  it('a selected nerve is not hidden by the muscles around it: they fade until it is cleared', async () => {
    // The obturator nerve runs out of psoas, down the pelvic wall and past obturator externus.
    const { page } = await open('/?select=obturator_nerve_r');
    await expect.poll(() => opacity(page, 'structures/obturator_nerve_r')).toBe(1);
    await settled(page);
    expect(await opacity(page, 'muscles/psoas_major_r')).toBeLessThan(0.15);
    expect(await opacity(page, 'muscles/obturator_externus_r')).toBeLessThan(0.15);
    expect(await opacity(page, 'bones/femur_r')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => opacity(page, 'muscles/psoas_major_r')).toBe(1);
    await page.context().close();
  });
});
