/**
 * The body surface (public/models/body.glb): budgets, freshness, a closed symmetric surface, skinning
 * weights, the bones inside it with a plausible thickness of soft tissue, and sane deformation in
 * every motion.
 */
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFrames, createFrames, neutralFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { LANDMARKS, landmark } from '../../src/anatomy/model/landmarks';
import { mirrorSegment } from '../../src/anatomy/model/segments';
import { MOTION_IDS, MOTIONS } from '../../src/anatomy/motions';
import { readFileSync } from 'node:fs';
import { bodyDistance } from '../../src/geometry/skin/field';
import { NECK_FADE } from '../../src/geometry/skin/fade';
import { readGlb } from '../../scripts/models/gltf';
import { JOINT, SKIN_JOINTS, type SkinJoint } from '../../src/geometry/skin/joints';
import { type BodyMesh, BODY_GLB, loadBodyMesh } from '../../scripts/models/readBody';
import { nearestSurfacePoint } from '../../src/geometry/skin/nearest';
import { skinPositions } from '../../src/geometry/skin/pose';
import { closedManifoldProblems } from '../../src/geometry/skin/topology';
import { influences } from '../../src/geometry/skin/weights';
import { modelSourceHash, readManifest } from '../../scripts/models/manifest';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyMesh();
});

const vertexCount = () => body.positions.length / 3;
const world = (id: string) => {
  const l = landmark(id);
  return toWorld(neutralFrames(), l.segment, l.at) as [number, number, number];
};

/** Is p inside the closed mesh? Parity of crossings of a ray towards +x (slightly tilted off the grid). */
function inside(m: BodyMesh, p: readonly number[]): boolean {
  const d = [1, 0.0123, 0.0071];
  const P = m.positions;
  let n = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = m.indices[t]! * 3;
    const b = m.indices[t + 1]! * 3;
    const c = m.indices[t + 2]! * 3;
    const e1 = [P[b]! - P[a]!, P[b + 1]! - P[a + 1]!, P[b + 2]! - P[a + 2]!];
    const e2 = [P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!];
    const h = [d[1]! * e2[2]! - d[2]! * e2[1]!, d[2]! * e2[0]! - d[0]! * e2[2]!, d[0]! * e2[1]! - d[1]! * e2[0]!];
    const det = e1[0]! * h[0]! + e1[1]! * h[1]! + e1[2]! * h[2]!;
    if (Math.abs(det) < 1e-14) continue;
    const s = [p[0]! - P[a]!, p[1]! - P[a + 1]!, p[2]! - P[a + 2]!];
    const u = (s[0]! * h[0]! + s[1]! * h[1]! + s[2]! * h[2]!) / det;
    if (u < 0 || u > 1) continue;
    const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (d[0]! * q[0]! + d[1]! * q[1]! + d[2]! * q[2]!) / det;
    if (v < 0 || u + v > 1) continue;
    if ((e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det > 0) n++;
  }
  return n % 2 === 1;
}

