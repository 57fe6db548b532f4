/**
 * Hip flexor paths. Psoas major, iliacus, rectus femoris, sartorius, TFL and pectineus use gait2392's
 * points (CC BY 3.0) with the pelvic-brim wrap cylinders of Rajagopal 2016 in place of gait2392's
 * conditional brim point; the psoas is split into one fibre per lumbar level (its origins, gait2392
 * lacking lumbar vertebrae, are placed on the vertebral landmarks), the iliacus into a fan across the
 * iliac fossa. Psoas minor is placed from its anatomical description (Gray's).
 */
import type { Vec3 } from '../../math/vec3';
import type { MusclePathDef, PathPointDef } from '../types';
import { at, fromPelvis, G2392, onBone, pt, SLACK_SOURCE } from './helpers';

// gait2392's psoas and iliacus points on the pelvic brim become contact points (they leave the path when
// the hip flexes far enough for the tendon to lift off the brim); gait2392's conditional point in front of
// the hip becomes a wrap over the femoral head and capsule (after Rajagopal 2016's brim cylinders).
// The iliopsoas groove at the iliopubic eminence faces forward and up.
const BRIM = { normal: [0.71, 0.71, 0] as Vec3 };
const PSOAS_BRIM = { ...pt('pelvis', -0.0238, -0.057, 0.0759), contact: BRIM };
const ILIACUS_BRIM = { ...pt('pelvis', -0.0258, -0.055, 0.0811), contact: BRIM };
const PSOAS_INSERTION = pt('femur', -0.0188, -0.0597, 0.0104);
const ILIACUS_INSERTION = pt('femur', -0.0193, -0.0621, 0.0129);

const psoasFibre = (name: string, origin: ReturnType<typeof at>, brimShift: number) => ({
  name,
  points: [
    origin,
    { ...PSOAS_BRIM, at: [PSOAS_BRIM.at[0], PSOAS_BRIM.at[1], PSOAS_BRIM.at[2] - brimShift] as [number, number, number] },
    { ...PSOAS_INSERTION, at: [PSOAS_INSERTION.at[0], PSOAS_INSERTION.at[1], PSOAS_INSERTION.at[2] - brimShift * 0.3] as [number, number, number] },
  ],
  wraps: [{ cylinder: 'femoral_head', range: [0, 2] as const }],
  share: 0.2,
  source: 'gait2392 (brim and femur points), rajagopal2016 (cylinder over the femoral head), gray (lumbar origins)',
});

export const psoasMajor: MusclePathDef = {
  name: 'psoas_major',
  fibres: [
    psoasFibre('from T12/L1', at('t12_body_side_r', [0, -0.01, 0.003]), -0.006),
    psoasFibre('from L1/L2', at('l1_body_side_r', [0, -0.01, 0.004]), -0.003),
    psoasFibre('from L2/L3', at('l2_body_side_r', [0, -0.01, 0.005]), 0),
    psoasFibre('from L3/L4', at('l3_body_side_r', [0, -0.01, 0.006]), 0.003),
    // gait2392's psoas origin, which sits on the upper L5 body.
    psoasFibre('from L4/L5', fromPelvis('l5', -0.0647, 0.0887, 0.0289), 0.006),
  ],
  architecture: {
    maxForce: 1113,
    optimalFibreLength: 0.1,
    tendonSlackLength: 0.16,
    pennation: 8,
    source: G2392,
  },
};

export const psoasMinor: MusclePathDef = {
  name: 'psoas_minor',
  fibres: [
    {
      name: 'main',
      points: [
        at('t12_body_side_r', [0.006, -0.012, -0.002]),
        // myomap: in front of the L2 body (on psoas major), so the line does not graze the vertebrae.
        at('l2_body_side_r', [0.008, 0.0, 0.002]),
        at('iliopubic_eminence_r', [0.002, 0.004, -0.012]),
      ],
      share: 1,
      source: 'gray (T12–L1 bodies to the iliopubic eminence)',
    },
  ],
  architecture: {
    maxForce: 90,
    optimalFibreLength: 0.1,
    tendonSlackLength: 0.12,
    pennation: 0,
    source: 'estimate: a slender belly of ≈1.5 cm² (gray); fibre length as psoas major (gait2392)',
  },
};

