/**
 * The ten muscles that complete the thigh, calf and abdominal wall (SPEC.md): their facts against a small
 * table written from Gray's Anatomy, which bones their fibres start and end on, how their lengths change
 * over the joints they cross, the signs of their moment arms, and for the abdominal wall that it lies
 * under the skin and stays out of the abdominal cavity however the trunk moves.
 */
import { describe, expect, it } from 'vitest';
import {
  COORDINATE_INDEX,
  type CoordinateName,
  neutralPose,
  type Pose,
  poseFrom,
} from '../../src/anatomy/model/coordinates';
import { computeFrames, createFrames, neutralFrames, toSegment, toWorld } from '../../src/anatomy/model/kinematics';
import { landmark } from '../../src/anatomy/model/landmarks';
import type { SegmentId } from '../../src/anatomy/model/segments';
import { DISPLAY_NAMES, MUSCLES, type Muscle, muscle } from '../../src/anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../../src/anatomy/muscles/facts';
import type { MuscleId, MuscleName } from '../../src/anatomy/muscles/types';
import { MOTIONS } from '../../src/anatomy/motions';
import { lengthOf, momentArm } from '../../src/anatomy/path/mechanics';
import { landmarkAt } from '../../src/anatomy/referral/evaluate';
import { patternsOf, refer } from '../../src/anatomy/referral/refer';
import { fibrePolyline, maxPolylinePoints } from '../../src/anatomy/path/musclePath';
import { BONES, boneField } from '../../src/geometry/bones';
import { bodyDepth } from '../../src/geometry/skin/field';

/** SPEC.md's display names of the last ten muscle names. */
const SPEC_NAMES: Record<string, string> = {
  vastus_lateralis: 'Vastus lateralis',
  vastus_medialis: 'Vastus medialis',
  vastus_intermedius: 'Vastus intermedius',
  gastrocnemius_medial: 'Gastrocnemius (medial head)',
  gastrocnemius_lateral: 'Gastrocnemius (lateral head)',
  soleus: 'Soleus',
  rectus_abdominis: 'Rectus abdominis',
  external_oblique: 'External oblique',
  internal_oblique: 'Internal oblique',
  transversus_abdominis: 'Transversus abdominis',
};
const NAMES = Object.keys(SPEC_NAMES) as MuscleName[];
const ABDOMINAL: MuscleName[] = ['rectus_abdominis', 'external_oblique', 'internal_oblique', 'transversus_abdominis'];
const LOWER_THORACIC = ['T7', 'T8', 'T9', 'T10', 'T11', 'T12'];

/**
 * From Gray's Anatomy (42nd ed.): nerve, spinal roots, and words (lower case) that the origin and insertion
 * must name.
 * Written for this test, not taken from the code under test.
 */
const GRAY: Record<string, { nerve: RegExp; roots: string[]; origin: RegExp[]; insertion: RegExp[] }> = {
  vastus_lateralis: {
    nerve: /femoral/i,
    roots: ['L2', 'L3', 'L4'],
    origin: [/greater trochanter/, /intertrochanteric line/, /gluteal tuberosity/, /linea aspera/],
    insertion: [/patella/, /tibial tuberosity/],
  },
  vastus_medialis: {
    nerve: /femoral/i,
    roots: ['L2', 'L3', 'L4'],
    origin: [/intertrochanteric line/, /spiral line/, /linea aspera/, /supracondylar/, /adductor magnus/],
    insertion: [/patella/],
  },
  vastus_intermedius: {
    nerve: /femoral/i,
    roots: ['L2', 'L3', 'L4'],
    origin: [/front and lateral surfaces/, /shaft/],
    insertion: [/base of the patella/],
  },
  gastrocnemius_medial: {
    nerve: /tibial/i,
    roots: ['S1', 'S2'],
    origin: [/medial femoral condyle/],
    insertion: [/calcane/],
  },
  gastrocnemius_lateral: {
    nerve: /tibial/i,
    roots: ['S1', 'S2'],
    origin: [/lateral femoral condyle|lateral condyle/],
    insertion: [/calcane/],
  },
  soleus: {
    nerve: /tibial/i,
    roots: ['S1', 'S2'],
    origin: [/fibula/, /soleal line/, /tendinous arch/],
    insertion: [/calcane/],
  },
  rectus_abdominis: {
    nerve: /thoracic/i,
    roots: LOWER_THORACIC,
    origin: [/pubic crest/, /symphysis/],
    insertion: [/xiphoid/, /fifth, sixth and seventh costal cartilages/],
  },
  external_oblique: {
    nerve: /thoracic/i,
    roots: LOWER_THORACIC,
    origin: [/lower eight ribs/],
    insertion: [/iliac crest/, /linea alba/, /inguinal ligament/, /pubic tubercle/],
  },
  internal_oblique: {
    nerve: /iliohypogastric and ilioinguinal/i,
    roots: [...LOWER_THORACIC, 'L1'],
    origin: [/thoracolumbar fascia/, /iliac crest/, /inguinal ligament/],
    insertion: [/ribs 10–12/, /linea alba/, /pubic crest/],
  },
  transversus_abdominis: {
    nerve: /iliohypogastric and ilioinguinal/i,
    roots: [...LOWER_THORACIC, 'L1'],
    origin: [/costal cartilages/, /thoracolumbar fascia/, /iliac crest/, /inguinal ligament/],
    insertion: [/linea alba/, /pubic crest/],
  },
};

