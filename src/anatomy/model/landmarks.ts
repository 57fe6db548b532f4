/**
 * Anatomical landmarks on each segment, in that segment's frame (metres). Bone geometry, muscle
 * attachments and referral zones are all placed on these, so moving one moves everything built on it.
 *
 * Calibration: where gait2392 / Rajagopal 2016 have a muscle attachment at a landmark (sartorius at the
 * ASIS, rectus femoris at the AIIS, hamstrings at the ischial tuberosity, psoas at the lesser trochanter,
 * gluteus medius at the greater trochanter, adductor magnus at the adductor tubercle…) the landmark sits
 * on the bone just under that attachment; the rest follow adult proportions for the 1.8 m gait2392
 * subject (Gray's Anatomy, 42nd ed.; Reynolds et al. 1982 for pelvis dimensions).
 * Right-side landmarks are written once; the left side mirrors z.
 */
import type { Vec3 } from '../math/vec3';
import { neutralFrames, toWorld } from './kinematics';
import { type SegmentId, type Side, VERTEBRAE, type VertebraId } from './segments';
import { bodyCentre, jointCentre, LUMBAR_LEVELS } from './spine';

export interface Landmark {
  id: string;
  segment: SegmentId;
  at: Vec3;
  label: string;
}

type SidedSpec = [id: string, segment: 'pelvis' | 'femur' | 'tibia' | 'patella' | 'talus' | 'foot' | 'torso', at: Vec3, label: string];
type MidSpec = [id: string, segment: SegmentId, at: Vec3, label: string];

// ——— Attachments of the abdominal wall muscles on the lower ribcage (torso frame, origin at the T11/T12
// disc; at neutral the torso frame is the world frame moved to (−0.0744, 1.223, 0)). Placed for the lean
// 1.8 m subject from Gray's: the xiphoid at the T9 level ≈ 18 cm above the umbilicus, the costal margin
// (cartilages 7–10) falling from it to its lowest point, the 10th cartilage, at the L3 level; the ribs'
// outer surfaces 1.5–2.5 cm under the skin of the flank. Used by rectus abdominis, the obliques and
// transversus abdominis (muscles/paths/abdominalWall.ts) and their referral zones. ———
const ABDOMINAL_WALL_SIDED: SidedSpec[] = [
  ['costal_cartilage_5', 'torso', [0.1124, 0.082, 0.08], 'fifth costal cartilage, near the sternum'],
  ['costal_cartilage_6', 'torso', [0.1164, 0.067, 0.055], 'sixth costal cartilage, near the sternum'],
  ['costal_cartilage_7', 'torso', [0.1184, 0.052, 0.03], 'seventh costal cartilage, at the sternum'],
  ['costal_margin_8', 'torso', [0.1094, 0.002, 0.075], 'costal margin at the eighth cartilage'],
  ['costal_margin_9', 'torso', [0.0924, -0.038, 0.095], 'costal margin at the ninth cartilage'],
  ['costal_margin_low', 'torso', [0.0694, -0.093, 0.112], 'lowest point of the costal margin (tenth cartilage)'],
  ['rib6_lateral', 'torso', [0.0944, 0.067, 0.112], 'outer surface of the sixth rib, front of the side of the chest'],
  ['rib7_lateral', 'torso', [0.0794, 0.047, 0.12], 'outer surface of the seventh rib, side of the chest'],
  ['rib9_lateral', 'torso', [0.0444, -0.013, 0.126], 'outer surface of the ninth rib, side of the chest'],
  ['rib11_end', 'torso', [0.0294, -0.083, 0.113], 'free end of the eleventh rib'],
];
const ABDOMINAL_WALL_MIDLINE: MidSpec[] = [['xiphoid_process', 'torso', [0.1204, 0.042, 0], 'xiphoid process (tip of the sternum)']];