const iliacusFibre = (name: string, origin: ReturnType<typeof pt>, brimShift: number, via?: PathPointDef) => ({
  name,
  points: [
    origin,
    ...(via ? [via] : []),
    { ...ILIACUS_BRIM, at: [ILIACUS_BRIM.at[0], ILIACUS_BRIM.at[1], ILIACUS_BRIM.at[2] + brimShift] as [number, number, number] },
    { ...ILIACUS_INSERTION, at: [ILIACUS_INSERTION.at[0], ILIACUS_INSERTION.at[1], ILIACUS_INSERTION.at[2] + brimShift * 0.3] as [number, number, number] },
  ],
  wraps: [{ cylinder: 'femoral_head', range: via ? ([1, 3] as const) : ([0, 2] as const) }],
  share: 0.25,
  source: 'gait2392 (fossa, brim and femur points), rajagopal2016 (cylinder over the femoral head); fan across the fossa after gray',
});

export const iliacus: MusclePathDef = {
  name: 'iliacus',
  fibres: [
    // myomap: the fibres from the front of the crest run down the fossa and converge on the tendon, which
    // passes medial to the anterior inferior iliac spine. They turn towards the brim over the lower
    // anterior fossa (a via point in the belly, 2–3 mm off the bone); the straight line from the origin
    // would cut through the spine once the hip flexes past ≈70° and the tendon lifts off the brim.
    iliacusFibre('anterior', pt('pelvis', -0.03, 0.02, 0.112), 0.008, pt('pelvis', -0.045, 0, 0.0955)),
    // gait2392's iliacus origin on the upper iliac fossa.
    iliacusFibre('middle', pt('pelvis', -0.0674, 0.0365, 0.0854), 0.003),
    iliacusFibre('posterior', pt('pelvis', -0.0906, 0.0721, 0.0656), -0.002),
    iliacusFibre('medial', pt('pelvis', -0.092, 0.045, 0.055), -0.007),
  ],
  architecture: { maxForce: 1073, optimalFibreLength: 0.1, tendonSlackLength: 0.1, pennation: 7, source: G2392 },
};

export const rectusFemoris: MusclePathDef = {
  name: 'rectus_femoris',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.0295, -0.0311, 0.0968),
        // myomap: with hip and knee both flexed far the line to the knee would cut the front of the
        // femoral shaft; the muscle lies on vastus intermedius there.
        onBone(pt('femur', 0.04, -0.295, 0.008), [1, 0, 0]),
        // gait2392's moving insertion, on myomap's patella base (joints.ts).
        pt('patella', 0, 0, 0),
      ],
      // Over the front of the distal femur in deep knee flexion, in place of gait2392's conditional
      // point; from the shaft contact on, or from the origin while that contact is idle.
      wraps: [{ cylinder: 'front_of_knee', range: [0, 2] }],
      share: 1,
      source: `${G2392}; contact on the femoral shaft and wrap over the distal femur (myomap)`,
    },
  ],
  // gait2392's 0.31 m less the 24.9 mm by which the raised patella shortens the path (SLACK_SOURCE).
  architecture: {
    maxForce: 1169,
    optimalFibreLength: 0.114,
    tendonSlackLength: 0.285,
    pennation: 5,
    source: SLACK_SOURCE,
  },
};

export const sartorius: MusclePathDef = {
  name: 'sartorius',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.0153, -0.0013, 0.1242),
        pt('femur', -0.003, -0.3568, -0.0421),
        pt('tibia', -0.0056, -0.0419, -0.0399),
        pt('tibia', 0.006, -0.0589, -0.0383),
        pt('tibia', 0.0243, -0.084, -0.0252),
      ],
      wraps: [{ cylinder: 'femoral_shaft', range: [0, 1] }],
      share: 1,
      source: `${G2392}; wrap over the femoral shaft and quadriceps (myomap)`,
    },
  ],
  architecture: { maxForce: 156, optimalFibreLength: 0.52, tendonSlackLength: 0.1, pennation: 0, source: G2392 },
};

export const tensorFasciaeLatae: MusclePathDef = {
  name: 'tensor_fasciae_latae',
  fibres: [
    {
      name: 'main',
      points: [
        pt('pelvis', -0.0311, 0.0214, 0.1241),
        pt('femur', 0.0294, -0.0995, 0.0597),
        pt('femur', 0.0054, -0.4049, 0.0357),
        pt('tibia', 0.006, -0.0487, 0.0297),
      ],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 233, optimalFibreLength: 0.095, tendonSlackLength: 0.425, pennation: 3, source: G2392 },
};

export const pectineus: MusclePathDef = {
  name: 'pectineus',
  fibres: [
    {
      name: 'main',
      points: [pt('pelvis', -0.0431, -0.0768, 0.0451), pt('femur', -0.0122, -0.0822, 0.0253)],
      share: 1,
      source: G2392,
    },
  ],
  architecture: { maxForce: 266, optimalFibreLength: 0.1, tendonSlackLength: 0.033, pennation: 0, source: G2392 },
};