describe('the last ten names of SPEC.md', () => {
  it('are in the catalogue, with SPEC.md’s display names, on both sides', () => {
    for (const n of NAMES) {
      expect(DISPLAY_NAMES[n], n).toBe(SPEC_NAMES[n]);
      expect(MUSCLE_FACTS[n].displayName, n).toBe(SPEC_NAMES[n]);
      for (const s of ['r', 'l'] as const) expect(muscle(`${n}_${s}` as MuscleId).displayName).toBe(SPEC_NAMES[n]);
    }
  });

  it.each(NAMES)('%s: nerve, roots and attachments as in Gray’s', (n) => {
    const f = MUSCLE_FACTS[n];
    const g = GRAY[n]!;
    expect(f.innervation.nerve).toMatch(g.nerve);
    expect([...f.innervation.roots].sort()).toEqual([...g.roots].sort());
    for (const w of g.origin) expect(f.origin.toLowerCase(), `origin: ${w}`).toMatch(w);
    for (const w of g.insertion) expect(f.insertion.toLowerCase(), `insertion: ${w}`).toMatch(w);
  });

  it('people find them by the words they use', () => {
    const finds = (word: string) =>
      NAMES.filter((n) => MUSCLE_FACTS[n].synonyms.some((s) => s.toLowerCase() === word.toLowerCase()));
    expect(finds('quads')).toEqual(['vastus_lateralis', 'vastus_medialis', 'vastus_intermedius']);
    expect(finds('calf')).toEqual(['gastrocnemius_medial', 'gastrocnemius_lateral', 'soleus']);
    expect(finds('abs')).toEqual(ABDOMINAL);
    expect(finds('six-pack')).toEqual(['rectus_abdominis']);
    expect(finds('side abs')).toEqual(['external_oblique', 'internal_oblique']);
    expect(finds('TA')).toEqual(['transversus_abdominis']);
  });
});

// ——— Fibres: where they start and end ———

/** The segments (right side) each muscle's fibres start and end on. */
const ENDS: Record<string, { origin: string[]; insertion: string[] }> = {
  vastus_lateralis: { origin: ['femur_r'], insertion: ['patella_r'] },
  vastus_medialis: { origin: ['femur_r'], insertion: ['patella_r'] },
  vastus_intermedius: { origin: ['femur_r'], insertion: ['patella_r'] },
  gastrocnemius_medial: { origin: ['femur_r'], insertion: ['foot_r'] },
  gastrocnemius_lateral: { origin: ['femur_r'], insertion: ['foot_r'] },
  soleus: { origin: ['tibia_r'], insertion: ['foot_r'] },
  rectus_abdominis: { origin: ['pelvis'], insertion: ['torso'] },
  // The ribs, down to the iliac crest, pubis and (by the aponeurosis) the linea alba.
  external_oblique: { origin: ['torso'], insertion: ['pelvis', 'l3', 'l1'] },
  // Thoracolumbar fascia, crest and inguinal ligament, up to the ribs and the linea alba, or to the pubis.
  internal_oblique: { origin: ['pelvis'], insertion: ['torso', 'l3', 'pelvis'] },
  // Costal cartilages, thoracolumbar fascia, crest and inguinal ligament, across to the linea alba.
  transversus_abdominis: { origin: ['torso', 'l3', 'pelvis'], insertion: ['torso', 'l1', 'l3', 'pelvis'] },
};