/** Right-side landmarks; ids get `_r` / `_l`, segments of the leg get the side too. */
const SIDED: SidedSpec[] = [
  // Hip bone
  ['asis', 'pelvis', [-0.008, 0.0, 0.122], 'anterior superior iliac spine'],
  ['aiis', 'pelvis', [-0.025, -0.031, 0.101], 'anterior inferior iliac spine'],
  ['iliac_tubercle', 'pelvis', [-0.038, 0.05, 0.126], 'tubercle of the iliac crest'],
  ['iliac_crest_top', 'pelvis', [-0.075, 0.092, 0.115], 'highest point of the iliac crest'],
  ['iliac_crest_posterior', 'pelvis', [-0.118, 0.075, 0.078], 'posterior iliac crest'],
  ['psis', 'pelvis', [-0.145, 0.042, 0.042], 'posterior superior iliac spine'],
  ['pisi', 'pelvis', [-0.14, 0.012, 0.05], 'posterior inferior iliac spine'],
  ['iliac_fossa', 'pelvis', [-0.058, 0.032, 0.072], 'deepest point of the iliac fossa'],
  ['iliopubic_eminence', 'pelvis', [-0.032, -0.063, 0.074], 'iliopubic eminence on the pelvic brim'],
  ['arcuate_line_mid', 'pelvis', [-0.075, -0.01, 0.062], 'middle of the arcuate line'],
  ['sacroiliac_joint', 'pelvis', [-0.11, 0.032, 0.045], 'sacroiliac joint (centre of the auricular surface)'],
  ['greater_sciatic_notch', 'pelvis', [-0.108, -0.012, 0.074], 'apex of the greater sciatic notch'],
  ['ischial_spine', 'pelvis', [-0.108, -0.062, 0.052], 'ischial spine'],
  ['ischial_tuberosity', 'pelvis', [-0.12, -0.108, 0.062], 'ischial tuberosity'],
  ['acetabulum', 'pelvis', [-0.0707, -0.0661, 0.0835], 'centre of the acetabulum'],
  ['obturator_foramen', 'pelvis', [-0.062, -0.1, 0.048], 'centre of the obturator foramen'],
  ['pubic_tubercle', 'pelvis', [-0.028, -0.078, 0.026], 'pubic tubercle'],
  ['pecten_pubis', 'pelvis', [-0.04, -0.072, 0.048], 'pecten (pectineal line) of the pubis'],
  ['inferior_pubic_ramus', 'pelvis', [-0.068, -0.118, 0.026], 'inferior pubic ramus'],
  ['ischial_ramus', 'pelvis', [-0.098, -0.12, 0.04], 'ischial ramus'],
  // Femur (origin: centre of the femoral head)
  ['femoral_head', 'femur', [0, 0, 0], 'centre of the femoral head'],
  ['femoral_neck', 'femur', [-0.006, -0.017, 0.02], 'middle of the femoral neck'],
  ['neck_base', 'femur', [-0.009, -0.034, 0.041], 'base of the femoral neck'],
  ['greater_trochanter', 'femur', [-0.018, 0.002, 0.052], 'tip of the greater trochanter'],
  ['trochanteric_fossa', 'femur', [-0.022, -0.012, 0.04], 'trochanteric fossa'],
  ['lesser_trochanter', 'femur', [-0.021, -0.061, 0.011], 'lesser trochanter'],
  ['quadrate_tubercle', 'femur', [-0.035, -0.035, 0.036], 'quadrate tubercle on the intertrochanteric crest'],
  ['intertrochanteric_line', 'femur', [0.012, -0.04, 0.04], 'intertrochanteric line'],
  ['gluteal_tuberosity', 'femur', [-0.014, -0.1, 0.038], 'gluteal tuberosity'],
  ['linea_aspera', 'femur', [0.006, -0.215, 0.021], 'linea aspera (middle third)'],
  ['adductor_tubercle', 'femur', [0.004, -0.381, -0.029], 'adductor tubercle'],
  ['medial_epicondyle', 'femur', [-0.003, -0.396, -0.042], 'medial epicondyle'],
  ['lateral_epicondyle', 'femur', [-0.003, -0.396, 0.039], 'lateral epicondyle'],
  ['medial_condyle', 'femur', [-0.01, -0.402, -0.024], 'medial femoral condyle'],
  ['lateral_condyle', 'femur', [-0.01, -0.402, 0.023], 'lateral femoral condyle'],
  ['patellar_groove', 'femur', [0.024, -0.392, 0.002], 'patellar surface (trochlear groove)'],
  // Patella (origin: its base, where the quadriceps tendon inserts)
  ['patella_base', 'patella', [0, 0, 0], 'base of the patella'],
  ['patella_apex', 'patella', [-0.004, -0.044, 0], 'apex of the patella'],
  // Tibia and fibula (origin: knee joint centre)
  ['medial_tibial_condyle', 'tibia', [-0.004, -0.032, -0.031], 'medial tibial condyle'],
  ['lateral_tibial_condyle', 'tibia', [-0.004, -0.032, 0.031], 'lateral tibial condyle'],
  ['tibial_tuberosity', 'tibia', [0.03, -0.075, 0.004], 'tibial tuberosity'],
  ['gerdy_tubercle', 'tibia', [0.008, -0.048, 0.029], "Gerdy's tubercle (iliotibial tract)"],
  ['pes_anserinus', 'tibia', [0.01, -0.087, -0.022], 'pes anserinus (sartorius, gracilis, semitendinosus)'],
  ['fibular_head', 'tibia', [-0.024, -0.058, 0.04], 'head of the fibula'],
  ['medial_malleolus', 'tibia', [0.006, -0.44, -0.031], 'medial malleolus'],
  ['lateral_malleolus', 'tibia', [-0.012, -0.452, 0.033], 'lateral malleolus'],
  // Foot (gait2392 calcaneus frame)
  ['heel', 'foot', [-0.005, 0.006, -0.002], 'calcaneal tuberosity (heel)'],
  ['first_metatarsal_head', 'foot', [0.17, 0.004, -0.026], 'head of the first metatarsal'],
  ['fifth_metatarsal_head', 'foot', [0.145, 0.004, 0.038], 'head of the fifth metatarsal'],
  ['toe_tip', 'foot', [0.245, 0.008, -0.012], 'tip of the great toe'],
  // Ribs (torso frame, origin at the T11/T12 disc)
  ['rib12_tip', 'torso', [-0.012, -0.072, 0.088], 'tip of the 12th rib'],
  ['rib12_medial', 'torso', [-0.04, -0.03, 0.045], 'medial half of the 12th rib, lower border'],
  ['rib10_angle', 'torso', [-0.058, 0.035, 0.066], 'angle of the 10th rib'],
  ['rib8_angle', 'torso', [-0.062, 0.085, 0.068], 'angle of the 8th rib'],
  ['costal_margin', 'torso', [0.09, 0.075, 0.1], 'costal margin (lower border of the ribcage)'],
  // Surface (skin) landmarks, placed on the skin at neutral standing; used to describe referral zones
  ['gluteal_fold', 'pelvis', [-0.168, -0.17, 0.075], 'gluteal fold (lower crease of the buttock, on the skin)'],
  ...ABDOMINAL_WALL_SIDED,
];

