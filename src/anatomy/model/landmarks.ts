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
import { bodyCentre, FACET_JOINTS, facetAbove, jointCentre, type Level, levelOf, S1_ENDPLATE, T11_T12 } from './spine';

export interface Landmark {
  id: string;
  segment: SegmentId;
  at: Vec3;
  label: string;
}

type SidedSpec = [
  id: string,
  segment: 'pelvis' | 'sacrum' | 'femur' | 'tibia' | 'patella' | 'talus' | 'foot' | 'torso',
  at: Vec3,
  label: string,
];

const deg = Math.PI / 180;

/** A point of the pelvis frame (neutral) in the torso frame, whose origin is the T11/T12 disc. */
const inTorso = (p: Vec3): Vec3 => [p[0] - T11_T12[0], p[1] - T11_T12[1], p[2]];

/** Centre of a floating rib's head: on the back of the side of its vertebral body, in its upper half. */
function ribHead(v: 't11' | 't12'): Vec3 {
  const level = levelOf(v);
  const c = bodyCentre(v);
  const t = level.axisTilt * deg;
  const back = 0.009;
  const up = 0.005;
  return inTorso([
    c[0] - Math.cos(t) * back + Math.sin(t) * up,
    c[1] + Math.sin(t) * back + Math.cos(t) * up,
    level.body.width / 2 + 0.003,
  ]);
}

/**
 * Centre lines of the floating ribs (right side, torso frame), head to tip. Rib 12 (≈ 10 cm; Gray's:
 * 12th rib short, no tubercle, no angle to speak of) drops steeply from its head on T12 behind the
 * kidney, then runs out almost level to its pointed tip behind the flank; rib 11 (≈ 18 cm) reaches its
 * slight angle ≈ 5 cm from the midline and curves round the flank to a pointed tip in the lateral
 * abdominal wall (Gray's Anatomy, 42nd ed., the ribs; courses placed for a 1.8 m adult).
 * Half-sizes of the section: `b` along the body's vertical, `a` across (the rib's thickness).
 */
export const RIB_COURSE: Record<'rib11' | 'rib12', { at: Vec3; a: number; b: number }[]> = {
  rib12: [
    { at: ribHead('t12'), a: 0.0045, b: 0.0052 },
    { at: [-0.018, -0.021, 0.034], a: 0.0036, b: 0.0048 },
    { at: [-0.029, -0.033, 0.047], a: 0.0032, b: 0.0055 },
    { at: [-0.031, -0.047, 0.06], a: 0.003, b: 0.0055 },
    { at: [-0.026, -0.06, 0.072], a: 0.0027, b: 0.005 },
    { at: [-0.019, -0.067, 0.081], a: 0.0023, b: 0.004 },
    { at: [-0.011, -0.071, 0.089], a: 0.0018, b: 0.0026 },
  ],
  rib11: [
    { at: ribHead('t11'), a: 0.0045, b: 0.0054 },
    { at: [-0.027, 0.01, 0.034], a: 0.0037, b: 0.005 },
    { at: [-0.038, 0.0, 0.05], a: 0.0034, b: 0.006 },
    { at: [-0.039, -0.014, 0.069], a: 0.0032, b: 0.0062 },
    { at: [-0.03, -0.03, 0.088], a: 0.003, b: 0.006 },
    { at: [-0.012, -0.045, 0.103], a: 0.0028, b: 0.0056 },
    { at: [0.012, -0.057, 0.112], a: 0.0025, b: 0.0048 },
    { at: [0.033, -0.071, 0.115], a: 0.0021, b: 0.0036 },
    { at: [0.0477, -0.0851, 0.113], a: 0.0016, b: 0.0024 },
  ],
};

/** A point of a rib's course, offset down by `below` × its half-height (1 = on its lower border). */
function onRib(rib: 'rib11' | 'rib12', i: number, below = 0): Vec3 {
  const p = RIB_COURSE[rib][i]!;
  return [p.at[0], p.at[1] - below * p.b, p.at[2]];
}

type MidSpec = [id: string, segment: SegmentId, at: Vec3, label: string];