describe('body.glb', () => {
  it('is fresh: built from the current sources', () => {
    expect(readManifest().models.body?.sourceHash).toBe(modelSourceHash('body'));
  });

  it('stays within its budget', () => {
    expect(body.indices.length / 3).toBeLessThanOrEqual(25_000);
    expect(statSync(BODY_GLB).size).toBeLessThanOrEqual(300_000);
  });

  it('is one closed, oriented surface of a sphere’s topology', () => {
    expect(closedManifoldProblems(body.indices, vertexCount())).toEqual([]);
  });

  it('is its own mirror image, weights included', () => {
    // Quantized positions: mirror twins agree to a fraction of a millimetre.
    const cell = (x: number) => Math.floor(x * 1000);
    const grid = new Map<string, number[]>();
    const p = body.positions;
    for (let v = 0; v < vertexCount(); v++) {
      const k = `${cell(p[v * 3]!)},${cell(p[v * 3 + 1]!)},${cell(p[v * 3 + 2]!)}`;
      grid.set(k, [...(grid.get(k) ?? []), v]);
    }
    const twin = (x: number, y: number, z: number) => {
      let best = -1;
      let bestD = 0.0003;
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++)
          for (let k = -1; k <= 1; k++) {
            for (const u of grid.get(`${cell(x) + i},${cell(y) + j},${cell(z) + k}`) ?? []) {
              const d = Math.hypot(p[u * 3]! - x, p[u * 3 + 1]! - y, p[u * 3 + 2]! - z);
              if (d < bestD) [best, bestD] = [u, d];
            }
          }
      return best;
    };
    const weightOf = (i: number, seg: string) => {
      let w = 0;
      for (let k = 0; k < 4; k++)
        if (body.joints[body.skinJoints[i * 4 + k]!] === seg) w += body.skinWeights[i * 4 + k]!;
      return w;
    };
    for (let v = 0; v < vertexCount(); v++) {
      const m = twin(p[v * 3]!, p[v * 3 + 1]!, -p[v * 3 + 2]!);
      expect(m, `mirror of vertex ${v}`).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < 4; k++) {
        const seg = body.joints[body.skinJoints[v * 4 + k]!]!;
        // Weights are stored in 8 bits, renormalised after rounding.
        expect(Math.abs(weightOf(v, seg) - weightOf(m, mirrorSegment(seg)))).toBeLessThan(0.02);
      }
    }
  });

  it('binds every vertex to at most four segments with weights summing to 1', () => {
    expect(body.joints).toEqual([...SKIN_JOINTS]);
    for (let v = 0; v < vertexCount(); v++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) {
        const w = body.skinWeights[v * 4 + k]!;
        expect(w).toBeGreaterThanOrEqual(0);
        sum += w;
      }
      expect(Math.abs(sum - 1)).toBeLessThan(0.01);
    }
  });

  it('has its soles on the floor', () => {
    let minY = Number.POSITIVE_INFINITY;
    for (let v = 0; v < vertexCount(); v++) minY = Math.min(minY, body.positions[v * 3 + 1]!);
    expect(Math.abs(minY)).toBeLessThan(0.002);
  });

  it('ends at the top in a fade, not an edge: neck and arm stumps fade out gradually, the trunk stays', async () => {
    const doc = await readGlb(new Uint8Array(readFileSync(BODY_GLB)));
    const fadeAttr = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!.getAttribute('_FADE');
    expect(fadeAttr, 'the _FADE attribute').toBeTruthy();
    const fade = Float32Array.from({ length: vertexCount() }, (_, v) => fadeAttr!.getScalar(v));
    const y = (v: number) => body.positions[v * 3 + 1]!;
    let top = 0;
    for (let v = 0; v < vertexCount(); v++) {
      if (y(v) > y(top)) top = v;
      // Everything above the base of the neck is invisible: whatever shape the top has, it is not seen.
      if (y(v) > NECK_FADE.to) expect(fade[v], `vertex ${v} above the neck's fade`).toBeGreaterThan(0.99);
      // The trunk and legs, where the referral zones are, are drawn in full: only the arm stumps (out
      // beyond the chest's 16 cm half-breadth) fade below the neck.
      if (y(v) < NECK_FADE.from && Math.abs(body.positions[v * 3 + 2]!) < 0.16) expect(fade[v], `vertex ${v}`).toBe(0);
    }
    // The top of the mesh is the neck, not a lid at the chest.
    expect(y(top)).toBeGreaterThan(NECK_FADE.to);
    // No hard edge: nowhere does the opacity fall faster than from full to nothing over 2 cm.
    let steepest = 0;
    const p = body.positions;
    for (let t = 0; t < body.indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = body.indices[t + e]!;
        const b = body.indices[t + ((e + 1) % 3)]!;
        const length = Math.hypot(p[a * 3]! - p[b * 3]!, p[a * 3 + 1]! - p[b * 3 + 1]!, p[a * 3 + 2]! - p[b * 3 + 2]!);
        steepest = Math.max(steepest, Math.abs(fade[a]! - fade[b]!) / length);
      }
    }
    expect(steepest, 'fade per metre').toBeLessThan(50);
  });
});

