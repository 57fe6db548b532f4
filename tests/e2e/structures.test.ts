/**
 * Nerves and vessels on screen: a link that turns their layers on draws them (named by structure id) in
 * their colours — nerves yellow, arteries red — and they go when the layers go.
 */
import { describe, expect, it } from 'vitest';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

interface ProbeLike {
  bounds(name: string): { min: number[]; max: number[] } | null;
  visibleStructures(): string[];
  visibleMuscles(): string[];
}
type ProbeWindow = Window & { myomapProbe: ProbeLike };

/** Shares of the canvas pixels that read as a nerve (yellow) and as an artery (red). */
function colours(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const src = document.querySelector('.viewer-canvas canvas') as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const g = c.getContext('2d')!;
    g.drawImage(src, 0, 0);
    const { data } = g.getImageData(0, 0, c.width, c.height);
    let yellow = 0;
    let red = 0;
    for (let i = 0; i < data.length; i += 8) {
      const r = data[i]!;
      const gg = data[i + 1]!;
      const b = data[i + 2]!;
      if (data[i + 3]! < 200) continue;
      // Bone is ivory (blue at 0.85 of green): yellow needs far less blue than green.
      if (r > 120 && gg > 90 && b < 0.55 * gg && r > b * 1.8) yellow++;
      if (r > 110 && r > 2 * gg && r > 2 * b) red++;
    }
    const n = data.length / 8;
    return { yellow: yellow / n, red: red / n };
  });
}

describe('path-bound structures', () => {
  it('nerves and vessels are drawn when their layers are on', async () => {
    const { page, errors } = await open('/?layers=bones,nerves,vessels&view=anterior', { width: 1280, height: 800 });
    await settled(page);
    const shown = await page.evaluate(() => (window as unknown as ProbeWindow).myomapProbe.visibleStructures());
    for (const id of [
      'femoral_nerve_r',
      'femoral_nerve_l',
      'abdominal_aorta',
      'inferior_vena_cava',
      'femoral_artery_r',
    ]) {
      expect(shown).toContain(id);
    }
    // Layers off stay off: no ligaments, no fascia, no muscles.
    expect(shown).not.toContain('inguinal_ligament_r');
    expect(shown).not.toContain('thoracolumbar_fascia');
    expect(await page.evaluate(() => (window as unknown as ProbeWindow).myomapProbe.visibleMuscles())).toEqual([]);
    const on = await colours(page);
    expect(on.yellow).toBeGreaterThan(0.003);
    expect(on.red).toBeGreaterThan(0.002);

    // They follow the pose once drawn: scrubbing walking from heel strike to the back stride moves the
    // femoral nerve (its box, from the geometry as posed).
    const nerve = (p: typeof page) =>
      p.evaluate(() => (window as unknown as ProbeWindow).myomapProbe.bounds('structures/femoral_nerve_r'));
    const { page: walking } = await open('/?layers=bones,nerves,vessels&view=anterior&motion=gait&t=0', {
      width: 1280,
      height: 800,
    });
    await settled(walking);
    const heel = (await nerve(walking))!;
    await walking.getByRole('group', { name: 'Motion' }).getByRole('slider', { name: 'Phase' }).fill('0.5');
    await settled(walking);
    const stride = (await nerve(walking))!;
    const moved = Math.max(
      ...[0, 1, 2].flatMap((i) => [stride.min[i]! - heel.min[i]!, stride.max[i]! - heel.max[i]!].map(Math.abs)),
    );
    expect(moved).toBeGreaterThan(0.02);

    // The same view with only bones: neither colour.
    const { page: bare } = await open('/?layers=bones&view=anterior', { width: 1280, height: 800 });
    await settled(bare);
    expect(await bare.evaluate(() => (window as unknown as ProbeWindow).myomapProbe.visibleStructures())).toEqual([]);
    const off = await colours(bare);
    expect(off.yellow).toBeLessThan(on.yellow / 10);
    expect(off.red).toBeLessThan(on.red / 10);
    expect(errors).toEqual([]);
  });
});