// ——— Attachments of the abdominal wall muscles on the lower ribcage (torso frame, origin at the T11/T12
// disc; placed in the neutral pose, see againstSkin below). Placed for the lean
// 1.8 m subject from Gray's: the xiphoid at the T9 level ≈ 18 cm above the umbilicus, the costal margin
// (cartilages 7–10) falling from it to its lowest point, the 10th cartilage, at the L3 level; the ribs'
// outer surfaces 1.5–2.5 cm under the skin of the flank. Used by rectus abdominis, the obliques and
// transversus abdominis (muscles/paths/abdominalWall.ts) and their referral zones. ———
/**
 * These were placed against the skin from the torso's origin as it stood before spine.ts shared the
 * lordosis out as adults have it (which moved the T11/T12 disc 18 mm back): they keep their place in
 * the body (the skin's rows are fixed in the neutral pose), and the eleventh rib's end is its tip.
 */
const PLACED_FROM: Vec3 = [-0.0744, 0.273, 0];
function againstSkin(p: Vec3): Vec3 {
  return inTorso([PLACED_FROM[0] + p[0], PLACED_FROM[1] + p[1], p[2]]);
}
const ABDOMINAL_WALL_SIDED: SidedSpec[] = [
  ['costal_cartilage_5', 'torso', againstSkin([0.1124, 0.082, 0.08]), 'fifth costal cartilage, near the sternum'],
  ['costal_cartilage_6', 'torso', againstSkin([0.1164, 0.067, 0.055]), 'sixth costal cartilage, near the sternum'],
  ['costal_cartilage_7', 'torso', againstSkin([0.1184, 0.052, 0.03]), 'seventh costal cartilage, at the sternum'],
  ['costal_margin_8', 'torso', againstSkin([0.1094, 0.002, 0.075]), 'costal margin at the eighth cartilage'],
  ['costal_margin_9', 'torso', againstSkin([0.0924, -0.038, 0.095]), 'costal margin at the ninth cartilage'],
  ['costal_margin_low', 'torso', againstSkin([0.0694, -0.093, 0.112]), 'lowest point of the costal margin (tenth cartilage)'],
  ['rib6_lateral', 'torso', againstSkin([0.0944, 0.067, 0.112]), 'outer surface of the sixth rib, front of the side of the chest'],
  ['rib7_lateral', 'torso', againstSkin([0.0794, 0.047, 0.12]), 'outer surface of the seventh rib, side of the chest'],
  ['rib9_lateral', 'torso', againstSkin([0.0444, -0.013, 0.126]), 'outer surface of the ninth rib, side of the chest'],
  ['rib11_end', 'torso', onRib('rib11', RIB_COURSE.rib11.length - 1), 'free end of the eleventh rib (its tip)'],
];
const ABDOMINAL_WALL_MIDLINE: MidSpec[] = [['xiphoid_process', 'torso', againstSkin([0.1204, 0.042, 0]), 'xiphoid process (tip of the sternum)']];

