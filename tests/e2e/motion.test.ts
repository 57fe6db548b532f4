/**
 * Issue 6 in the built app: the motion timeline (group "Motion", Play/Pause, slider "Phase"), the live
 * length plot whose numbers match `myomap motion`, the presets, the pose by hand, reduced motion and the
 * URL parameters motion, t, play and speed. Two page loads: WebGL is software-rendered here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cmText, hipText } from '../../src/ui/motion/format';
import { LENGTH_STRUCTURES } from '../../src/anatomy/structures/catalog';
import { sampleMotion } from '../../src/ui/motion/samples';
import { animationFrames, connectBrowser, open } from './harness';

connectBrowser();

/** `myomap motion <motion> --muscles <id> --step 1`, run as its own process, as a researcher would. */
const cliRuns = new Map<string, string>();
function cliCsv(motion: string, id: string): string {
  const key = `${motion} ${id}`;
  if (!cliRuns.has(key)) {
    const out = execFileSync(process.execPath, ['bin/myomap.mjs', 'motion', motion, '--muscles', id, '--step', '1'], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../..'),
    });
    cliRuns.set(key, out);
  }
  return cliRuns.get(key)!;
}

/** The cells of the named columns, row by row, as text. */
function columns(csv: string, names: string[]): string[][] {
  const [head, ...rows] = csv.trim().split('\n');
  const idx = names.map((n) => head!.split(',').indexOf(n));
  expect(idx.every((i) => i >= 0), `${names.join(',')} in ${head}`).toBe(true);
  return rows.map((r) => idx.map((i) => r.split(',')[i]!));
}

/** One CLI number: row `percent`, column `name`. */
function cli(motion: string, id: string, percent: number, name: string): number {
  const [row] = columns(cliCsv(motion, id), ['percent', name]).filter(([p]) => p === String(percent));
  return Number(row![1]);
}

const phase = (page: Page) =>
  page.evaluate(() => (window as unknown as { myomapProbe: { phase(): number } }).myomapProbe.phase());
const pose = (page: Page) =>
  page.evaluate(() => (window as unknown as { myomapProbe: { pose(): Record<string, number> } }).myomapProbe.pose());
/** Errors of this page, leaving aside model files that other work may be rebuilding. */
const ownErrors = (errors: string[]) => errors.filter((e) => !/\.glb\b/.test(e));
const params = (page: Page) => new URL(page.url()).searchParams;

