/** Left and right are mirror images: every path, in every pose and its mirrored pose. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COORDINATES, neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../../src/anatomy/model/kinematics';
import { LANDMARKS } from '../../src/anatomy/model/landmarks';
import { mirrorPose } from '../../src/anatomy/model/mirror';
import { MUSCLES, otherSide } from '../../src/anatomy/muscles/catalog';
import { fibrePolyline, muscleLength } from '../../src/anatomy/path/musclePath';

const arbitraryPose = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
  minLength: COORDINATES.length,
  maxLength: COORDINATES.length,
}).map((u) => Float64Array.from(COORDINATES, (c, i) => c.comfortable[0] + (c.comfortable[1] - c.comfortable[0]) * u[i]!));

describe('mirror symmetry', () => {
  it('every landmark on the right has its mirror on the left', () => {
    for (const l of LANDMARKS.filter((x) => x.id.endsWith('_r'))) {
      const m = LANDMARKS.find((x) => x.id === l.id.replace(/_r$/, '_l'));
      expect(m, l.id).toBeDefined();
      expect(m!.at).toEqual([l.at[0], l.at[1], -l.at[2]]);
    }
  });

  it('each right muscle path is the mirror of its left twin in the mirrored pose', () => {
    const fa = createFrames();
    const fb = createFrames();
    const a = new Float64Array(600);
    const b = new Float64Array(600);
    fc.assert(
      fc.property(arbitraryPose, (pose) => {
        const mirrored = mirrorPose(pose);
        computeFrames(pose, fa);
        computeFrames(mirrored, fb);
        for (const m of MUSCLES.filter((x) => x.side === 'r')) {
          const twin = otherSide(m);
          expect(muscleLength(m, fa, pose)).toBeCloseTo(muscleLength(twin, fb, mirrored), 9);
          m.fibres.forEach((f, k) => {
            const n = fibrePolyline(f, fa, pose, a);
            const nb = fibrePolyline(twin.fibres[k]!, fb, mirrored, b);
            expect(nb).toBe(n);
            for (let i = 0; i < n; i++) {
              expect(a[i * 3]).toBeCloseTo(b[i * 3]!, 9);
              expect(a[i * 3 + 1]).toBeCloseTo(b[i * 3 + 1]!, 9);
              expect(a[i * 3 + 2]).toBeCloseTo(-b[i * 3 + 2]!, 9);
            }
          });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the neutral pose is its own mirror image', () => {
    const n = neutralPose();
    mirrorPose(n).forEach((v, i) => {
      expect(v).toBeCloseTo(n[i]!, 12);
    });
  });
});