/** Right-side landmarks; ids get `_r` / `_l`, segments of the leg get the side too. */
const SIDED: SidedSpec[] = [
  // Hip bone
  ['asis', 'pelvis', [-0.015, 0.0, 0.1215], 'anterior superior iliac spine'],
  ['aiis', 'pelvis', [-0.025, -0.031, 0.101], 'anterior inferior iliac spine'],
  ['iliac_tubercle', 'pelvis', [-0.036, 0.051, 0.133], 'tubercle of the iliac crest'],
  ['iliac_crest_top', 'pelvis', [-0.052, 0.0786, 0.117], 'top of the iliac crest in the flank, where it is palpated'],
  ['iliac_crest_posterior', 'pelvis', [-0.118, 0.079, 0.064], 'posterior iliac crest'],
  ['psis', 'pelvis', [-0.145, 0.042, 0.042], 'posterior superior iliac spine'],
  ['pisi', 'pelvis', [-0.14, 0.012, 0.05], 'posterior inferior iliac spine'],
  ['iliac_fossa', 'pelvis', [-0.058, 0.032, 0.072], 'deepest point of the iliac fossa'],
  ['iliopubic_eminence', 'pelvis', [-0.045, -0.057, 0.066], 'iliopubic eminence on the pelvic brim'],
  ['arcuate_line_mid', 'pelvis', [-0.075, -0.01, 0.062], 'middle of the arcuate line'],
  ['sacroiliac_joint', 'pelvis', [-0.11, 0.032, 0.045], 'sacroiliac joint (centre of the auricular surface)'],
  ['greater_sciatic_notch', 'pelvis', [-0.108, -0.012, 0.074], 'apex of the greater sciatic notch'],
  ['ischial_spine', 'pelvis', [-0.108, -0.062, 0.052], 'ischial spine'],
  ['ischial_tuberosity', 'pelvis', [-0.12, -0.108, 0.062], 'ischial tuberosity'],
  ['acetabulum', 'pelvis', [-0.0707, -0.0661, 0.0835], 'centre of the acetabulum'],
  ['obturator_foramen', 'pelvis', [-0.064, -0.093, 0.046], 'centre of the obturator foramen'],
  ['pubic_tubercle', 'pelvis', [-0.022, -0.0755, 0.024], 'pubic tubercle'],
  ['pecten_pubis', 'pelvis', [-0.046, -0.058, 0.048], 'pecten (pectineal line) of the pubis'],
  ['inferior_pubic_ramus', 'pelvis', [-0.068, -0.118, 0.026], 'inferior pubic ramus'],
  ['ischial_ramus', 'pelvis', [-0.098, -0.12, 0.04], 'ischial ramus'],
  // Sacrum: S1's superior articular process, the centre of the L5/S1 facet joint
  ['s1_superior_articular', 'sacrum', FACET_JOINTS.find((f) => f.upper === 'l5')!.centre, 'S1 superior articular process (facet joint with L5)'],
  // Femur (origin: centre of the femoral head)
  ['femoral_head', 'femur', [0, 0, 0], 'centre of the femoral head'],
  ['femoral_neck', 'femur', [-0.001, -0.0192, 0.019], 'middle of the femoral neck'],
  ['neck_base', 'femur', [-0.002, -0.0384, 0.0379], 'base of the femoral neck'],
  ['greater_trochanter', 'femur', [-0.018, 0.002, 0.052], 'tip of the greater trochanter'],
  ['trochanteric_fossa', 'femur', [-0.022, -0.012, 0.04], 'trochanteric fossa'],
  ['lesser_trochanter', 'femur', [-0.021, -0.061, 0.011], 'lesser trochanter'],
  ['quadrate_tubercle', 'femur', [-0.035, -0.035, 0.036], 'quadrate tubercle on the intertrochanteric crest'],
  ['intertrochanteric_line', 'femur', [0.012, -0.04, 0.04], 'intertrochanteric line'],
  ['gluteal_tuberosity', 'femur', [-0.014, -0.1, 0.038], 'gluteal tuberosity'],
  ['linea_aspera', 'femur', [0.006, -0.215, 0.021], 'linea aspera (middle third)'],
  ['adductor_tubercle', 'femur', [0.004, -0.381, -0.029], 'adductor tubercle'],
  ['medial_epicondyle', 'femur', [0.004, -0.396, -0.0415], 'medial epicondyle'],
  ['lateral_epicondyle', 'femur', [0.004, -0.396, 0.0365], 'lateral epicondyle'],
  ['medial_condyle', 'femur', [0.0, -0.402, -0.023], 'medial femoral condyle'],
  ['lateral_condyle', 'femur', [0.0, -0.402, 0.023], 'lateral femoral condyle'],
  ['patellar_groove', 'femur', [0.031, -0.392, 0.002], 'patellar surface (trochlear groove)'],
  // Patella (origin: its base, where the quadriceps tendon inserts)
  ['patella_base', 'patella', [0, 0, 0], 'base of the patella'],
  ['patella_apex', 'patella', [-0.004, -0.044, 0], 'apex of the patella'],
  // Tibia and fibula (origin: knee joint centre)
  ['medial_tibial_condyle', 'tibia', [-0.004, -0.032, -0.031], 'medial tibial condyle'],
  ['lateral_tibial_condyle', 'tibia', [-0.004, -0.032, 0.031], 'lateral tibial condyle'],
  ['tibial_tuberosity', 'tibia', [0.027, -0.043, 0.004], 'tibial tuberosity'],
  ['gerdy_tubercle', 'tibia', [0.008, -0.048, 0.029], "Gerdy's tubercle (iliotibial tract)"],
  ['pes_anserinus', 'tibia', [0.01, -0.087, -0.022], 'pes anserinus (sartorius, gracilis, semitendinosus)'],
  ['fibular_head', 'tibia', [-0.024, -0.058, 0.04], 'head of the fibula'],
  ['medial_malleolus', 'tibia', [0.006, -0.419, -0.031], 'medial malleolus'],
  ['lateral_malleolus', 'tibia', [-0.012, -0.428, 0.033], 'lateral malleolus'],
  // Foot (gait2392 calcaneus frame)
  ['heel', 'foot', [-0.005, 0.006, -0.002], 'calcaneal tuberosity (heel)'],
  ['first_metatarsal_head', 'foot', [0.17, 0.004, -0.026], 'head of the first metatarsal'],
  ['fifth_metatarsal_head', 'foot', [0.145, 0.004, 0.038], 'head of the fifth metatarsal'],
  ['toe_tip', 'foot', [0.245, 0.008, -0.012], 'tip of the great toe'],
  // Ribs (torso frame, origin at the T11/T12 disc); ribs 11 and 12 follow RIB_COURSE
  ['rib12_head', 'torso', onRib('rib12', 0), 'head of the 12th rib (joint with T12)'],
  ['rib12_angle', 'torso', onRib('rib12', 3), 'most posterior part of the 12th rib'],
  ['rib12_tip', 'torso', onRib('rib12', 6), 'tip of the 12th rib'],
  ['rib12_medial', 'torso', onRib('rib12', 2, 1), 'medial half of the 12th rib, lower border'],
  ['rib12_lower_border', 'torso', onRib('rib12', 4, 1), 'middle of the lower border of the 12th rib'],
  ['rib11_head', 'torso', onRib('rib11', 0), 'head of the 11th rib (joint with T11)'],
  ['rib11_angle', 'torso', onRib('rib11', 2), 'angle of the 11th rib'],
  ['rib11_tip', 'torso', onRib('rib11', 8), 'tip of the 11th rib'],
  ['rib11_lower_border', 'torso', onRib('rib11', 4, 1), 'middle of the lower border of the 11th rib'],
  ['rib10_angle', 'torso', [-0.058, 0.035, 0.066], 'angle of the 10th rib'],
  ['rib8_angle', 'torso', [-0.062, 0.085, 0.068], 'angle of the 8th rib'],
  ['costal_margin', 'torso', [0.09, 0.075, 0.1], 'costal margin (lower border of the ribcage)'],
  // Surface (skin) landmarks, placed on the skin at neutral standing; used to describe referral zones
  ['gluteal_fold', 'pelvis', [-0.168, -0.17, 0.075], 'gluteal fold (lower crease of the buttock, on the skin)'],
  ...ABDOMINAL_WALL_SIDED,
];

