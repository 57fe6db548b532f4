/** Motions: inside their ranges, smooth, looping where they loop, feet on the floor, and the anatomy of stretch. */
import { describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, COORDINATES, neutralPose } from '../../src/anatomy/model/coordinates';
import { kneePoint, lowestSole, solePoints } from '../../src/anatomy/model/contact';
import { computeFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { muscle } from '../../src/anatomy/muscles/catalog';
import { MOTION_IDS, MOTIONS } from '../../src/anatomy/motions';
import { lengthOf } from '../../src/anatomy/path/mechanics';

const sample = (id: (typeof MOTION_IDS)[number], n = 200) =>
  Array.from({ length: n + 1 }, (_, i) => MOTIONS[id].evaluate(i / n, neutralPose()));

describe.each(MOTION_IDS)('%s', (id) => {
  const poses = sample(id);

  it('stays inside every coordinate range of gait2392 and of an adult body', () => {
    for (const p of poses) {
      COORDINATES.forEach((c, i) => {
        expect(p[i]!, c.name).toBeGreaterThanOrEqual(c.range[0]);
        expect(p[i]!, c.name).toBeLessThanOrEqual(c.range[1]);
        if (c.kind === 'rotation') {
          expect(p[i]!, c.name).toBeGreaterThanOrEqual(c.comfortable[0]);
          expect(p[i]!, c.name).toBeLessThanOrEqual(c.comfortable[1]);
        }
      });
    }
  });

  it('is smooth: no coordinate jumps between neighbouring phases', () => {
    const fine = sample(id, 2000);
    COORDINATES.forEach((c, i) => {
      const steps = fine.slice(1).map((p, k) => Math.abs(p[i]! - fine[k]![i]!));
      const limit = c.kind === 'rotation' ? 0.5 : 0.003; // degrees or metres per 0.05 % of the phase
      expect(Math.max(...steps), c.name).toBeLessThan(limit);
    });
  });

  it('loops seamlessly if it is periodic', () => {
    const m = MOTIONS[id];
    if (!m.periodic) return;
    const a = m.evaluate(0, neutralPose());
    const b = m.evaluate(1, neutralPose());
    const a2 = m.evaluate(0.001, neutralPose());
    const b2 = m.evaluate(0.999, neutralPose());
    COORDINATES.forEach((c, i) => {
      expect(b[i]!, c.name).toBeCloseTo(a[i]!, 6);
      // the rate of change carries on across the seam
      expect(a2[i]! - a[i]!, c.name).toBeCloseTo(b[i]! - b2[i]!, 1);
    });
  });

  it('keeps the body on the floor, neither floating nor sinking', () => {
    for (const p of poses) {
      const f = computeFrames(p);
      const sole = lowestSole(f);
      expect(sole).toBeGreaterThan(-0.003);
      if (id === 'kneeling_lunge') {
        expect(Math.abs(toWorld(f, kneePoint('r').segment, kneePoint('r').at)[1])).toBeLessThan(0.003);
        const leftSole = Math.min(...solePoints('l').map((s) => toWorld(f, s.segment, s.at)[1]));
        expect(Math.abs(leftSole)).toBeLessThan(0.005);
      } else {
        expect(sole).toBeLessThan(0.003);
      }
    }
  });
});

const hip = (p: Float64Array) => p[COORDINATE_INDEX.hip_flexion_r]!;
const argmax = (xs: number[]) => xs.indexOf(Math.max(...xs));
const argmin = (xs: number[]) => xs.indexOf(Math.min(...xs));

describe('the stretch you can see', () => {
  const gait = sample('gait');
  const flex = sample('hip_flexion');
  const psoas = muscle('psoas_major_r');
  const iliacus = muscle('iliacus_r');
  const gmax = muscle('gluteus_maximus_r');

  it('walking has a normal hip range: about 20–35° flexion and 10–25° extension', () => {
    const h = gait.map(hip);
    expect(Math.max(...h)).toBeGreaterThan(15);
    expect(Math.max(...h)).toBeLessThan(35);
    expect(Math.min(...h)).toBeLessThan(-10);
    expect(Math.min(...h)).toBeGreaterThan(-25);
  });

  it('psoas and iliacus are longest in the back stride, when the trailing hip is most extended', () => {
    const back = MOTIONS.gait.segments!.find((s) => s.id === 'back_stride')!;
    const extended = argmin(gait.map(hip)) / 200;
    for (const m of [psoas, iliacus]) {
      const lengths = gait.map((p) => lengthOf(m, p));
      const longest = argmax(lengths) / 200;
      expect(longest, m.id).toBeGreaterThanOrEqual(back.from);
      expect(longest, m.id).toBeLessThanOrEqual(back.to + 0.05);
      expect(Math.abs(longest - extended), m.id).toBeLessThan(0.06);
      const change = Math.max(...lengths) - Math.min(...lengths);
      expect(change, m.id).toBeGreaterThan(0.015); // a few centimetres over the stride
      expect(change, m.id).toBeLessThan(0.06);
    }
  });

  it('psoas and iliacus shorten as the hip flexes, all the way to 120°', () => {
    for (const m of [psoas, iliacus]) {
      const up = flex.slice(0, 101).map((p) => lengthOf(m, p));
      up.slice(1).forEach((l, i) => {
      expect(l, `${m.id} at ${i + 1}`).toBeLessThan(up[i]!);
    });
      expect(up[0]! - up[100]!).toBeGreaterThan(0.05);
    }
  });

  it('gluteus maximus does the opposite: lengthens in hip flexion, shortest in the back stride', () => {
    const up = flex.slice(0, 101).map((p) => lengthOf(gmax, p));
    up.slice(1).forEach((l, i) => {
      expect(l).toBeGreaterThan(up[i]!);
    });
    const lengths = gait.map((p) => lengthOf(gmax, p));
    expect(Math.abs(argmin(lengths) - argmin(gait.map(hip))) / 200).toBeLessThan(0.08);
  });

  it('the kneeling lunge stretches the rear psoas beyond its standing length', () => {
    const lunge = sample('kneeling_lunge');
    const standing = lengthOf(psoas, neutralPose());
    expect(Math.max(...lunge.map((p) => lengthOf(psoas, p)))).toBeGreaterThan(standing + 0.008);
  });
});