/** Midline landmarks of the pelvis and sacrum. */
const MIDLINE: MidSpec[] = [
  ['pubic_symphysis', 'pelvis', [-0.033, -0.088, 0], 'pubic symphysis'],
  ['sacral_promontory', 'sacrum', [-0.071, 0.058, 0], 'sacral promontory'],
  ['s1_endplate', 'sacrum', [-0.088, 0.061, 0], 'upper surface of S1'],
  ['s2_tubercle', 'sacrum', [-0.142, 0.028, 0], 'median sacral crest at S2'],
  ['sacral_hiatus', 'sacrum', [-0.152, -0.035, 0], 'sacral hiatus (S4–S5)'],
  ['coccyx_tip', 'sacrum', [-0.132, -0.082, 0], 'tip of the coccyx'],
  // Surface (skin) landmarks at neutral standing
  ['umbilicus', 'pelvis', [0.045, 0.135, 0], 'umbilicus (on the skin, about the L3–L4 disc level)'],
  ['perineum', 'pelvis', [-0.08, -0.145, 0], 'centre of the perineum (on the skin, between the thighs)'],
  ...ABDOMINAL_WALL_MIDLINE,
];

const deg = Math.PI / 180;

/** Per-vertebra shape figures (metres): posterior reach of the spinous process, half-span of the transverse processes. */
const VERTEBRA_SHAPE: Record<VertebraId, { spinous: number; transverse: number }> = {
  l5: { spinous: 0.068, transverse: 0.042 },
  l4: { spinous: 0.072, transverse: 0.043 },
  l3: { spinous: 0.075, transverse: 0.046 },
  l2: { spinous: 0.074, transverse: 0.042 },
  l1: { spinous: 0.072, transverse: 0.036 },
  t12: { spinous: 0.066, transverse: 0.024 },
};

/** Landmarks of one vertebra, in its own frame (origin at the joint below it, axes as the pelvis at neutral). */
function vertebraLandmarks(v: VertebraId): Landmark[] {
  const i = VERTEBRAE.indexOf(v);
  const level = LUMBAR_LEVELS[i]!;
  const origin = jointCentre(level);
  const c = bodyCentre(v);
  const t = level.axisTilt * deg;
  const up: Vec3 = [Math.sin(t), Math.cos(t), 0];
  const ant: Vec3 = [Math.cos(t), -Math.sin(t), 0];
  const shape = VERTEBRA_SHAPE[v];
  const d = level.body.depth / 2;
  const at = (a: number, u: number, z: number): Vec3 => [
    c[0] + ant[0] * a + up[0] * u - origin[0],
    c[1] + ant[1] * a + up[1] * u - origin[1],
    z,
  ];
  const name = v.toUpperCase();
  const list: Landmark[] = [
    { id: `${v}_body`, segment: v, at: at(0, 0, 0), label: `${name} vertebral body` },
    { id: `${v}_spinous`, segment: v, at: at(-shape.spinous, -0.012, 0), label: `${name} spinous process` },
  ];
  for (const s of ['r', 'l'] as const) {
    const z = s === 'r' ? 1 : -1;
    const w = level.body.width / 2;
    list.push(
      { id: `${v}_body_side_${s}`, segment: v, at: at(0.004, 0, z * (w - 0.002)), label: `side of the ${name} body` },
      {
        id: `${v}_transverse_tip_${s}`,
        segment: v,
        at: at(-d - 0.016, 0.002, z * shape.transverse),
        label: `${name} transverse process tip`,
      },
      {
        id: `${v}_transverse_root_${s}`,
        segment: v,
        at: at(-d - 0.01, 0.002, z * 0.022),
        label: `${name} transverse process root`,
      },
      { id: `${v}_pedicle_${s}`, segment: v, at: at(-d - 0.006, 0.002, z * 0.014), label: `${name} pedicle` },
      {
        id: `${v}_superior_articular_${s}`,
        segment: v,
        at: at(-d - 0.022, 0.014, z * 0.016),
        label: `${name} superior articular process`,
      },
      {
        id: `${v}_inferior_articular_${s}`,
        segment: v,
        at: at(-d - 0.028, -0.016, z * 0.012),
        label: `${name} inferior articular process`,
      },
      {
        id: `${v}_mammillary_${s}`,
        segment: v,
        at: at(-d - 0.03, 0.012, z * 0.02),
        label: `${name} mammillary process`,
      },
      { id: `${v}_lamina_${s}`, segment: v, at: at(-d - 0.032, -0.004, z * 0.008), label: `${name} lamina` },
    );
  }
  return list;
}