async function expectReadoutMatchesCli(page: Page, motion: string, percent: number) {
  const id = 'psoas_major_r';
  const length = cli(motion, id, percent, `${id}.length`);
  const hip = cli(motion, id, percent, 'hip_flexion_r');
  const exact = sampleMotion(motion as 'gait', id).lengthM[percent]!;
  expect(Math.abs(exact - length)).toBeLessThan(6e-6);
  const shown = page.locator('[data-readout="length"]');
  await expect.poll(() => shown.textContent()).toBe(cmText(exact));
  expect(Math.abs(Number(await shown.textContent()) - length * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
  expect(await page.locator('[data-readout="hip"]').textContent()).toBe(hipText(hip));
}

describe('motion timeline, length plot and URL', () => {
  it('opens a link at its phase and speed, scrubs, plays, runs the back stride, exports CSV and poses by hand', async () => {
    const { page, errors } = await open('/?motion=gait&t=0.4&speed=2');
    const group = page.getByRole('group', { name: 'Motion' });
    const slider = group.getByRole('slider', { name: 'Phase' });
    await expect.poll(() => slider.inputValue()).toBe('0.4');
    expect(await group.locator('.phase-out').textContent()).toBe('40 %');
    expect(await group.locator('.speed-out').textContent()).toBe('2×');
    expect(await group.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);

    // The plot, named with "length", of the right psoas major when nothing is selected; its numbers are the CLI's.
    const figure = page.getByRole('figure', { name: /length/ });
    expect(await figure.getAttribute('aria-label')).toBe('Muscle length over the motion: Psoas major (right)');
    // uPlot is fetched when the plot is first shown.
    await expect.poll(() => figure.locator('canvas').count()).toBeGreaterThan(0);
    expect(await figure.textContent()).toMatch(/Kadaba et al\. 1990/);
    await expectReadoutMatchesCli(page, 'gait', 40);

    // Another motion through the select: the URL follows, the pose moves with the slider.
    await group.getByRole('combobox').selectOption('hip_flexion');
    await expect.poll(() => params(page).get('motion')).toBe('hip_flexion');
    expect(params(page).get('t')).toBeNull();
    await expect.poll(async () => (await pose(page)).hip_flexion_r).toBeCloseTo(0, 3);
    const stage = page.locator('.stage');
    const before = await stage.screenshot();
    await slider.fill('0.5');
    await expect.poll(() => params(page).get('t')).toBe('0.5');
    await expect.poll(async () => (await pose(page)).hip_flexion_r).toBeCloseTo(120, 3);
    expect(await group.locator('.phase-out').textContent()).toBe('50 %');
    await expectReadoutMatchesCli(page, 'hip_flexion', 50);
    await page.waitForTimeout(300);
    expect(Buffer.compare(before, await stage.screenshot())).not.toBe(0);

    // Play runs the phase on and the button says Pause; Pause hands the phase back to the link.
    await group.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => group.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => phase(page), { timeout: 15_000 }).not.toBe(0.5);
    expect(params(page).get('play')).toBe('1');
    await group.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => params(page).get('play')).toBeNull();
    const paused = await phase(page);
    expect(Number(params(page).get('t'))).toBeCloseTo(paused, 2);

    // "Back stride": walking, the right leg's terminal stance looped slowly, psoas selected, stretch colours on.
    await group.getByRole('button', { name: 'Back stride' }).click();
    await expect.poll(() => params(page).get('motion')).toBe('gait');
    expect(params(page).get('muscle')).toBe('psoas_major_r');
    expect(params(page).get('speed')).toBe('0.35');
    expect(params(page).get('play')).toBe('1');
    expect(await page.getByRole('note', { name: /Colour by stretch/ }).isVisible()).toBe(true);
    expect(await page.getByRole('status').textContent()).toMatch(/back stride/i);
    // The pose on screen moves into the back stride on the next frame, then loops inside it.
    const inStride = (p: number) => p >= 0.3 - 1e-9 && p <= 0.52 + 1e-9;
    await expect.poll(async () => inStride(await phase(page))).toBe(true);
    for (let i = 0; i < 4; i++) {
      const p = await phase(page);
      expect(p).toBeGreaterThanOrEqual(0.3 - 1e-9);
      expect(p).toBeLessThanOrEqual(0.52 + 1e-9);
      await page.waitForTimeout(250);
    }

    // CSV of what is plotted: the CLI's numbers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the plotted numbers as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('myomap-gait-psoas_major_r.csv');
    const saved = join(mkdtempSync(join(tmpdir(), 'myomap-csv-')), 'plot.csv');
    await download.saveAs(saved);
    const csv = readFileSync(saved, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(102);
    // Every plotted number is the CLI's, digit for digit: percent, hip angle and length, at all 101 rows.
    const shared = ['percent', 'hip_flexion_r', 'psoas_major_r.length'];
    expect(columns(csv, shared)).toEqual(columns(cliCsv('gait', 'psoas_major_r'), shared));

    // Pose by hand: the motion stops, the pose holds, the slider says what it does in degrees.
    await group.getByText('Pose by hand').click();
    await group.getByRole('slider', { name: 'Right hip flexion or extension' }).fill('35');
    await expect.poll(() => group.getByText('Right hip flexion 35°').isVisible()).toBe(true);
    await expect.poll(() => params(page).get('motion')).toBeNull();
    await expect.poll(async () => (await pose(page)).hip_flexion_r).toBe(35);
    expect(await group.getByRole('button', { name: 'Play', exact: true }).isDisabled()).toBe(true);
    expect(await group.getByRole('combobox').inputValue()).toBe('');

    expect(ownErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('with reduced motion, play=1 and presets do not start playback; Play by hand still works', async () => {
    const { page, errors } = await open('/?motion=gait&play=1', { reducedMotion: true });
    const group = page.getByRole('group', { name: 'Motion' });
    await expect
      .poll(() => group.getByText(/paused because your system asks for reduced motion/).isVisible())
      .toBe(true);
    const start = await phase(page);
    await animationFrames(page, 20);
    expect(await phase(page)).toBe(start);
    expect(await group.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);

    await group.getByRole('button', { name: 'Back stride' }).click();
    await expect.poll(() => phase(page)).toBeCloseTo(0.3, 10);
    await animationFrames(page, 20);
    expect(await phase(page)).toBeCloseTo(0.3, 10);
    expect(await group.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);

    await group.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => group.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => phase(page), { timeout: 15_000 }).not.toBe(0.3);
    expect(ownErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('plots a selected ligament like a muscle, with the CLI numbers; a bone, which has no length, leaves the psoas', async () => {
    const id = 'iliofemoral_ligament_r';
    const { page, errors } = await open(`/?select=${id}&motion=gait&t=0.4`);
    const figure = page.getByRole('figure', { name: /length/ });
    await expect.poll(() => figure.getAttribute('aria-label')).toBe('Ligament length over the motion: Iliofemoral ligament (right)');
    const ligament = LENGTH_STRUCTURES.find((s) => s.id === id)!;
    const exact = sampleMotion('gait', { ...ligament, side: 'r' }).lengthM[40]!;
    expect(Math.abs(exact - cli('gait', id, 40, `${id}.length`))).toBeLessThan(6e-6);
    await expect.poll(() => page.locator('[data-readout="length"]').textContent()).toBe(cmText(exact));
    // At 40 % of the cycle the right hip is extended, in the back stride: the ligament is drawn tight.
    expect(await page.locator('[data-readout="delta"]').textContent()).toMatch(/^\+/);
    expect(await figure.textContent()).not.toMatch(/psoas/);
    await page.getByRole('option', { name: 'Femur (right)', exact: true }).click();
    await expect.poll(() => figure.getAttribute('aria-label')).toBe('Muscle length over the motion: Psoas major (right)');
    expect(await figure.textContent()).toMatch(/Femur \(right\) has no length plotted here, so the right psoas major is shown/);
    expect(ownErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
