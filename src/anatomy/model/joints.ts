/**
 * Joints as OpenSim CustomJoints: three rotations about fixed axes (body-fixed, applied in order),
 * then translations along parent axes, each a function of one coordinate. Figures from gait2392
 * (hip, knee with its coupled translation, ankle, pelvis); the lumbar levels share the back joint's
 * coordinates (spine.ts); the patella starts at rectus femoris' moving insertion of gait2392 and rides on
 * the femur (PATELLA_PATH).
 */
import { type CubicSpline, fitSimmSpline } from '../math/spline';
import type { Vec3 } from '../math/vec3';
import type { CoordinateName } from './coordinates';
import { type SegmentId, SIDES, type Side, VERTEBRAE } from './segments';
import { jointCentre, LUMBAR_LEVELS, T11_T12 } from './spine';

export type CoordinateFunction =
  | { kind: 'constant'; value: number }
  | { kind: 'linear'; coordinate: CoordinateName; slope: number }
  | { kind: 'spline'; coordinate: CoordinateName; spline: CubicSpline };

export interface AxisFunction {
  axis: Vec3;
  fn: CoordinateFunction;
}

export interface JointDef {
  name: string;
  parent: SegmentId;
  child: SegmentId;
  /** Joint centre in the parent frame; the child frame's origin sits here at zero coordinates. */
  location: Vec3;
  rotations: AxisFunction[];
  translations: AxisFunction[];
}

const linear = (coordinate: CoordinateName, slope = 1): CoordinateFunction => ({ kind: 'linear', coordinate, slope });
const spline = (coordinate: CoordinateName, x: number[], y: number[]): CoordinateFunction => ({
  kind: 'spline',
  coordinate,
  spline: fitSimmSpline(x, y),
});

/** Mirror an axis of rotation for the left side (reflection z → −z turns axis a into −M·a). */
const mirrorAxis = (a: Vec3, s: Side): Vec3 => (s === 'r' ? a : [-a[0], -a[1], a[2]]);
const mirrorPoint = (p: Vec3, s: Side): Vec3 => (s === 'r' ? p : [p[0], p[1], -p[2]]);

const X: Vec3 = [1, 0, 0];
const Y: Vec3 = [0, 1, 0];
const Z: Vec3 = [0, 0, 1];

// gait2392 knee: tibia origin translates in the femur frame as the knee flexes (Yamaguchi & Zajac 1989).
const KNEE_TX = {
  x: [-2.0944, -1.74533, -1.39626, -1.0472, -0.698132, -0.349066, -0.174533, 0.197344, 0.337395, 0.490178, 1.52146, 2.0944],
  y: [-0.0032, 0.00179, 0.00411, 0.0041, 0.00212, -0.001, -0.0031, -0.005227, -0.005435, -0.005574, -0.005435, -0.00525],
};
const KNEE_TY = {
  x: [-2.0944, -1.22173, -0.523599, -0.349066, -0.174533, 0.159149, 2.0944],
  y: [-0.4226, -0.4082, -0.399, -0.3976, -0.3966, -0.395264, -0.396],
};
/**
 * The patella's path over the femur: its base (origin of the patella frame, where the quadriceps tendon
 * inserts) in the tibia frame and its tilt relative to the tibia, per knee angle (degrees; gait2392's
 * sign, negative = flexed). At full extension the base sits 25 mm above gait2392's rectus femoris
 * insertion (a MovingPathPoint on the tibia; Yamaguchi & Zajac 1989). At gait2392's height, on these
 * bones, the apex lay at the joint line (Caton–Deschamps 0.66 at 30° of flexion, the low end of normal),
 * and by 90° the patella had rolled under the condyles: its base slid back across the tendon's line and
 * the quadriceps' moment arm fell to 1.3–1.5 cm. Raised, with the tibial tuberosity's upper edge 2 cm
 * below the plateau (landmarks.ts; ligament 53 mm), it stays on the front of the femur; Insall–Salvati
 * 1.13 and Caton–Deschamps 1.25 (tests/unit/bonesAnatomy.test.ts; normal 0.8–1.2 and 0.6–1.3). Flexing,
 * the patella turns forward relative to the tibia by 0.25 × the knee flexion (it flexes about
 * three-quarters as far as the tibia), keeps its ligament's length and its nearest point 0.5 mm off the
 * trochlea and then the condyles. tools/bone-patella-fit.ts places it so every 5° and then smooths x and y
 * by least-squares quartics in the knee angle (moving the placements ≤ 0.8 mm; gaps 0.3–0.9 mm from 0° to
 * 120°): placed angle by angle the base wobbles by tenths of a millimetre, and the quadriceps' moment
 * arms, the derivative of this path, would wobble with it. The quadriceps tendon wraps the front of the
 * femur (the front_of_knee cylinder, muscles/wrapObjects.ts). Measured in
 * tests/unit/kneeCalfAbdomen.test.ts: 56–70 mm of quadriceps excursion over 0–90° (Kaufer 1971: 66 ± 6 mm)
 * and 3.0–3.2 cm of moment arm at 90° (literature 3–4 cm; Buford et al. 1997; Krevolin et al. 2004).
 */
