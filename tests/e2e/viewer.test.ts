/**
 * The viewer as a runtime object: two viewers share a page in compare mode (own pose, one selection), an
 * idle viewer draws nothing, a renderer that cannot start leaves a readable page, and a context lost for
 * good stops promising to come back.
 */
import { describe, expect, it } from 'vitest';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

interface ProbeLike {
  pose(): Record<string, number>;
  length(id: string): number;
  shownAs(id: string): string;
  frames(): number;
}
type Probes = Record<string, ProbeLike>;

describe('viewer runtime in the browser', () => {
  it('compare mode: two viewers side by side, each its own pose, both showing the one selection', async () => {
    const { page, errors } = await open('/?mode=compare&muscle=psoas_major_r', { width: 1280, height: 720 });
    await expect.poll(() => page.evaluate(() => Object.keys((window as unknown as { myomapProbes?: Probes }).myomapProbes ?? {}).sort())).toEqual([
      'compare-b',
      'main',
    ]);
    expect(await page.getByRole('img', { name: /^3D model, Left pane: Standing/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^3D model, Right pane: Back stride/ }).count()).toBe(1);
    const read = () =>
      page.evaluate(() => {
        const p = (window as unknown as { myomapProbes: Probes }).myomapProbes;
        return {
          hip: [p.main!.pose().hip_flexion_r!, p['compare-b']!.pose().hip_flexion_r!],
          length: [p.main!.length('psoas_major_r'), p['compare-b']!.length('psoas_major_r')],
          psoas: [p.main!.shownAs('psoas_major_r'), p['compare-b']!.shownAs('psoas_major_r')],
          iliacus: [p.main!.shownAs('iliacus_l'), p['compare-b']!.shownAs('iliacus_l')],
        };
      });
    await expect.poll(async () => (await read()).psoas).toEqual(['selected', 'selected']);
    const a = await read();
    // Standing beside the back stride: the trailing hip is extended and its psoas longer.
    expect(Math.abs(a.hip[0]!)).toBeLessThan(1);
    expect(a.hip[1]!).toBeLessThan(-8);
    expect(a.length[1]! - a.length[0]!).toBeGreaterThan(0.005);
    // The pane shows the length in its own pose.
    const shown = await page.locator('.compare-length output').allTextContents();
    expect(shown).toEqual(a.length.map((l) => `${(l * 100).toFixed(1)} cm`));
    // One selection for both: choose another muscle from the list.
    await page.getByRole('listbox', { name: 'Muscles' }).getByRole('option', { name: 'Iliacus (left)' }).click();
    await expect.poll(async () => (await read()).iliacus).toEqual(['selected', 'selected']);
    expect((await read()).psoas).toEqual(['plain', 'plain']);
    // Changing the right pane's pose leaves the left one alone.
    await page.getByLabel('Right pane: pose').selectOption('knee_up');
    await expect.poll(async () => (await read()).hip[1]).toBeGreaterThan(85);
    expect(Math.abs((await read()).hip[0]!)).toBeLessThan(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws nothing while nothing changes, and draws again when something does', async () => {
    const { page } = await open('/?muscle=psoas_major_r', { width: 1000, height: 700 });
    const frames = () => page.evaluate(() => (window as unknown as { myomapProbe: ProbeLike }).myomapProbe.frames());
    // Let the first frames after loading settle (a camera glide may still be running), then watch.
    await settled(page);
    const before = await frames();
    await page.waitForTimeout(1500); // the measurement itself: time passing with nothing to do
    expect(await frames()).toBe(before);
    // A change of state draws.
    await page.getByRole('option', { name: 'Iliacus (right)' }).click();
    await expect.poll(frames).toBeGreaterThan(before);
    // A motion playing keeps drawing.
    await page.goto(page.url().replace(/\?.*$/, '?motion=gait&play=1'));
    await page.waitForFunction(() => (window as unknown as { myomapReady?: boolean }).myomapReady === true);
    const p0 = await frames();
    await expect.poll(frames).toBeGreaterThan(p0 + 5);
    await page.context().close();
  });

  it('a renderer that cannot start leaves a readable page, not a blank one', async () => {
    // The WebGL check passes (its probe gets a context), but three.js gets none.
    const { page, errors } = await open('/?muscle=piriformis_r', {
      init: () => {
        const real = HTMLCanvasElement.prototype.getContext;
        let calls = 0;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
          if (String(args[0]).startsWith('webgl') && calls++ > 0) return null;
          return (real as (...a: unknown[]) => unknown).apply(this, args);
        } as typeof real;
      },
    });
    await expect.poll(() => page.getByRole('img', { name: /3D model unavailable/ }).count()).toBe(1);
    expect(await page.getByText(/could not start/).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { myomapWebGL?: boolean }).myomapWebGL)).toBe(false);
    // The rest of the page works: the details of the linked muscle, and the list.
    const heading = () => page.getByRole('region', { name: 'Muscle details' }).getByRole('heading', { level: 2 }).textContent();
    expect(await heading()).toMatch(/Piriformis/);
    await page.getByRole('option', { name: 'Iliacus (right)' }).click();
    await expect.poll(heading).toMatch(/Iliacus/);
    // Only the renderer's own complaint about the context, nothing uncaught.
    expect(errors.filter((e) => !/WebGL|context/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a context lost for good says so, instead of promising it will come back', async () => {
    const { page } = await open('/', {
      setup: async (p) => {
        await p.clock.install();
        await p.clock.resume();
      },
      init: () => {
        // Keep a handle on the viewer's context, to take it away like a GPU reset would.
        const real = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
          const gl = (real as (...a: unknown[]) => unknown).apply(this, args);
          if (gl && String(args[0]).startsWith('webgl')) (window as unknown as { lastGL: unknown }).lastGL = gl;
          return gl;
        } as typeof real;
      },
    });
    await page.evaluate(() => {
      const gl = (window as unknown as { lastGL: WebGL2RenderingContext }).lastGL;
      gl.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/come back by itself/));
    await page.clock.fastForward(9000);
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringMatching(/Reload the page/));
    expect((await page.getByRole('alert').allTextContents()).join(' ')).not.toMatch(/come back by itself/);
    await page.context().close();
  });
});
