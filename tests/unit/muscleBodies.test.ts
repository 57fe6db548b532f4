/**
 * The muscle bodies as shipped (public/models/muscles.glb), checked against anatomy in the neutral pose:
 * every muscle has its body; each body's fleshy volume is PCSA × optimal fibre length (±15 %); psoas major
 * has the cross-section of a real psoas at L4–L5; each body's origin end lies on the bones the muscle
 * arises from (so a muscle drawn the wrong way round fails); tendons are drawn as tendon; iliopsoas runs
 * behind the inguinal ligament.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { neutralFrames } from '../../src/anatomy/model/kinematics';
import { fibrePolyline, maxPolylinePoints } from '../../src/anatomy/path/musclePath';
import { isPathStructure, structure } from '../../src/anatomy/structures/catalog';
import { SEGMENT_INDEX } from '../../src/anatomy/model/segments';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import type { MuscleName } from '../../src/anatomy/muscles/types';
import { sectionArea } from '../../src/geometry/bodies/measure';
import { STATIONS } from '../../src/geometry/bodies/pathPoser';
import { targetVolume } from '../../src/geometry/muscles/bodyShapes';
import { modelSourceHash, readManifest } from '../../scripts/models/manifest';
import { nearestBone } from './helpers/bones';
import { type LoadedBodies, loadMuscleBodies } from '../../scripts/models/loadMuscleBodies';
import { fleshyVolume } from './helpers/volume';

const VERTEBRAE = ['t12', 'l1', 'l2', 'l3', 'l4', 'l5'];
const DISCS = ['disc_l5_s1', 'disc_l4_l5', 'disc_l3_l4', 'disc_l2_l3', 'disc_l1_l2', 'disc_t12_l1'];

/**
 * The bones each muscle arises from (Gray's Anatomy; Travell & Simons), as bone model names (the left
 * side's femur is femur_l, and so on). Written from the anatomy, not from the path data.
 */
const ORIGIN_BONES: Partial<Record<MuscleName, string[]>> = {
  psoas_major: [...VERTEBRAE, ...DISCS],
  psoas_minor: ['t12', 'l1', 'disc_t12_l1', 'disc_l1_l2'],
  iliacus: ['pelvis', 'sacrum'],
  quadratus_lumborum: ['pelvis', 'l4', 'l5'],
  // Gray's: the posterior gluteal line, the back of the sacrum and the side of the coccyx.
  gluteus_maximus: ['pelvis', 'sacrum', 'coccyx'],
  gluteus_medius: ['pelvis'],
  gluteus_minimus: ['pelvis'],
  piriformis: ['sacrum', 'pelvis'],
  gemellus_superior: ['pelvis'],
  obturator_internus: ['pelvis'],
  gemellus_inferior: ['pelvis'],
  obturator_externus: ['pelvis'],
  quadratus_femoris: ['pelvis'],
  tensor_fasciae_latae: ['pelvis'],
  sartorius: ['pelvis'],
  rectus_femoris: ['pelvis'],
  pectineus: ['pelvis'],
  adductor_longus: ['pelvis'],
  adductor_brevis: ['pelvis'],
  adductor_magnus: ['pelvis'],
  gracilis: ['pelvis'],
  biceps_femoris_long: ['pelvis'],
  biceps_femoris_short: ['femur'],
  semitendinosus: ['pelvis'],
  semimembranosus: ['pelvis'],
  iliocostalis_lumborum: ['pelvis', 'sacrum'],
  longissimus_thoracis: ['pelvis', 'sacrum'],
  multifidus_lumborum: ['sacrum', 'pelvis', 'l4', 'l5'],
  vastus_lateralis: ['femur'],
  vastus_medialis: ['femur'],
  vastus_intermedius: ['femur'],
  gastrocnemius_medial: ['femur'],
  gastrocnemius_lateral: ['femur'],
  soleus: ['tibia', 'fibula'],
  rectus_abdominis: ['pelvis'],
};