function sided(s: Side): Landmark[] {
  return SIDED.map(([id, seg, at, label]) => ({
    id: `${id}_${s}`,
    segment: (seg === 'pelvis' || seg === 'torso' ? seg : `${seg}_${s}`) as SegmentId,
    at: s === 'r' ? at : [at[0], at[1], -at[2]],
    label: `${label} (${s === 'r' ? 'right' : 'left'})`,
  }));
}

// ── Landmarks of the ligaments, nerves and vessels (src/anatomy/structures) ──────────────────────────────
// One block, so that edits to the muscle landmarks above merge cleanly. Right side; the left mirrors z.
const STRUCTURE_SIDED: [id: string, segment: 'pelvis' | 'sacrum' | 'femur' | 'tibia', at: Vec3, label: string][] = [
  ['sacroiliac_joint_front', 'pelvis', [-0.092, 0.045, 0.046], 'front of the sacroiliac joint at the pelvic brim'],
  ['obturator_canal', 'pelvis', [-0.05, -0.088, 0.05], 'obturator canal (top of the obturator foramen, under the superior pubic ramus)'],
  ['deep_inguinal_ring', 'pelvis', [-0.012, -0.025, 0.073], 'deep inguinal ring (above the middle of the inguinal ligament)'],
  ['superficial_inguinal_ring', 'pelvis', [-0.016, -0.064, 0.034], 'superficial inguinal ring (above and lateral to the pubic tubercle)'],
  ['adductor_hiatus', 'femur', [-0.006, -0.29, -0.018], 'adductor hiatus (opening in the adductor magnus tendon)'],
  ['fibular_neck', 'tibia', [-0.02, -0.075, 0.042], 'neck of the fibula'],
  ['sacral_foramen_s1', 'sacrum', [-0.092, 0.042, 0.026], 'first anterior sacral foramen'],
  ['sacral_foramen_s2', 'sacrum', [-0.11, 0.022, 0.023], 'second anterior sacral foramen'],
  ['sacral_foramen_s3', 'sacrum', [-0.122, 0.002, 0.02], 'third anterior sacral foramen'],
];

const structureLandmarks = (s: Side): Landmark[] =>
  STRUCTURE_SIDED.map(([id, seg, at, label]) => ({
    id: `${id}_${s}`,
    segment: (seg === 'pelvis' || seg === 'sacrum' ? seg : `${seg}_${s}`) as SegmentId,
    at: s === 'r' ? at : [at[0], at[1], -at[2]],
    label: `${label} (${s === 'r' ? 'right' : 'left'})`,
  }));

export const LANDMARKS: readonly Landmark[] = [
  ...sided('r'),
  ...sided('l'),
  ...MIDLINE.map(([id, segment, at, label]) => ({ id, segment, at, label })),
  ...VERTEBRAE.flatMap(vertebraLandmarks),
  ...structureLandmarks('r'),
  ...structureLandmarks('l'),
];

const BY_ID = new Map(LANDMARKS.map((l) => [l.id, l]));

export function landmark(id: string): Landmark {
  const l = BY_ID.get(id);
  if (!l) throw new Error(`unknown landmark ${id}`);
  return l;
}

export const hasLandmark = (id: string) => BY_ID.has(id);

/** Neutral world position of a landmark: where the skin is bound and the referral zones are painted. */
export function neutralLandmark(id: string): Vec3 {
  const l = landmark(id);
  return toWorld(neutralFrames(), l.segment, l.at) as Vec3;
}
