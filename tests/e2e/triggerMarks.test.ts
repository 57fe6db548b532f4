/**
 * Trigger-point marks: with a muscle selected and its zones shown, each of its trigger points is drawn as
 * an ✕ on the muscle's surface where the data puts it — `along` its fibre `fibre` — in the pose on
 * screen, and the marks go when the zones do. The expected places are computed here from the anatomy
 * (the same paths the CLI measures) and found on the canvas by the marks' black strokes, which nothing
 * else in the scene has.
 */
import { describe, expect, it } from 'vitest';
import { COORDINATE_NAMES } from '../../src/anatomy/model/coordinates';
import { computeFrames } from '../../src/anatomy/model/kinematics';
import { muscle } from '../../src/anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../../src/anatomy/muscles/facts';
import type { MuscleId } from '../../src/anatomy/muscles/types';
import { fibrePolyline, maxPolylinePoints } from '../../src/anatomy/path/musclePath';
import { connectBrowser, open, settled } from './harness';

connectBrowser();

interface ProbeLike {
  pose(): Record<string, number>;
  project(x: number, y: number, z: number): { x: number; y: number };
}

/** The point `along` (0 = origin, 1 = insertion) a fibre's drawn path, by arc length. */
function pointAlong(id: MuscleId, fibre: number, along: number, pose: Float64Array): [number, number, number] {
  const f = muscle(id).fibres[fibre]!;
  const buf = new Float64Array(maxPolylinePoints(f) * 3);
  const n = fibrePolyline(f, computeFrames(pose), pose, buf);
  const cum = [0];
  for (let i = 1; i < n; i++) cum.push(cum[i - 1]! + Math.hypot(buf[i * 3]! - buf[i * 3 - 3]!, buf[i * 3 + 1]! - buf[i * 3 - 2]!, buf[i * 3 + 2]! - buf[i * 3 - 1]!));
  const target = along * cum[n - 1]!;
  let i = 1;
  while (i < n - 1 && cum[i]! < target) i++;
  const t = (target - cum[i - 1]!) / (cum[i]! - cum[i - 1]! || 1);
  return [0, 1, 2].map((c) => buf[(i - 1) * 3 + c]! + (buf[i * 3 + c]! - buf[(i - 1) * 3 + c]!) * t) as [number, number, number];
}

/** Near-black opaque pixels of the 3D view within `r` page pixels of (x, y): the marks' strokes. */
function darkPixels(page: import('playwright-core').Page, x: number, y: number, r: number): Promise<number> {
  return page.evaluate(
    ([x, y, r]) => {
      const src = document.querySelector('canvas.viewer-canvas canvas, .viewer-canvas canvas, canvas') as HTMLCanvasElement;
      const box = src.getBoundingClientRect();
      const sx = src.width / box.width;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const g = c.getContext('2d')!;
      g.drawImage(src, 0, 0);
      const cx = (x! - box.left) * sx;
      const cy = (y! - box.top) * sx;
      const rr = r! * sx;
      const { data, width } = g.getImageData(Math.max(0, cx - rr), Math.max(0, cy - rr), rr * 2, rr * 2);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const px = (i / 4) % width;
        const py = Math.floor(i / 4 / width);
        if ((px - rr) ** 2 + (py - rr) ** 2 > rr * rr) continue;
        if (data[i + 3]! > 200 && data[i]! < 45 && data[i + 1]! < 45 && data[i + 2]! < 45) n++;
      }
      return n;
    },
    [x, y, r],
  );
}

describe('trigger-point marks', () => {
  it.each([
    ['psoas_major_r', 'view=anterior'],
    ['gluteus_medius_r', 'view=right'],
    ['quadratus_lumborum_r', 'view=posterior'],
  ] as const)('%s: an ✕ on the muscle where each trigger point lies, gone with the zones', async (id, view) => {
    const { page, errors } = await open(`/?muscle=${id}&zones=1&layers=bones,muscles&${view}`, { width: 1100, height: 800 });
    await settled(page);
    const poseOnScreen = await page.evaluate((names) => {
      const p = (window as unknown as { myomapProbe: ProbeLike }).myomapProbe.pose();
      return names.map((n) => p[n]!);
    }, COORDINATE_NAMES as readonly string[] as string[]);
    const pose = Float64Array.from(poseOnScreen);
    const points = MUSCLE_FACTS[muscle(id).name].triggerPoints;
    expect(points.length).toBeGreaterThan(0);
    const where = [];
    for (const tp of points) {
      const p = pointAlong(id, tp.fibre, tp.along, pose);
      // The mark stands on the surface, up to a few centimetres off the fibre's line: look that far round.
      const [s, off] = await page.evaluate(
        ([x, y, z]) => {
          const pr = (window as unknown as { myomapProbe: ProbeLike }).myomapProbe;
          return [pr.project(x!, y!, z!), pr.project(x! + 0.035, y!, z!)];
        },
        p,
      );
      where.push({ s, r: Math.max(18, Math.hypot(off.x - s.x, off.y - s.y)) });
    }
    for (const { s, r } of where) expect(await darkPixels(page, s.x, s.y, r), `${id} mark near (${s.x.toFixed(0)}, ${s.y.toFixed(0)})`).toBeGreaterThan(15);
    expect(errors).toEqual([]);
    await page.context().close();
    // The same view without the zones: no marks (so the dark strokes above were the marks).
    const plain = await open(`/?muscle=${id}&zones=0&layers=bones,muscles&${view}`, { width: 1100, height: 800 });
    await settled(plain.page);
    for (const { s, r } of where) expect(await darkPixels(plain.page, s.x, s.y, r)).toBeLessThan(5);
    await plain.page.context().close();
  });
});