/** Where the line through `o` along unit `d` crosses a mesh (parameters along d, sorted). */
function rayHits(p: ArrayLike<number>, idx: ArrayLike<number>, o: number[], d: number[]): number[] {
  const out: number[] = [];
  for (let t = 0; t < idx.length; t += 3) {
    const a = [0, 1, 2].map((k) => p[idx[t]! * 3 + k]!);
    const e1 = [0, 1, 2].map((k) => p[idx[t + 1]! * 3 + k]! - a[k]!);
    const e2 = [0, 1, 2].map((k) => p[idx[t + 2]! * 3 + k]! - a[k]!);
    const cross = (u: number[], v: number[]) => [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    const dot = (u: number[], v: number[]) => u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!;
    const h = cross(d, e2);
    const det = dot(e1, h);
    if (Math.abs(det) < 1e-14) continue;
    const sv = [0, 1, 2].map((k) => o[k]! - a[k]!);
    const u = dot(sv, h) / det;
    if (u < 0 || u > 1) continue;
    const q = cross(sv, e1);
    const v = dot(d, q) / det;
    if (v < 0 || u + v > 1) continue;
    out.push(dot(e2, q) / det);
  }
  return out.sort((x, y) => x - y);
}

let loaded: LoadedBodies;
beforeAll(async () => {
  loaded = await loadMuscleBodies();
});

const body = (id: string) => {
  const b = loaded.bodies.find((x) => x.muscle.id === id);
  if (!b) throw new Error(`no body for ${id}`);
  return b;
};

describe('muscle bodies (public/models/muscles.glb)', () => {
  it('are built from the current sources', () => {
    expect(readManifest().models.muscles?.sourceHash).toBe(modelSourceHash('muscles'));
  });

  it('give every muscle a body, named by its id', () => {
    expect(loaded.bodies.map((b) => b.muscle.id).sort()).toEqual(MUSCLES.map((m) => m.id).sort());
  });

  it.each(MUSCLES.filter((m) => m.side === 'r').map((m) => [m.name, m.id] as const))(
    '%s: fleshy volume is PCSA × optimal fibre length ±15 %%',
    (_name, id) => {
      const b = body(id);
      const v = fleshyVolume(b.bound.positions, b.indices, b.tendon, 0.0015);
      const target = targetVolume(b.muscle);
      expect(
        Math.abs(v / target - 1),
        `${(v * 1e6).toFixed(0)} cm³ against ${(target * 1e6).toFixed(0)} cm³`,
      ).toBeLessThanOrEqual(0.15);
    },
  );

  it('psoas major measures 12–20 cm² across at the L4–L5 disc, both sides', () => {
    // A horizontal slice through the centre of the L4–L5 disc (the origin of L4's frame), as on axial MRI.
    const disc = neutralFrames()[SEGMENT_INDEX.l4]!;
    for (const id of ['psoas_major_r', 'psoas_major_l']) {
      const b = body(id);
      const area = sectionArea(b.bound.positions, b.indices, [disc[9]!, disc[10]!, disc[11]!], [0, 1, 0]);
      expect(area * 1e4, id).toBeGreaterThanOrEqual(12);
      expect(area * 1e4, id).toBeLessThanOrEqual(20);
    }
  });

  it('iliacus and psoas pass behind the inguinal ligament (the muscular lacuna), both sides', () => {
    // Seen from the front, wherever a body lies under the ligament's band (within half its width of its
    // line), it must be behind the band's deep face: iliopsoas runs beneath the ligament into the thigh.
    for (const side of ['r', 'l'] as const) {
      const lig = structure(`inguinal_ligament_${side}`);
      if (!isPathStructure(lig)) throw new Error('the inguinal ligament is drawn along a path');
      const drawing = lig.drawing.fibres[0]!;
      if (drawing.shape !== 'band') throw new Error('the inguinal ligament is drawn as a band');
      const buf = new Float64Array(maxPolylinePoints(lig.fibres[0]!) * 3);
      const n = fibrePolyline(lig.fibres[0]!, neutralFrames(), neutralPose(), buf);
      for (const id of [`iliacus_${side}`, `psoas_major_${side}`]) {
        const p = body(id).bound.positions;
        let worst = Number.NEGATIVE_INFINITY;
        for (let v = 0; v < p.length; v += 3) {
          for (let i = 0; i + 1 < n; i++) {
            // The band's line in the frontal (y, z) plane; x is forward.
            const [ay, az, by, bz] = [buf[i * 3 + 1]!, buf[i * 3 + 2]!, buf[i * 3 + 4]!, buf[i * 3 + 5]!];
            const t = ((p[v + 1]! - ay) * (by - ay) + (p[v + 2]! - az) * (bz - az)) / ((by - ay) ** 2 + (bz - az) ** 2);
            if (t < 0 || t > 1) continue;
            if (Math.hypot(p[v + 1]! - ay - t * (by - ay), p[v + 2]! - az - t * (bz - az)) > drawing.width / 2) continue;
            const deepFace = buf[i * 3]! + t * (buf[i * 3 + 3]! - buf[i * 3]!) - drawing.thickness / 2;
            worst = Math.max(worst, p[v]! - deepFace);
          }
        }
        expect(worst, `${id}: in front of the ligament's deep face by ${(worst * 1000).toFixed(1)} mm`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('gluteus maximus forms the buttock: at least 4 cm thick at its centre, both sides', () => {
    for (const id of ['gluteus_maximus_r', 'gluteus_maximus_l']) {
      const b = body(id);
      const p = b.bound.positions;
      // Its centre (mean of the surface), and the thickness of the body straight through it from behind.
      const c = [0, 1, 2].map((k) => {
        let sum = 0;
        for (let i = k; i < p.length; i += 3) sum += p[i]!;
        return sum / (p.length / 3);
      });
      const hits = rayHits(p, b.indices, c, [1, 0, 0]);
      expect(hits.length, id).toBeGreaterThanOrEqual(2);
      expect(hits[hits.length - 1]! - hits[0]!, id).toBeGreaterThanOrEqual(0.04);
    }
  });

  it.each(Object.entries(ORIGIN_BONES))('%s: the origin end lies on the bones it arises from', (name, bones) => {
    const frames = neutralFrames();
    for (const side of ['r', 'l'] as const) {
      const b = body(`${name}_${side}`);
      const rows = new Set(b.rows);
      const { bind } = b.bound.binding;
      const p = b.bound.positions;
      const expected = bones.map((x) => (['femur', 'tibia', 'fibula'].includes(x) ? `${x}_${side}` : x));
      // The footprint: vertices carried by the first station of a fibre and lying on bone.
      let on = 0;
      const elsewhere: string[] = [];
      for (let v = 0; v < b.bound.binding.count; v++) {
        if (!rows.has(bind[v * 4]!) || bind[v * 4 + 1]! > 1) continue;
        const near = nearestBone(frames, p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!);
        if (!near || near.field < -0.004) continue;
        if (expected.includes(near.bone)) on++;
        else elsewhere.push(near.bone);
      }
      expect(on, `${b.muscle.id}: vertices of the origin footprint on ${expected.join('/')}`).toBeGreaterThanOrEqual(3);
      expect(
        elsewhere.length / (on + elsewhere.length),
        `${b.muscle.id} origin also on ${[...new Set(elsewhere)].join(', ')}`,
      ).toBeLessThanOrEqual(0.2);
    }
  });

  it('draw the psoas tendon as tendon at the lesser trochanter and its belly as muscle', () => {
    const b = body('psoas_major_r');
    const { bind } = b.bound.binding;
    let end = 0;
    let endTendon = 0;
    let belly = 0;
    let bellyFlesh = 0;
    for (let v = 0; v < b.bound.binding.count; v++) {
      const x = bind[v * 4 + 1]!;
      if (x >= STATIONS - 2) {
        end++;
        if (b.tendon[v]! > 0.5) endTendon++;
      } else if (x > 6 && x < 12) {
        belly++;
        if (b.tendon[v]! < 0.5) bellyFlesh++;
      }
    }
    expect(endTendon / end).toBeGreaterThan(0.8);
    expect(bellyFlesh / belly).toBeGreaterThan(0.95);
  });
});