/** What a fibre end may be attached to when it is not on a modelled bone. */
const NOT_ON_BONE =
  /^(linea alba|thoracolumbar fascia|inguinal ligament|tendinous arch of soleus|xiphoid process|(fifth|sixth|seventh|eighth|tenth) costal cartilage|(sixth|seventh|ninth) rib)$/;

/** Field of the nearest bone of a segment at a point of its frame (> 0 inside, ≈ −distance outside). */
const boneDepth = (segment: SegmentId, p: readonly number[]) =>
  Math.max(...BONES.filter((b) => b.segment === segment).map((b) => boneField(b.name, p[0]!, p[1]!, p[2]!)));

describe('fibres start and end on the right bones', () => {
  it.each(NAMES)('%s', (n) => {
    const m = muscle(`${n}_r` as MuscleId);
    expect(m.fibres.length, 'a broad muscle or sheet has several fibres').toBeGreaterThanOrEqual(
      n.startsWith('gastro') ? 2 : 3,
    );
    for (const f of m.fibres) {
      const first = f.points[0]!;
      const last = f.points[f.points.length - 1]!;
      expect(ENDS[n]!.origin, `${f.name}: origin`).toContain(first.segment);
      expect(ENDS[n]!.insertion, `${f.name}: insertion`).toContain(last.segment);
      for (const p of [first, last]) {
        if (p.attachedTo) {
          expect(p.attachedTo, f.name).toMatch(NOT_ON_BONE);
          continue;
        }
        // The ribs are not modelled (yet): attachments on the torso cannot be checked against bone.
        if (!BONES.some((b) => b.segment === p.segment)) continue;
        const d = boneDepth(p.segment, p.at);
        expect(
          Math.abs(d),
          `${f.name}: ${p === first ? 'origin' : 'insertion'} ${(d * 1000).toFixed(1)} mm from the bone surface`,
        ).toBeLessThan(0.004);
      }
    }
    const shares = m.fibres.reduce((s, f) => s + f.share, 0);
    expect(shares).toBeCloseTo(1, 6);
  });

  it('the obliques and transversus arise from the iliac crest, the aponeuroses end on the linea alba', () => {
    for (const n of ['internal_oblique', 'transversus_abdominis'] as const) {
      const crest = muscle(`${n}_r`).fibres.filter((f) => /iliac crest/.test(f.name));
      expect(crest.length, n).toBeGreaterThan(0);
      for (const f of crest) expect(boneDepth('pelvis', f.points[0]!.at), `${n} ${f.name}`).toBeGreaterThan(-0.004);
    }
    for (const n of ['external_oblique', 'internal_oblique', 'transversus_abdominis'] as const) {
      const ends = muscle(`${n}_r`).fibres.map((f) => f.points[f.points.length - 1]!.attachedTo);
      expect(ends, n).toContain('linea alba');
    }
  });

  it('the left side is the mirror image of the right', () => {
    const pose = neutralPose();
    const frames = computeFrames(pose);
    for (const n of NAMES) {
      const r = muscle(`${n}_r` as MuscleId);
      const l = muscle(`${n}_l` as MuscleId);
      r.fibres.forEach((f, i) => {
        const a = toWorld(frames, f.points[0]!.segment, f.points[0]!.at);
        const b = toWorld(frames, l.fibres[i]!.points[0]!.segment, l.fibres[i]!.points[0]!.at);
        expect(b[0]).toBeCloseTo(a[0]!, 9);
        expect(b[1]).toBeCloseTo(a[1]!, 9);
        expect(b[2]).toBeCloseTo(-a[2]!, 9);
      });
      expect(lengthOf(l, pose)).toBeCloseTo(lengthOf(r, pose), 9);
    }
  });
});

// ——— Lengths over the joints they cross ———

const sweep = (m: Muscle, coordinate: CoordinateName, from: number, to: number, base: Pose = neutralPose()) => {
  const out: number[] = [];
  const pose = Float64Array.from(base);
  for (let i = 0; i <= 20; i++) {
    pose[COORDINATE_INDEX[coordinate]] = from + ((to - from) * i) / 20;
    out.push(lengthOf(m, pose));
  }
  return out;
};
const increasing = (values: number[]) => values.every((v, i) => i === 0 || v > values[i - 1]!);
const r = (n: MuscleName) => muscle(`${n}_r` as MuscleId);