/** Midline landmarks of the pelvis and sacrum. */
const MIDLINE: MidSpec[] = [
  ['pubic_symphysis', 'pelvis', [-0.029, -0.082, 0], 'pubic symphysis (front of the joint)'],
  ['sacral_promontory', 'sacrum', [-0.0746, 0.049, 0], 'sacral promontory (front of the S1 endplate)'],
  ['s1_endplate', 'sacrum', S1_ENDPLATE, 'upper surface of S1'],
  ['s2_tubercle', 'sacrum', [-0.142, 0.028, 0], 'median sacral crest at S2'],
  ['sacral_hiatus', 'sacrum', [-0.152, -0.035, 0], 'sacral hiatus (S4–S5)'],
  ['coccyx_tip', 'sacrum', [-0.132, -0.082, 0], 'tip of the coccyx'],
  // Surface (skin) landmarks at neutral standing
  ['umbilicus', 'pelvis', [0.045, 0.135, 0], 'umbilicus (on the skin, about the L3–L4 disc level)'],
  ['perineum', 'pelvis', [-0.08, -0.145, 0], 'centre of the perineum (on the skin, between the thighs)'],
  ...ABDOMINAL_WALL_MIDLINE,
];

/**
 * Per-vertebra shape figures (metres): posterior reach of the spinous process from the body centre and
 * how far its tip lies below the body centre (the thoracic ones slope down), half-span of the transverse
 * processes (Gray's; lumbar transverse processes longest at L3, T12's rudimentary).
 */