/** Bony landmarks one can feel through the skin, with the soft tissue over them (metres): at least, at most. */
const PALPABLE: [id: string, min: number, max: number][] = [
  ['asis_r', 0.006, 0.025],
  ['iliac_tubercle_r', 0.008, 0.03],
  ['iliac_crest_top_r', 0.01, 0.035],
  ['psis_r', 0.008, 0.03],
  ['s2_tubercle', 0.008, 0.03],
  ['greater_trochanter_r', 0.015, 0.04],
  ['pubic_tubercle_r', 0.008, 0.035],
  ['ischial_tuberosity_r', 0.03, 0.08],
  ['l5_spinous', 0.008, 0.035],
  ['l4_spinous', 0.008, 0.035],
  ['l3_spinous', 0.008, 0.035],
  ['l2_spinous', 0.008, 0.035],
  ['l1_spinous', 0.008, 0.035],
  ['t12_spinous', 0.008, 0.035],
  ['rib12_tip_r', 0.01, 0.06],
  // Under the origins of rectus abdominis and the external oblique, now drawn as volumes over it.
  ['costal_margin_r', 0.005, 0.04],
  ['medial_epicondyle_r', 0.004, 0.02],
  ['lateral_epicondyle_r', 0.004, 0.02],
  ['patella_base_r', 0.005, 0.03],
  ['patella_apex_r', 0.005, 0.03],
  ['tibial_tuberosity_r', 0.004, 0.02],
  ['fibular_head_r', 0.004, 0.02],
  ['medial_malleolus_r', 0.003, 0.015],
  ['lateral_malleolus_r', 0.003, 0.015],
  ['heel_r', 0.006, 0.025],
  ['first_metatarsal_head_r', 0.004, 0.02],
  ['fifth_metatarsal_head_r', 0.004, 0.02],
];

describe('soft tissue over the bones', () => {
  it.each(PALPABLE)('%s lies under the skin, %f–%f m deep', (id, min, max) => {
    for (const side of id.endsWith('_r') ? ['_r', '_l'] : ['']) {
      const p = world(id.replace(/_r$/, side));
      expect(inside(body, p), `${id} inside`).toBe(true);
      const depth = nearestSurfacePoint(body, p).distance;
      expect(depth, id).toBeGreaterThanOrEqual(min);
      expect(depth, id).toBeLessThanOrEqual(max);
    }
  });

  it('encloses every bony landmark by at least 3 mm', () => {
    const skinLandmarks = new Set(['umbilicus', 'perineum', 'gluteal_fold_r', 'gluteal_fold_l']);
    for (const l of LANDMARKS) {
      if (skinLandmarks.has(l.id) || l.label.includes('on the skin')) continue;
      const p = world(l.id);
      expect(bodyDistance(p[0], p[1], p[2]), l.id).toBeLessThan(-0.003);
    }
  });

  it('passes through the skin landmarks', () => {
    for (const id of ['umbilicus', 'perineum', 'gluteal_fold_r']) {
      expect(nearestSurfacePoint(body, world(id)).distance, id).toBeLessThan(0.008);
    }
  });
});