describe('lengths change in the right direction', () => {
  it('the vasti lengthen as the knee bends, whatever the hip does, and the hip does not change them', () => {
    for (const n of ['vastus_lateralis', 'vastus_medialis', 'vastus_intermedius'] as const) {
      for (const hip of [0, 60, 110]) {
        const values = sweep(r(n), 'knee_angle_r', 0, -120, poseFrom({ hip_flexion_r: hip }));
        expect(increasing(values), `${n}, hip ${hip}°`).toBe(true);
        expect(values[20]! - values[0]!, n).toBeGreaterThan(0.05);
      }
      const hip = sweep(r(n), 'hip_flexion_r', -20, 110);
      expect(Math.max(...hip) - Math.min(...hip), n).toBeLessThan(1e-12);
    }
  });

  it('gastrocnemius lengthens with knee extension and with dorsiflexion; soleus with dorsiflexion only', () => {
    for (const n of ['gastrocnemius_medial', 'gastrocnemius_lateral'] as const) {
      expect(increasing(sweep(r(n), 'knee_angle_r', -100, 0)), `${n} knee`).toBe(true);
      for (const knee of [0, -60]) {
        expect(
          increasing(sweep(r(n), 'ankle_angle_r', -40, 25, poseFrom({ knee_angle_r: knee }))),
          `${n} ankle, knee ${knee}°`,
        ).toBe(true);
      }
    }
    const soleus = r('soleus');
    expect(increasing(sweep(soleus, 'ankle_angle_r', -40, 25))).toBe(true);
    const knee = sweep(soleus, 'knee_angle_r', -120, 5);
    expect(Math.max(...knee) - Math.min(...knee)).toBeLessThan(1e-12);
  });

  it('rectus abdominis lengthens with lumbar extension; the obliques lengthen when the trunk bends away', () => {
    expect(increasing(sweep(r('rectus_abdominis'), 'lumbar_extension', -45, 25))).toBe(true);
    for (const n of ['external_oblique', 'internal_oblique'] as const) {
      // Bending to the left (negative) stretches the right side's obliques.
      const values = sweep(r(n), 'lumbar_bending', 20, -20);
      expect(increasing(values), n).toBe(true);
    }
  });

  it('rotating the trunk stretches the right external oblique and shortens the right internal oblique', () => {
    // lumbar_rotation > 0 turns the trunk to the left: the work of the right external oblique and the left
    // internal oblique, so the right external oblique shortens and the right internal oblique lengthens.
    // (Within ±10°: beyond, the nearly vertical fibres from the last ribs, which lengthen whichever way the
    // trunk turns, outweigh the rest of the external oblique; the internal oblique's nearly vertical
    // fibres from the posterior crest to rib 12 do the same beyond 15° to the right.)
    expect(increasing(sweep(r('external_oblique'), 'lumbar_rotation', 10, -10))).toBe(true);
    expect(increasing(sweep(r('internal_oblique'), 'lumbar_rotation', -15, 20))).toBe(true);
  });

  it('over the motions: the vasti are longest where the knee is most bent', () => {
    for (const motion of Object.values(MOTIONS)) {
      const pose = neutralPose();
      let deepest = { knee: 0, length: 0 };
      let straightest = { knee: -999, length: 0 };
      for (let i = 0; i <= 50; i++) {
        motion.evaluate(i / 50, pose);
        const knee = pose[COORDINATE_INDEX.knee_angle_r]!;
        const length = lengthOf(r('vastus_lateralis'), pose);
        if (knee < deepest.knee) deepest = { knee, length };
        if (knee > straightest.knee) straightest = { knee, length };
      }
      if (straightest.knee - deepest.knee > 20) expect(deepest.length, motion.id).toBeGreaterThan(straightest.length);
    }
  });

  it('change smoothly over the ankle and lumbar coordinates (no jumps)', () => {
    const jump = (values: number[]) => {
      const steps = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
      const typical = Math.max([...steps].sort((a, b) => a - b)[Math.floor(steps.length * 0.9)]!, 2e-5);
      return Math.max(...steps) / typical;
    };
    const fine = (m: Muscle, c: CoordinateName, from: number, to: number, base: Pose) => {
      const pose = Float64Array.from(base);
      const out: number[] = [];
      for (let v = from; v <= to; v += 0.5) {
        pose[COORDINATE_INDEX[c]] = v;
        out.push(lengthOf(m, pose));
      }
      return out;
    };
    for (const base of [neutralPose(), poseFrom({ knee_angle_r: -90, hip_flexion_r: 90, lumbar_extension: -30 })]) {
      for (const n of ['gastrocnemius_medial', 'gastrocnemius_lateral', 'soleus'] as const) {
        expect(jump(fine(r(n), 'ankle_angle_r', -50, 30, base)), n).toBeLessThan(4);
      }
      for (const n of ABDOMINAL) {
        for (const [c, lo, hi] of [
          ['lumbar_extension', -60, 30],
          ['lumbar_bending', -30, 30],
          ['lumbar_rotation', -20, 20],
        ] as const) {
          expect(jump(fine(r(n), c, lo, hi, base)), `${n} over ${c}`).toBeLessThan(4);
        }
      }
    }
  });
});

