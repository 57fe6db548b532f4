/**
 * Picking a skinned mesh group by group finds exactly what skinning every vertex and testing every
 * triangle finds: the same nearest front face and distance, over random bone poses (large rotations,
 * translations, weight sums below 1) and rays from all round. The groups' posed boxes must bound their
 * vertices in every pose, or a hit goes missing.
 */
import { describe, expect, it } from 'vitest';
import { nearestHit, type RayHit } from '../../src/geometry/picking/nearestHit';
import type { GroupHit } from '../../src/geometry/picking/triangleGroups';
import { SkinnedPick } from '../../src/geometry/picking/skinnedPick';

let seed = 11;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

/** A closed tube (a limb) of `rings` × `around` vertices along y, capped, over 3 bones blended in between. */
function limb(rings: number, around: number) {
  const rest: number[] = [];
  const joints: number[] = [];
  const weights: number[] = [];
  const index: number[] = [];
  for (let r = 0; r < rings; r++) {
    const y = r / (rings - 1);
    for (let a = 0; a < around; a++) {
      const th = (a / around) * Math.PI * 2;
      const radius = 0.06 + 0.02 * Math.sin(y * 9 + th * 2);
      rest.push(radius * Math.cos(th), y, radius * Math.sin(th));
      // Bone 0 below 0.3, bone 1 between, bone 2 above 0.7, blended over 0.2 around each joint; the weight
      // sums fall to 0.6 at some vertices (three.js uses the weights as they are).
      const w1 = Math.max(0, Math.min(1, (y - 0.2) / 0.2)) * Math.max(0, Math.min(1, (0.8 - y) / 0.2));
      const w2 = Math.max(0, Math.min(1, (y - 0.6) / 0.2));
      const w0 = Math.max(0, 1 - w1 - w2);
      const sum = a % 5 === 0 ? 0.6 : 1;
      joints.push(0, 1, 2, 0);
      weights.push(w0 * sum, w1 * sum, w2 * sum, 0);
    }
  }
  const v = (r: number, a: number) => r * around + (a % around);
  for (let r = 0; r + 1 < rings; r++) {
    for (let a = 0; a < around; a++) index.push(v(r, a), v(r + 1, a), v(r, a + 1), v(r, a + 1), v(r + 1, a), v(r + 1, a + 1));
  }
  // Caps: fans over the end rings (winding outwards).
  for (let a = 1; a + 1 < around; a++) index.push(v(0, 0), v(0, a), v(0, a + 1), v(rings - 1, 0), v(rings - 1, a + 1), v(rings - 1, a));
  return { rest: new Float32Array(rest), joints: new Uint16Array(joints), weights: new Float32Array(weights), index: new Uint32Array(index) };
}

/** A random rigid bone matrix (column-major 4×4): rotation about a random axis by up to ±1.5 rad, moved. */
function bone(out: Float32Array, at: number) {
  const [x, y, z] = [random() - 0.5, random() - 0.5, random() - 0.5];
  const l = Math.hypot(x, y, z);
  const [ux, uy, uz] = [x / l, y / l, z / l];
  const th = (random() - 0.5) * 3;
  const c = Math.cos(th);
  const s = Math.sin(th);
  const t = 1 - c;
  out.set(
    [
      t * ux * ux + c, t * ux * uy + s * uz, t * ux * uz - s * uy, 0,
      t * ux * uy - s * uz, t * uy * uy + c, t * uy * uz + s * ux, 0,
      t * ux * uz + s * uy, t * uy * uz - s * ux, t * uz * uz + c, 0,
      (random() - 0.5) * 0.4, (random() - 0.5) * 0.4, (random() - 0.5) * 0.4, 1,
    ],
    at * 16,
  );
}