describe('skinning', () => {
  it('weights are a partition of unity, left and right alike', () => {
    const w = new Float64Array(SKIN_JOINTS.length);
    const m = new Float64Array(SKIN_JOINTS.length);
    for (let i = 0; i < 2000; i++) {
      const x = -0.2 + 0.35 * ((i * 0.618) % 1);
      const y = 1.3 * ((i * 0.377) % 1);
      const z = 0.2 * ((i * 0.789) % 1);
      influences(x, y, z, w);
      influences(x, y, -z, m);
      expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
      SKIN_JOINTS.forEach((j, k) => {
        expect(Math.abs(w[k]! - m[JOINT[mirrorSegment(j) as SkinJoint]]!)).toBeLessThan(1e-9);
      });
    }
  });

  it('reproduces the bind pose exactly at neutral', () => {
    const posed = skinPositions(body, computeFrames(neutralPose()));
    let worst = 0;
    for (let i = 0; i < posed.length; i++) worst = Math.max(worst, Math.abs(posed[i]! - body.positions[i]!));
    expect(worst).toBeLessThan(1e-5);
  });

  const PHASES = [0, 0.25, 0.5, 0.75, 1];
  describe.each(MOTION_IDS)('%s', (id) => {
    it.each(PHASES)('phase %f: no tearing, no collapse, no vertex left behind', (phase) => {
      const frames = computeFrames(MOTIONS[id].evaluate(phase, neutralPose()), createFrames());
      const posed = skinPositions(body, frames);
      const rest = body.positions;
      // Edges stretch or shrink as skin does, not as a tear or a crushed fold.
      const ratios: number[] = [];
      for (let t = 0; t < body.indices.length; t += 3) {
        for (let e = 0; e < 3; e++) {
          const a = body.indices[t + e]! * 3;
          const b = body.indices[t + ((e + 1) % 3)]! * 3;
          const l0 = Math.hypot(rest[a]! - rest[b]!, rest[a + 1]! - rest[b + 1]!, rest[a + 2]! - rest[b + 2]!);
          const l1 = Math.hypot(posed[a]! - posed[b]!, posed[a + 1]! - posed[b + 1]!, posed[a + 2]! - posed[b + 2]!);
          // Sub-millimetre slivers say nothing about the skin; judge edges of a few millimetres and up.
          if (l0 >= 0.004) ratios.push(l1 / l0);
        }
      }
      ratios.sort((a, b) => a - b);
      // Deep hip flexion stretches the perineum and the gluteal fold several-fold, as skin there does.
      expect(ratios[ratios.length - 1], 'largest stretch').toBeLessThan(6);
      expect(ratios[Math.floor(ratios.length * 0.999)], 'stretch of the 0.1 % most stretched edges').toBeLessThan(3.5);
      expect(ratios[Math.floor(ratios.length * 0.001)], 'crushed edges').toBeGreaterThan(0.08);
      expect(ratios[Math.floor(ratios.length / 2)]).toBeGreaterThan(0.97);
      expect(ratios[Math.floor(ratios.length / 2)]).toBeLessThan(1.03);
      // Each vertex stays near where its main segment carries it: skin shared across a hip bent to 120°
      // lies some 12 cm from where either bone alone would take it; a vertex bound to a wrong segment
      // would be tens of centimetres off.
      const mainOnly = body.skinWeights.map((_, i) => {
        const v = i - (i % 4);
        let top = v;
        for (let k = 1; k < 4; k++) if (body.skinWeights[v + k]! > body.skinWeights[top]!) top = v + k;
        return i === top ? 1 : 0;
      });
      const main = skinPositions({ ...body, skinWeights: mainOnly }, frames);
      let worst = 0;
      for (let i = 0; i < posed.length; i += 3) {
        worst = Math.max(
          worst,
          Math.hypot(posed[i]! - main[i]!, posed[i + 1]! - main[i + 1]!, posed[i + 2]! - main[i + 2]!),
        );
      }
      expect(worst).toBeLessThan(0.15);
      // Nothing far below the floor; something on it (feet, or the kneeling knee). The rigid foot has
      // no toe joint, so the toes dip a little at push-off; kneeling, the patella itself is on the floor
      // (the motion's contact is the tibial tuberosity), so the skin over it sinks by its thickness.
      let minY = Number.POSITIVE_INFINITY;
      for (let i = 1; i < posed.length; i += 3) minY = Math.min(minY, posed[i]!);
      expect(minY).toBeGreaterThan(id === 'kneeling_lunge' ? -0.03 : -0.012);
      expect(minY).toBeLessThan(0.015);
    });
  });
});