// ——— Moment arms: signs on their own joints ———

describe('moment arms', () => {
  it('the quadriceps extend the knee (3–5 cm near extension, ≈ 3 cm at 90°) and the vasti have no hip moment arm', () => {
    // Literature (Buford 1997; Krevolin 2004): 3.5–5 cm at 0–60°, 3–4 cm at 90°, 2.5–3.5 cm at 120°. The
    // oblique fibres of vastus medialis pull the patella medially as much as up, which lowers that
    // muscle's moment arm at full extension (3.0 cm here).
    const floor: Record<number, number> = { 0: 0.028, [-30]: 0.035, [-60]: 0.035, [-90]: 0.027, [-120]: 0.025 };
    for (const n of ['rectus_femoris', 'vastus_lateralis', 'vastus_medialis', 'vastus_intermedius'] as const) {
      for (const knee of [0, -30, -60, -90, -120]) {
        const ma = momentArm(r(n), 'knee_angle_r', poseFrom({ knee_angle_r: knee }));
        expect(ma, `${n} at knee ${knee}°`).toBeGreaterThan(floor[knee]!);
        expect(ma).toBeLessThan(0.055);
      }
      if (n === 'rectus_femoris') continue;
      for (const c of ['hip_flexion_r', 'hip_adduction_r', 'hip_rotation_r', 'ankle_angle_r'] as const) {
        expect(Math.abs(momentArm(r(n), c, neutralPose())), `${n} ${c}`).toBeLessThan(1e-9);
      }
    }
  });

  it("the quadriceps tendon's excursion over knee flexion matches Kaufer's cadaver knees", () => {
    // Kaufer 1971 (ten cadaver knees): the quadriceps tendon travels 66 ± 6 mm from 0° to 90° of flexion
    // and 5.4 ± 0.7 mm from 80° to 90°. Rectus femoris and vastus intermedius pull along the tendon's
    // line; the vasti lateralis and medialis come in obliquely and travel less (62 and 59 mm here).
    const L = (n: MuscleName, knee: number) => lengthOf(r(n), poseFrom({ knee_angle_r: knee }));
    for (const n of ['rectus_femoris', 'vastus_intermedius'] as const) {
      const whole = L(n, -90) - L(n, 0);
      const last = L(n, -90) - L(n, -80);
      expect(whole, `${n} 0–90°`).toBeGreaterThan(0.06);
      expect(whole, `${n} 0–90°`).toBeLessThan(0.072);
      expect(last, `${n} 80–90°`).toBeGreaterThan(0.0047);
      expect(last, `${n} 80–90°`).toBeLessThan(0.0061);
    }
    for (const n of ['vastus_lateralis', 'vastus_medialis'] as const) {
      expect(L(n, -90) - L(n, 0), `${n} 0–90°`).toBeGreaterThan(0.054);
      expect(L(n, -90) - L(n, -80), `${n} 80–90°`).toBeGreaterThan(0.0047);
    }
  });

  it('gastrocnemius plantarflexes the ankle and flexes the knee; soleus plantarflexes only', () => {
    for (const n of ['gastrocnemius_medial', 'gastrocnemius_lateral'] as const) {
      for (const knee of [0, -30, -60]) {
        expect(momentArm(r(n), 'knee_angle_r', poseFrom({ knee_angle_r: knee })), `${n} knee ${knee}°`).toBeLessThan(
          -0.005,
        );
      }
      for (const ankle of [-20, 0, 20]) {
        const ma = momentArm(r(n), 'ankle_angle_r', poseFrom({ ankle_angle_r: ankle }));
        expect(ma, `${n} ankle ${ankle}°`).toBeLessThan(-0.03);
        expect(ma).toBeGreaterThan(-0.07);
      }
    }
    for (const ankle of [-20, 0, 20])
      expect(momentArm(r('soleus'), 'ankle_angle_r', poseFrom({ ankle_angle_r: ankle }))).toBeLessThan(-0.03);
    expect(Math.abs(momentArm(r('soleus'), 'knee_angle_r', neutralPose()))).toBeLessThan(1e-9);
  });

  it('rectus abdominis flexes the lumbar spine; each oblique bends it to its own side and turns it as described', () => {
    const pose = neutralPose();
    expect(momentArm(r('rectus_abdominis'), 'lumbar_extension', pose)).toBeLessThan(-0.05);
    for (const n of ['external_oblique', 'internal_oblique'] as const) {
      expect(momentArm(r(n), 'lumbar_extension', pose), n).toBeLessThan(0);
      expect(momentArm(r(n), 'lumbar_bending', pose), n).toBeGreaterThan(0.02);
    }
    // Right external oblique: turns the trunk to the left (positive); right internal oblique: to the right.
    expect(momentArm(r('external_oblique'), 'lumbar_rotation', pose)).toBeGreaterThan(0.005);
    expect(momentArm(r('internal_oblique'), 'lumbar_rotation', pose)).toBeLessThan(-0.005);
    for (const n of ABDOMINAL) {
      for (const c of ['hip_flexion_r', 'hip_adduction_r', 'hip_rotation_r'] as const) {
        expect(Math.abs(momentArm(r(n), c, pose)), `${n} ${c}`).toBeLessThan(1e-9);
      }
    }
  });
});