const VERTEBRA_SHAPE: Record<VertebraId | 't11', { spinous: number; drop: number; transverse: number }> = {
  l5: { spinous: 0.068, drop: 0.012, transverse: 0.042 },
  l4: { spinous: 0.072, drop: 0.012, transverse: 0.043 },
  l3: { spinous: 0.075, drop: 0.012, transverse: 0.046 },
  l2: { spinous: 0.074, drop: 0.012, transverse: 0.042 },
  l1: { spinous: 0.072, drop: 0.013, transverse: 0.036 },
  t12: { spinous: 0.066, drop: 0.016, transverse: 0.024 },
  t11: { spinous: 0.062, drop: 0.024, transverse: 0.03 },
};

/**
 * Landmarks of one vertebra, in its segment's frame (T12–L5: their own, origin at the joint below;
 * T11: the torso's, origin at the T11/T12 disc; axes as the pelvis at neutral). Articular landmarks are
 * the centres of the facet joints (superior: with the vertebra above; inferior: with the one below).
 */
function vertebraLandmarks(v: VertebraId | 't11'): Landmark[] {
  const level = levelOf(v);
  const segment: SegmentId = v === 't11' ? 'torso' : v;
  const origin = v === 't11' ? T11_T12 : jointCentre(level as Level);
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
  const local = (p: Vec3, z: number): Vec3 => [p[0] - origin[0], p[1] - origin[1], z];
  const sup = facetAbove(v);
  const inf = FACET_JOINTS.find((f) => f.upper === v)!;
  const name = v.toUpperCase();
  const list: Landmark[] = [
    { id: `${v}_body`, segment, at: at(0, 0, 0), label: `${name} vertebral body` },
    { id: `${v}_spinous`, segment, at: at(-shape.spinous, -shape.drop, 0), label: `${name} spinous process` },
  ];
  for (const s of ['r', 'l'] as const) {
    const z = s === 'r' ? 1 : -1;
    const w = level.body.width / 2;
    // Mammillary process: on the back edge of the superior articular process (along the joint plane,
    // backwards and out), standing off its outer face, a little below the facet's centre.
    const n = sup.normal;
    const back: Vec3 = [-n[2] * up[1], n[2] * up[0], n[0] * up[1] - n[1] * up[0]];
    const mam: Vec3 = [
      sup.centre[0] + back[0] * 0.008 + n[0] * 0.0045 - up[0] * 0.003,
      sup.centre[1] + back[1] * 0.008 + n[1] * 0.0045 - up[1] * 0.003,
      sup.centre[2] + back[2] * 0.008 + n[2] * 0.0045,
    ];
    list.push(
      { id: `${v}_body_side_${s}`, segment, at: at(0.004, 0, z * (w - 0.002)), label: `side of the ${name} body` },
      {
        id: `${v}_transverse_tip_${s}`,
        segment,
        at: at(-d - 0.016, 0.002, z * shape.transverse),
        label: `${name} transverse process tip`,
      },
      {
        id: `${v}_transverse_root_${s}`,
        segment,
        at: at(-d - 0.01, 0.002, z * 0.022),
        label: `${name} transverse process root`,
      },
      { id: `${v}_pedicle_${s}`, segment, at: at(-d - 0.006, 0.004, z * (sup.centre[2] - 0.001)), label: `${name} pedicle` },
      {
        id: `${v}_superior_articular_${s}`,
        segment,
        at: local(sup.centre, z * sup.centre[2]),
        label: `${name} superior articular process (facet joint with the vertebra above)`,
      },
      {
        id: `${v}_inferior_articular_${s}`,
        segment,
        at: local(inf.centre, z * inf.centre[2]),
        label: `${name} inferior articular process (facet joint with the bone below)`,
      },
      { id: `${v}_mammillary_${s}`, segment, at: local(mam, z * mam[2]), label: `${name} mammillary process` },
      { id: `${v}_lamina_${s}`, segment, at: at(-d - 0.026, -0.006, z * 0.009), label: `${name} lamina` },
    );
  }
  return list;
}

function sided(s: Side): Landmark[] {
  return SIDED.map(([id, seg, at, label]) => ({
    id: `${id}_${s}`,
    segment: (seg === 'pelvis' || seg === 'sacrum' || seg === 'torso' ? seg : `${seg}_${s}`) as SegmentId,
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
  ...vertebraLandmarks('t11'),
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