/** Every vertex skinned (the reference). */
function skinAll(mesh: ReturnType<typeof limb>, m: Float32Array): Float32Array {
  const out = new Float32Array(mesh.rest.length);
  for (let i = 0; i < mesh.rest.length / 3; i++) {
    const [px, py, pz] = [mesh.rest[i * 3]!, mesh.rest[i * 3 + 1]!, mesh.rest[i * 3 + 2]!];
    for (let j = 0; j < 4; j++) {
      const w = mesh.weights[i * 4 + j]!;
      const e = mesh.joints[i * 4 + j]! * 16;
      out[i * 3]! += w * (m[e]! * px + m[e + 4]! * py + m[e + 8]! * pz + m[e + 12]!);
      out[i * 3 + 1]! += w * (m[e + 1]! * px + m[e + 5]! * py + m[e + 9]! * pz + m[e + 13]!);
      out[i * 3 + 2]! += w * (m[e + 2]! * px + m[e + 6]! * py + m[e + 10]! * pz + m[e + 14]!);
    }
  }
  return out;
}

describe('picking a skinned mesh by groups', () => {
  it('finds the nearest front face that skinning and testing everything finds, in 12 poses × 150 rays', () => {
    const mesh = limb(60, 24);
    const pick = new SkinnedPick(mesh.rest, mesh.index, mesh.joints, mesh.weights);
    // Enough groups that the boxes do the culling.
    expect(pick.groups.start.length - 1).toBeGreaterThan(40);
    const matrices = new Float32Array(3 * 16);
    const got: GroupHit = { distance: 0, triangle: 0, u: 0, v: 0 };
    const want: RayHit = { distance: 0, triangle: 0 };
    let hits = 0;
    for (let pose = 0; pose < 12; pose++) {
      for (let b = 0; b < 3; b++) bone(matrices, b);
      const posed = skinAll(mesh, matrices);
      pick.setPose(matrices);
      for (let k = 0; k < 150; k++) {
        // Aimed at a random vertex (so most rays hit), from 1 m away in a random direction.
        const v = Math.floor(random() * (posed.length / 3));
        const aim = [posed[v * 3]! + (random() - 0.5) * 0.02, posed[v * 3 + 1]!, posed[v * 3 + 2]! + (random() - 0.5) * 0.02];
        const d = [random() - 0.5, random() - 0.5, random() - 0.5];
        const l = Math.hypot(d[0]!, d[1]!, d[2]!);
        const dir = d.map((x) => x / l);
        const o = aim.map((x, c) => x - dir[c]!);
        const hit = pick.nearest(o[0]!, o[1]!, o[2]!, dir[0]!, dir[1]!, dir[2]!, 0, 10, got);
        const ref = nearestHit(o[0]!, o[1]!, o[2]!, dir[0]!, dir[1]!, dir[2]!, posed, mesh.index, 0, 10, want);
        expect(hit, `pose ${pose}, ray ${k}`).toBe(ref);
        if (!ref) continue;
        hits++;
        expect(got.triangle, `pose ${pose}, ray ${k}`).toBe(want.triangle);
        expect(got.distance).toBeCloseTo(want.distance, 5);
        // The barycentric weights put the point back on the ray.
        const t = want.triangle * 3;
        for (let c = 0; c < 3; c++) {
          const p =
            (1 - got.u - got.v) * posed[mesh.index[t]! * 3 + c]! + got.u * posed[mesh.index[t + 1]! * 3 + c]! + got.v * posed[mesh.index[t + 2]! * 3 + c]!;
          expect(p).toBeCloseTo(o[c]! + dir[c]! * got.distance, 5);
        }
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('keeps to near and far', () => {
    const mesh = limb(20, 12);
    const pick = new SkinnedPick(mesh.rest, mesh.index, mesh.joints, mesh.weights);
    const identity = new Float32Array(48);
    for (let b = 0; b < 3; b++) identity.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], b * 16);
    pick.setPose(identity);
    const out: GroupHit = { distance: 0, triangle: 0, u: 0, v: 0 };
    // From 1 m in front (+z) through the middle of the limb: the front wall at about 0.94 m.
    expect(pick.nearest(0, 0.5, 1, 0, 0, -1, 0, 10, out)).toBe(true);
    const front = out.distance;
    expect(front).toBeGreaterThan(0.9);
    expect(front).toBeLessThan(0.96);
    expect(pick.nearest(0, 0.5, 1, 0, 0, -1, 0, front - 0.01, out)).toBe(false);
    // Past the front wall, the back wall faces away: nothing further.
    expect(pick.nearest(0, 0.5, 1, 0, 0, -1, front + 0.01, 10, out)).toBe(false);
  });
});