// ——— The abdominal wall: under the skin, outside the abdominal cavity ———

/** Samples of a fibre's drawn path every ~5 mm, leaving out `end` metres at each end. */
function samples(m: Muscle, frames: ReturnType<typeof createFrames>, pose: Pose, end = 0.02): number[][] {
  const out: number[][] = [];
  for (const f of m.fibres) {
    const buf = new Float64Array(maxPolylinePoints(f) * 3);
    const n = fibrePolyline(f, frames, pose, buf);
    const pts = Array.from({ length: n }, (_, k) => [buf[k * 3]!, buf[k * 3 + 1]!, buf[k * 3 + 2]!]);
    const lengths = pts
      .slice(1)
      .map((p, k) => Math.hypot(p[0]! - pts[k]![0]!, p[1]! - pts[k]![1]!, p[2]! - pts[k]![2]!));
    const total = lengths.reduce((a, b) => a + b, 0);
    let s0 = 0;
    lengths.forEach((len, k) => {
      const steps = Math.max(1, Math.ceil(len / 0.005));
      for (let j = 0; j < steps; j++) {
        const s = s0 + (len * j) / steps;
        if (s < end || s > total - end) continue;
        const t = j / steps;
        out.push([0, 1, 2].map((c) => pts[k]![c]! + (pts[k + 1]![c]! - pts[k]![c]!) * t));
      }
      s0 += len;
    });
  }
  return out;
}

/**
 * The abdominal cavity, as slabs that ride on the lumbar vertebrae: at each level, an elliptic cylinder
 * (as high as the vertebra) from 5 mm to 45 mm in front of the vertebral body, 17 cm across. That is a
 * conservative inner space of a lean adult's abdomen (skin to the front of L3 ≈ 9 cm, of which skin, fat
 * and the wall take 4–5 cm; the cavity is wider than it is deep): the wall must stay outside it.
 */
const CAVITY = (['l5', 'l4', 'l3', 'l2', 'l1', 't12'] as const).map((v) => {
  const body = landmark(`${v}_body`).at;
  const front = body[0] + 0.017;
  return {
    segment: v as SegmentId,
    y: [body[1] - 0.016, body[1] + 0.016],
    x: [front + 0.005, front + 0.045],
    halfWidth: 0.085,
  };
});

