/**
 * The posed skin does not pass through itself where the thigh folds up against the belly: at 90° of hip
 * flexion (motion hip_flexion) and through the kneeling lunge (whose front hip is bent about 85°). The
 * skin is posed with the viewer's own linear blend skinning (src/geometry/skin/pose.ts) from body.glb's
 * weights; a vertex whose skin has sunk into another part of the body lies inside it twice
 * (src/geometry/skin/overlap.ts). The detector is first checked on two balls pushed into each other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../../src/anatomy/model/kinematics';
import { MOTIONS } from '../../src/anatomy/motions';
import { type BodyMesh, loadBodyMesh } from '../../scripts/models/readBody';
import { selfOverlaps } from '../../src/geometry/skin/overlap';
import { skinPositions } from '../../src/geometry/skin/pose';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyMesh();
});

/** A closed UV sphere, outward-facing, centred at c. */
function ball(r: number, c: [number, number, number], rings = 16, segments = 24) {
  const positions: number[] = [c[0], c[1] + r, c[2]];
  for (let i = 1; i < rings; i++) {
    const t = (Math.PI * i) / rings;
    for (let j = 0; j < segments; j++) {
      const p = (2 * Math.PI * j) / segments;
      positions.push(c[0] + r * Math.sin(t) * Math.cos(p), c[1] + r * Math.cos(t), c[2] + r * Math.sin(t) * Math.sin(p));
    }
  }
  positions.push(c[0], c[1] - r, c[2]);
  const bottom = positions.length / 3 - 1;
  const at = (i: number, j: number) => 1 + (i - 1) * segments + (j % segments);
  const indices: number[] = [];
  for (let j = 0; j < segments; j++) indices.push(0, at(1, j + 1), at(1, j));
  for (let i = 1; i < rings - 1; i++) {
    for (let j = 0; j < segments; j++) indices.push(at(i, j), at(i, j + 1), at(i + 1, j), at(i, j + 1), at(i + 1, j + 1), at(i + 1, j));
  }
  for (let j = 0; j < segments; j++) indices.push(bottom, at(rings - 1, j), at(rings - 1, j + 1));
  return { positions: Float32Array.from(positions), indices };
}

describe('the overlap detector', () => {
  // Two balls of radius 5 cm, 20 cm apart at rest; posed, the second is pushed 2 cm into the first.
  const a = ball(0.05, [0, 0, 0]);
  const b = ball(0.05, [0.2, 0, 0]);
  const n = a.positions.length / 3;
  const rest = new Float32Array([...a.positions, ...b.positions]);
  const indices = Uint32Array.from([...a.indices, ...b.indices.map((i) => i + n)]);

  it('finds nothing when the parts are apart', () => {
    expect(selfOverlaps({ rest, posed: rest, indices })).toEqual([]);
  });

  it('finds the skin of each part inside the other, about as deep as it went', () => {
    const posed = rest.slice();
    for (let i = n * 3; i < posed.length; i += 3) posed[i] = posed[i]! - 0.12;
    const hits = selfOverlaps({ rest, posed, indices });
    expect(hits.some((h) => h.vertex < n)).toBe(true);
    expect(hits.some((h) => h.vertex >= n)).toBe(true);
    // The deepest point of a cap 2 cm high is about 1 cm from the other sphere's surface (polygon inset).
    const worst = Math.max(...hits.map((h) => h.depth));
    expect(worst).toBeGreaterThan(0.008);
    expect(worst).toBeLessThan(0.021);
  });
});

/** The phase of hip_flexion at which the right hip is bent by `deg` on the way up. */
function hipFlexionPhase(deg: number): number {
  let lo = 0;
  let hi = 0.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (MOTIONS.hip_flexion.evaluate(mid, neutralPose())[COORDINATE_INDEX.hip_flexion_r]! < deg) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function worstOverlap(motion: 'hip_flexion' | 'kneeling_lunge', phase: number) {
  const pose = MOTIONS[motion].evaluate(phase, neutralPose());
  const posed = skinPositions(body, computeFrames(pose, createFrames()));
  const hits = selfOverlaps({ rest: body.positions, posed, indices: body.indices });
  const worst = hits.reduce((w, h) => (h.depth > w.depth ? h : w), { vertex: -1, depth: 0, triangle: -1 });
  const where =
    worst.vertex < 0 ? 'none' : [...body.positions.slice(worst.vertex * 3, worst.vertex * 3 + 3)].map((v) => v.toFixed(3)).join(', ');
  return { pose, hits: hits.length, depth: worst.depth, where };
}

describe('no self-intersection where the thigh folds against the belly', () => {
  it('at 90° of hip flexion', () => {
    const phase = hipFlexionPhase(90);
    const r = worstOverlap('hip_flexion', phase);
    expect(r.pose[COORDINATE_INDEX.hip_flexion_r]!).toBeCloseTo(90, 3);
    console.info(`hip_flexion 90°: ${r.hits} vertices inside another part, worst ${(r.depth * 1000).toFixed(1)} mm`);
    expect(r.depth, `worst depth (m), at rest ${r.where}`).toBeLessThanOrEqual(0.001);
  });

  it.each([0, 0.125, 0.25, 0.375, 0.5])('in the kneeling lunge, phase %f', (phase) => {
    const r = worstOverlap('kneeling_lunge', phase);
    // The front hip is bent close to 90° all through the motion.
    expect(r.pose[COORDINATE_INDEX.hip_flexion_l]!).toBeGreaterThan(80);
    console.info(`kneeling_lunge ${phase}: ${r.hits} vertices inside another part, worst ${(r.depth * 1000).toFixed(1)} mm`);
    expect(r.depth, `worst depth (m), at rest ${r.where}`).toBeLessThanOrEqual(0.001);
  });
});