const PATELLA_PATH: [knee: number, x: number, y: number, tilt: number][] = [
  [-120, -0.01372, 0.045, 25.66],
  [-110, -0.00701, 0.04808, 23.16],
  [-100, -0.00038, 0.05033, 20.66],
  [-90, 0.00609, 0.05192, 18.16],
  [-80, 0.01236, 0.05301, 15.66],
  [-70, 0.01842, 0.05368, 13.16],
  [-60, 0.02431, 0.05399, 10.66],
  [-50, 0.03008, 0.05396, 8.16],
  [-40, 0.03583, 0.05355, 5.66],
  [-30, 0.04169, 0.05268, 3.16],
  [-20, 0.04783, 0.05124, 0.66],
  [-10, 0.05444, 0.04908, -1.84],
  [0, 0.0617576, 0.045984, -4.34],
  [10, 0.07005, 0.04171, -6.84],
];
const PATELLA_KNOTS = PATELLA_PATH.map(([k]) => (k * Math.PI) / 180);
const PATELLA_X = PATELLA_PATH.map(([, x]) => x);
const PATELLA_Y = PATELLA_PATH.map(([, , y]) => y);
const PATELLA_TILT = PATELLA_PATH.map(([, , , t]) => (t * Math.PI) / 180);

function legJoints(s: Side): JointDef[] {
  const m = (a: Vec3) => mirrorAxis(a, s);
  const none: AxisFunction[] = [];
  return [
    {
      name: `hip_${s}`,
      parent: 'pelvis',
      child: `femur_${s}`,
      location: mirrorPoint([-0.0707, -0.0661, 0.0835], s),
      rotations: [
        { axis: m(Z), fn: linear(`hip_flexion_${s}`) },
        { axis: m(X), fn: linear(`hip_adduction_${s}`) },
        { axis: m(Y), fn: linear(`hip_rotation_${s}`) },
      ],
      translations: none,
    },
    {
      name: `knee_${s}`,
      parent: `femur_${s}`,
      child: `tibia_${s}`,
      location: [0, 0, 0],
      rotations: [{ axis: m(Z), fn: linear(`knee_angle_${s}`) }],
      translations: [
        { axis: X, fn: spline(`knee_angle_${s}`, KNEE_TX.x, KNEE_TX.y) },
        { axis: Y, fn: spline(`knee_angle_${s}`, KNEE_TY.x, KNEE_TY.y) },
      ],
    },
    {
      name: `patellofemoral_${s}`,
      parent: `tibia_${s}`,
      child: `patella_${s}`,
      location: mirrorPoint([0, 0, 0.0014], s),
      rotations: [{ axis: m(Z), fn: spline(`knee_angle_${s}`, PATELLA_KNOTS, PATELLA_TILT) }],
      translations: [
        { axis: X, fn: spline(`knee_angle_${s}`, PATELLA_KNOTS, PATELLA_X) },
        { axis: Y, fn: spline(`knee_angle_${s}`, PATELLA_KNOTS, PATELLA_Y) },
      ],
    },
    {
      name: `ankle_${s}`,
      parent: `tibia_${s}`,
      child: `talus_${s}`,
      location: [0, -0.43, 0],
      rotations: [{ axis: m([-0.10501355, -0.17402245, 0.97912632]), fn: linear(`ankle_angle_${s}`) }],
      translations: none,
    },
    {
      // gait2392's subtalar joint, held at 0 (the subtalar coordinate is not part of myomap's pose).
      name: `subtalar_${s}`,
      parent: `talus_${s}`,
      child: `foot_${s}`,
      location: mirrorPoint([-0.04877, -0.04195, 0.00792], s),
      rotations: none,
      translations: none,
    },
  ];
}

function lumbarJoints(): JointDef[] {
  return LUMBAR_LEVELS.map((level, i) => {
    const here = jointCentre(level);
    const below = i === 0 ? ([0, 0, 0] as Vec3) : jointCentre(LUMBAR_LEVELS[i - 1]!);
    return {
      name: level.disc,
      parent: i === 0 ? 'pelvis' : VERTEBRAE[i - 1]!,
      child: level.vertebra,
      location: [here[0] - below[0], here[1] - below[1], 0] as Vec3,
      rotations: [
        { axis: Z, fn: linear('lumbar_extension', level.share.extension) },
        { axis: X, fn: linear('lumbar_bending', level.share.bending) },
        { axis: Y, fn: linear('lumbar_rotation', level.share.rotation) },
      ],
      translations: [],
    };
  });
}

const T12_JOINT = jointCentre(LUMBAR_LEVELS[LUMBAR_LEVELS.length - 1]!);

/** The torso frame's origin: the T11/T12 disc, where the thorax carries on above the lumbar spine. */
const TORSO_ORIGIN_IN_PELVIS: Vec3 = T11_T12;

export const JOINTS: readonly JointDef[] = [
  {
    name: 'ground_pelvis',
    parent: 'ground',
    child: 'pelvis',
    location: [0, 0, 0],
    rotations: [
      { axis: Z, fn: linear('pelvis_tilt') },
      { axis: X, fn: linear('pelvis_list') },
      { axis: Y, fn: linear('pelvis_rotation') },
    ],
    translations: [
      { axis: X, fn: linear('pelvis_tx') },
      { axis: Y, fn: linear('pelvis_ty') },
      { axis: Z, fn: linear('pelvis_tz') },
    ],
  },
  { name: 'sacrum', parent: 'pelvis', child: 'sacrum', location: [0, 0, 0], rotations: [], translations: [] },
  ...lumbarJoints(),
  {
    name: 'thorax',
    parent: 't12',
    child: 'torso',
    location: [TORSO_ORIGIN_IN_PELVIS[0] - T12_JOINT[0], TORSO_ORIGIN_IN_PELVIS[1] - T12_JOINT[1], 0],
    rotations: [],
    translations: [],
  },
  ...SIDES.flatMap(legJoints),
];

/** The joint whose child is this segment. */
export const JOINT_OF: Readonly<Partial<Record<SegmentId, JointDef>>> = Object.fromEntries(
  JOINTS.map((j) => [j.child, j]),
);