function inCavity(frames: ReturnType<typeof createFrames>, p: number[]): string | undefined {
  for (const c of CAVITY) {
    const q = toSegment(frames, c.segment, p as [number, number, number]);
    if (q[1] < c.y[0]! || q[1] > c.y[1]!) continue;
    const cx = (c.x[0]! + c.x[1]!) / 2;
    const ax = (c.x[1]! - c.x[0]!) / 2;
    if (((q[0] - cx) / ax) ** 2 + (q[2] / c.halfWidth) ** 2 < 1) return c.segment;
  }
  return undefined;
}

const TRUNK_POSES: [string, Partial<Record<CoordinateName, number>>][] = [
  ['flexed 45°', { lumbar_extension: -45 }],
  ['flexed 30° and turned', { lumbar_extension: -30, lumbar_rotation: 15 }],
  ['extended 25°', { lumbar_extension: 25 }],
  ['extended 15° and bent left', { lumbar_extension: 15, lumbar_bending: -20 }],
  ['bent right 25°', { lumbar_bending: 25 }],
  ['turned left 20°', { lumbar_rotation: 20 }],
  ['turned right 20°', { lumbar_rotation: -20 }],
];

describe('the abdominal wall', () => {
  const wall = MUSCLES.filter((m) => ABDOMINAL.includes(m.name));

  it('lies under the skin in standing, 3–50 mm deep', () => {
    const frames = neutralFrames();
    for (const m of wall) {
      for (const p of samples(m, frames, neutralPose())) {
        const d = bodyDepth(p[0]!, p[1]!, p[2]!);
        expect(d, `${m.id} at ${p.map((v) => v.toFixed(3))}`).toBeGreaterThan(0.003);
        expect(d, `${m.id} at ${p.map((v) => v.toFixed(3))}`).toBeLessThan(0.05);
      }
    }
  });

  it('the cavity test can fail: a straight line from the pubis to the xiphoid cuts into the cavity when the trunk extends', () => {
    const frames = computeFrames(poseFrom({ lumbar_extension: 25 }));
    const a = toWorld(frames, 'pelvis', landmark('pubic_symphysis').at);
    const b = toWorld(frames, 'torso', landmark('xiphoid_process').at);
    const cut = Array.from({ length: 41 }, (_, i) => [0, 1, 2].map((c) => a[c]! + ((b[c]! - a[c]!) * i) / 40)).some(
      (p) => inCavity(frames, p),
    );
    expect(cut).toBe(true);
  });

  it('stays outside the abdominal cavity in every motion and in flexed, extended, bent and turned trunks', () => {
    const poses: [string, Pose][] = TRUNK_POSES.map(([label, v]) => [label, poseFrom(v)]);
    for (const motion of Object.values(MOTIONS)) {
      for (let i = 0; i < 20; i++) poses.push([`${motion.id} ${i / 20}`, motion.evaluate(i / 20, neutralPose())]);
    }
    const found: string[] = [];
    const frames = createFrames();
    for (const [label, pose] of poses) {
      computeFrames(pose, frames);
      for (const m of wall) {
        for (const p of samples(m, frames, pose)) {
          const level = inCavity(frames, p);
          if (level) found.push(`${m.id} in front of ${level}, ${label}`);
        }
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});

// ——— Referral zones (Travell & Simons), checked where they land and for honest evidence ———

const lm = (id: string) => landmarkAt(id, 'r');
const plus = (a: readonly number[], b: readonly number[]): [number, number, number] => [
  a[0]! + b[0]!,
  a[1]! + b[1]!,
  a[2]! + b[2]!,
];
const half = (a: readonly number[], b: readonly number[]) => [0, 1, 2].map((i) => (a[i]! + b[i]!) / 2);
const unit = (v: readonly number[]): [number, number, number] => {
  const l = Math.hypot(...v);
  return [v[0]! / l, v[1]! / l, v[2]! / l];
};
/** The muscle:zone-type pairs of `refer` at a skin point (right side unless mirrored), for the ten muscles only. */
function referred(p: [number, number, number], n: readonly number[]): string[] {
  return refer(p, unit(n))
    .filter((h) => NAMES.some((name) => h.muscle.startsWith(name)))
    .map((h) => `${h.muscle}:${h.zone}`);
}

describe('their referral zones', () => {
  it('come from Travell & Simons, and none claims more than recalled (the figures were not checked)', () => {
    for (const n of NAMES) {
      const patterns = patternsOf(n);
      expect(patterns.length, n).toBeGreaterThan(0);
      for (const z of patterns.flatMap((p) => p.zones)) {
        expect(['recalled', 'uncertain'], `${n}: ${z.id}`).toContain(z.evidence);
        expect(
          z.citations.some((c) => (c.source === 'TS1' || c.source === 'TS2') && /ch\. \d+/.test(c.where ?? '')),
          z.id,
        ).toBe(true);
      }
      for (const t of MUSCLE_FACTS[n].triggerPoints)
        expect(['recalled', 'uncertain'], `${n}: ${t.id}`).toContain(t.evidence);
    }
  });

  it('land where the book puts them', () => {
    // The instep: the inner arch of the right foot.
    expect(referred(plus(half(lm('heel_r'), lm('first_metatarsal_head_r')), [0, 0, -0.03]), [0, -0.3, -1])).toContain(
      'gastrocnemius_medial_r:essential',
    );
    // The back and the underside of the right heel.
    expect(referred(plus(lm('heel_r'), [-0.025, 0.02, 0]), [-1, 0, 0])).toContain('soleus_r:essential');
    expect(referred(plus(lm('heel_r'), [0.02, -0.024, 0]), [0, -1, 0])).toContain('soleus_r:essential');
    // Behind the right knee: both heads of gastrocnemius.
    const knee = referred(plus(half(lm('medial_condyle_r'), lm('lateral_condyle_r')), [-0.045, 0.008, 0]), [-1, 0, 0]);
    expect(knee).toEqual(
      expect.arrayContaining(['gastrocnemius_medial_r:essential', 'gastrocnemius_lateral_r:essential']),
    );
    // Outer mid-thigh: vastus lateralis; front of the mid-thigh: vastus intermedius; inner knee: vastus medialis.
    expect(
      referred(plus(half(lm('greater_trochanter_r'), lm('lateral_epicondyle_r')), [0, 0, 0.035]), [0, 0, 1]),
    ).toContain('vastus_lateralis_r:essential');
    expect(referred(plus(lm('linea_aspera_r'), [0.09, 0, -0.01]), [1, 0, 0])).toContain(
      'vastus_intermedius_r:essential',
    );
    expect(referred(plus(lm('medial_epicondyle_r'), [0.02, 0.03, -0.03]), [0.3, 0, -1])).toContain(
      'vastus_medialis_r:essential',
    );
  });

  it('the abdominal wall refers across the back on both sides, to the groin on its own side, and across the upper belly', () => {
    // Beside the spine at the thoracolumbar junction, and at the level of the sacroiliac joints: rectus abdominis, both sides.
    for (const [p, n] of [
      [plus(lm('l1_spinous'), [-0.015, 0.03, 0.06]), [-1, 0, 0.2]],
      [plus(lm('s2_tubercle'), [-0.01, 0.035, 0.05]), [-1, 0, 0.2]],
    ] as const) {
      expect(referred(p, n)).toEqual(
        expect.arrayContaining(['rectus_abdominis_r:essential', 'rectus_abdominis_l:essential']),
      );
    }
    // The right groin: the right obliques, not the left.
    const groin = referred(plus(lm('pubic_tubercle_r'), [0.045, 0.025, 0.04]), [1, 0.3, 0.1]);
    expect(groin).toEqual(expect.arrayContaining(['external_oblique_r:essential', 'internal_oblique_r:essential']));
    expect(groin.some((h) => h.includes('oblique_l'))).toBe(false);
    // Below the xiphoid: transversus and the external obliques of both sides.
    const upper = referred(plus(lm('xiphoid_process'), [0.02, -0.05, 0.01]), [1, 0, 0]);
    expect(upper).toEqual(
      expect.arrayContaining([
        'transversus_abdominis_r:essential',
        'transversus_abdominis_l:essential',
        'external_oblique_l:essential',
      ]),
    );
    // Round the navel: rectus abdominis.
    expect(referred(plus(lm('umbilicus'), [0.005, 0.01, 0.03]), [1, 0, 0.2])).toContain('rectus_abdominis_r:essential');
    // Low on the outer thigh none of them refers.
    expect(
      referred(plus(lm('fibular_head_r'), [0.01, 0.1, 0.04]), [0, 0, 1]).some((h) => /abdominis|oblique/.test(h)),
    ).toBe(false);
  });
});
