/**
 * The bones measured as an anatomist would, on their distance fields and the kinematics (never on the
 * figures the shapes were built from): femoral neck–shaft angle and anteversion, the share of the
 * lumbar lordosis at L4–S1, the patella on the femur through knee flexion, the malleoli, the floating
 * ribs on their vertebrae, the facet joints, and the pelvis's posterior crest and anterior plane.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentId } from '../../src/anatomy/model/segments';
import { poseFrom } from '../../src/anatomy/model/coordinates';
import { computeFrames, neutralFrames, toSegment, toWorld } from '../../src/anatomy/model/kinematics';
import { landmark } from '../../src/anatomy/model/landmarks';
import { boneField } from '../../src/geometry/bones';
import {
  type BoneMesh,
  endplateLean,
  facetGap,
  insidePoint,
  malleoli,
  measureFemur,
  meshDistance,
  patellaGap,
  patellarHeight,
  readBones,
  surfacePoints,
  type V,
} from './bonesMeasure';

describe('femur', () => {
  const m = measureFemur('femur_r');
  it('has an adult neck–shaft angle (125–131°; Toogood et al. 2009: 129 ± 7°)', () => {
    expect(m.neckShaftAngle).toBeGreaterThanOrEqual(125);
    expect(m.neckShaftAngle).toBeLessThanOrEqual(131);
  });
  it('is anteverted 8–20° against its posterior condylar axis (adults ≈ 10–15°)', () => {
    expect(m.anteversion).toBeGreaterThanOrEqual(8);
    expect(m.anteversion).toBeLessThanOrEqual(20);
  });
});

describe('lumbar spine', () => {
  it('carries about two-thirds of the L1–S1 lordosis at L4–S1 (60–75 %)', () => {
    const s1 = endplateLean('sacrum', 'upper');
    const l4 = endplateLean('l4', 'upper');
    const l1 = endplateLean('l1', 'upper');
    // Lordosis: S1's endplate leans forward, L1's back.
    expect(s1 - l1).toBeGreaterThan(45);
    expect(s1 - l1).toBeLessThan(65);
    const share = (s1 - l4) / (s1 - l1);
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(0.75);
  });

  it.each([
    ['t11', 't12'],
    ['t12', 'l1'],
    ['l1', 'l2'],
    ['l2', 'l3'],
    ['l3', 'l4'],
    ['l4', 'l5'],
    ['l5', 'sacrum'],
  ])('has a facet joint between %s and %s: its articular processes 0.5–3 mm apart', (upper, lower) => {
    const centre = landmark(`${upper}_inferior_articular_r`).at as V;
    const { gap, overlap } = facetGap(upper, lower, centre);
    expect(overlap).toBeLessThan(0.0005);
    expect(gap).toBeGreaterThan(0.0003);
    expect(gap).toBeLessThan(0.003);
  });
});

let bones: BoneMesh[];
beforeAll(async () => {
  bones = await readBones();
});

describe('floating ribs', () => {
  it.each([
    ['rib_12_r', 't12'],
    ['rib_11_r', 't11'],
  ])('%s articulates with the body of %s (head within 3 mm, no overlap)', (rib, vertebra) => {
    const frames = neutralFrames();
    const ribSeg: SegmentId = 'torso';
    const vSeg = (vertebra === 't11' ? 'torso' : vertebra) as SegmentId;
    const pts = surfacePoints(rib, landmark(`${rib.replace('rib_', 'rib').replace(/_r$/, '')}_head_r`).at as V, 1500);
    const values = pts.map((p) => {
      const q = toSegment(frames, vSeg, toWorld(frames, ribSeg, p));
      return boneField(vertebra, q[0]!, q[1]!, q[2]!);
    });
    const deepest = Math.max(...values);
    expect(deepest).toBeLessThan(0.001);
    expect(deepest).toBeGreaterThan(-0.003);
  });

  it('makes rib 12 short (a chord of 8–12 cm) with its tip at the rib12_tip landmark', () => {
    const rib = bones.find((b) => b.name === 'rib_12_r')!;
    const pts: V[] = [];
    for (let i = 0; i < rib.positions.length; i += 3) pts.push([rib.positions[i]!, rib.positions[i + 1]!, rib.positions[i + 2]!]);
    let chord = 0;
    for (const a of pts) for (const b of pts) chord = Math.max(chord, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
    expect(chord).toBeGreaterThan(0.08);
    expect(chord).toBeLessThan(0.12);
    const tip = landmark('rib12_tip_r').at;
    const nearest = Math.min(...pts.map((p) => Math.hypot(p[0] - tip[0], p[1] - tip[1], p[2] - tip[2])));
    expect(nearest).toBeLessThan(0.005);
  });
});

describe('knee', () => {
  it('keeps the patella on the trochlea and condyles through 0–120° of flexion (gap ≤ 2.5 mm, overlap ≤ 1 mm)', () => {
    const femur = bones.find((b) => b.name === 'femur_r')!;
    const patella = bones.find((b) => b.name === 'patella_r')!;
    const pts: V[] = [];
    for (let i = 0; i < patella.positions.length; i += 3) pts.push([patella.positions[i]!, patella.positions[i + 1]!, patella.positions[i + 2]!]);
    const gaps: string[] = [];
    for (let k = 0; k <= 120; k += 10) {
      const g = patellaGap(-k, 'r', pts, (q) => meshDistance(femur, q));
      if (g > 0.0025 || g < -0.001) gaps.push(`${k}°: ${(g * 1000).toFixed(1)} mm`);
    }
    expect(gaps).toEqual([]);
  });
});

describe('patellar height', () => {
  // Insall & Salvati 1971: the ligament about as long as the patella (0.8–1.2). Caton et al. 1982: the
  // articular surface's lower edge 0.6–1.3 of that surface's length above the tibia's front corner, on a
  // lateral view in 30° of flexion. Here 1.13 and 1.25; at gait2392's height the patella measured 1.22 and
  // 0.66, and rolled under these condyles in deep flexion (joints.ts, PATELLA_PATH).
  const h = patellarHeight(-30);
  it('has an Insall–Salvati ratio of 0.8–1.2', () => {
    expect(h.insallSalvati).toBeGreaterThanOrEqual(0.8);
    expect(h.insallSalvati).toBeLessThanOrEqual(1.2);
  });
  it('has a Caton–Deschamps index of 0.6–1.3 at 30° of flexion', () => {
    expect(h.catonDeschamps).toBeGreaterThanOrEqual(0.6);
    expect(h.catonDeschamps).toBeLessThanOrEqual(1.3);
  });
});

describe('ankle', () => {
  const m = malleoli('r');
  it('has a medial malleolus reaching 10–18 mm below the plafond', () => {
    expect(m.medial).toBeGreaterThanOrEqual(0.01);
    expect(m.medial).toBeLessThanOrEqual(0.018);
  });
  it('has a lateral malleolus reaching 6–14 mm lower than the medial', () => {
    expect(m.lateral - m.medial).toBeGreaterThanOrEqual(0.006);
    expect(m.lateral - m.medial).toBeLessThanOrEqual(0.014);
  });
});

describe('pelvis', () => {
  const pelvis = (p: V) => boneField('pelvis', p[0], p[1], p[2]);
  /** The most anterior solid point in a box of the pelvis frame (1 mm grid). */
  const front = (lo: V, hi: V): V => {
    let best: V = [-1, 0, 0];
    for (let x = lo[0]; x <= hi[0]; x += 0.001)
      for (let y = lo[1]; y <= hi[1]; y += 0.001)
        for (let z = lo[2]; z <= hi[2]; z += 0.001) if (x > best[0] && pelvis([x, y, z]) > 0) best = [x, y, z];
    return best;
  };

  it('stands with the anterior pelvic plane (ASIS, pubic tubercles: Lewinnek 1978) within 10° of vertical', () => {
    const asis = front([-0.05, -0.03, 0.09], [0.02, 0.03, 0.14]);
    // The front of the pubis beside the symphysis: pubic crest and tubercle.
    const pubis = front([-0.06, -0.11, 0.0], [0.0, -0.05, 0.025]);
    // In the neutral pose the pelvis frame is the world's, so this is the plane's forward tilt.
    const tilt = (Math.atan2(asis[0] - pubis[0], asis[1] - pubis[1]) * 180) / Math.PI;
    expect(Math.abs(tilt)).toBeLessThanOrEqual(10);
  });

  it('turns the posterior iliac crest in towards the sacrum (within 8.5 cm of the midline behind the hip)', () => {
    let widest = 0;
    for (let x = -0.14; x <= -0.09; x += 0.002) {
      for (let y = 0.05; y <= 0.11; y += 0.002) {
        for (let z = 0.05; z <= 0.14; z += 0.001) if (pelvis([x, y, z]) > 0) widest = Math.max(widest, z);
      }
    }
    expect(widest).toBeLessThanOrEqual(0.085);
    expect(widest).toBeGreaterThan(0.06);
  });
});

describe('kinematics used above', () => {
  it('moves the patella with the knee (the contact test is not vacuous)', () => {
    const a = toWorld(computeFrames(poseFrom({})), 'patella_r', [0, 0, 0]);
    const b = toWorld(computeFrames(poseFrom({ knee_angle_r: -90 })), 'patella_r', [0, 0, 0]);
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)).toBeGreaterThan(0.04);
    expect(insidePoint('patella_r')).toBeDefined();
  });
});
