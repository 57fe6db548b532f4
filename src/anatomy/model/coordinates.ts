/**
 * Generalised coordinates with gait2392's names, units, ranges and signs (shared/SPEC.md), so that an
 * OpenSim .mot file of that model plays as it is. Rotations are in degrees, translations in metres.
 * Ranges and defaults: gait2392 (Delp et al. 1990; Anderson & Pandy 1999/2001), CC BY 3.0.
 */
export const COORDINATE_NAMES = [
  'pelvis_tilt',
  'pelvis_list',
  'pelvis_rotation',
  'pelvis_tx',
  'pelvis_ty',
  'pelvis_tz',
  'hip_flexion_r',
  'hip_adduction_r',
  'hip_rotation_r',
  'knee_angle_r',
  'ankle_angle_r',
  'hip_flexion_l',
  'hip_adduction_l',
  'hip_rotation_l',
  'knee_angle_l',
  'ankle_angle_l',
  'lumbar_extension',
  'lumbar_bending',
  'lumbar_rotation',
] as const;

export type CoordinateName = (typeof COORDINATE_NAMES)[number];
export type HipCoordinateBase = 'hip_flexion' | 'hip_adduction' | 'hip_rotation';

export interface CoordinateDef {
  name: CoordinateName;
  kind: 'rotation' | 'translation';
  unit: 'deg' | 'm';
  /** gait2392's range, in `unit`. */
  range: readonly [number, number];
  /** A physiological active range of an adult, in `unit`: what motions and sliders stay within. */
  comfortable: readonly [number, number];
  default: number;
  /** Plain-language name for people: "right hip flexion". */
  label: string;
  /** What a positive value means, in plain words. */
  positive: string;
  negative: string;
}

const R90: [number, number] = [-90, 90];
const R120: [number, number] = [-120, 120];

function side(s: 'r' | 'l') {
  return s === 'r' ? 'right' : 'left';
}

function leg(s: 'r' | 'l'): CoordinateDef[] {
  const w = side(s);
  return [
    {
      name: `hip_flexion_${s}`,
      kind: 'rotation',
      unit: 'deg',
      range: R120,
      comfortable: [-30, 120],
      default: 0,
      label: `${w} hip flexion`,
      positive: 'flexion (thigh forward)',
      negative: 'extension (thigh back)',
    },
    {
      name: `hip_adduction_${s}`,
      kind: 'rotation',
      unit: 'deg',
      range: R120,
      comfortable: [-45, 30],
      default: 0,
      label: `${w} hip adduction`,
      positive: 'adduction (toward the midline)',
      negative: 'abduction (away from the midline)',
    },
    {
      name: `hip_rotation_${s}`,
      kind: 'rotation',
      unit: 'deg',
      range: R120,
      comfortable: [-45, 40],
      default: 0,
      label: `${w} hip rotation`,
      positive: 'internal (medial) rotation',
      negative: 'external (lateral) rotation',
    },
    {
      name: `knee_angle_${s}`,
      kind: 'rotation',
      unit: 'deg',
      range: [-120, 10],
      comfortable: [-120, 5],
      default: 0,
      label: `${w} knee`,
      positive: 'hyperextension',
      negative: 'flexion',
    },
    {
      name: `ankle_angle_${s}`,
      kind: 'rotation',
      unit: 'deg',
      range: R90,
      comfortable: [-50, 30],
      default: 0,
      label: `${w} ankle`,
      positive: 'dorsiflexion (toes up)',
      negative: 'plantarflexion (toes down)',
    },
  ] as CoordinateDef[];
}

export const COORDINATES: readonly CoordinateDef[] = [
  {
    name: 'pelvis_tilt',
    kind: 'rotation',
    unit: 'deg',
    range: R90,
    comfortable: [-30, 30],
    default: 0,
    label: 'pelvic tilt',
    positive: 'front of the pelvis up (posterior tilt)',
    negative: 'front of the pelvis down (anterior tilt)',
  },
  {
    name: 'pelvis_list',
    kind: 'rotation',
    unit: 'deg',
    range: R90,
    comfortable: [-20, 20],
    default: 0,
    label: 'pelvic list',
    positive: 'right side of the pelvis down',
    negative: 'left side of the pelvis down',
  },
  {
    name: 'pelvis_rotation',
    kind: 'rotation',
    unit: 'deg',
    range: R90,
    comfortable: [-45, 45],
    default: 0,
    label: 'pelvic rotation',
    positive: 'pelvis turns to the left (right side forward)',
    negative: 'pelvis turns to the right (left side forward)',
  },
  {
    name: 'pelvis_tx',
    kind: 'translation',
    unit: 'm',
    range: [-5, 5],
    comfortable: [-5, 5],
    default: 0,
    label: 'pelvis forward position',
    positive: 'forward',
    negative: 'backward',
  },
  {
    name: 'pelvis_ty',
    kind: 'translation',
    unit: 'm',
    range: [-1, 2],
    comfortable: [0, 1.2],
    default: 0.95,
    label: 'pelvis height',
    positive: 'up',
    negative: 'down',
  },
  {
    name: 'pelvis_tz',
    kind: 'translation',
    unit: 'm',
    range: [-3, 3],
    comfortable: [-3, 3],
    default: 0,
    label: 'pelvis sideways position',
    positive: 'to the right',
    negative: 'to the left',
  },
  ...leg('r'),
  ...leg('l'),
  {
    name: 'lumbar_extension',
    kind: 'rotation',
    unit: 'deg',
    range: R90,
    comfortable: [-60, 30],
    default: 0,
    label: 'lumbar extension',
    positive: 'extension (arching back)',
    negative: 'flexion (bending forward)',
  },
  {
    name: 'lumbar_bending',
    kind: 'rotation',
    unit: 'deg',
    range: R90,
    comfortable: [-30, 30],
    default: 0,
    label: 'lumbar side bending',
    positive: 'bending to the right',
    negative: 'bending to the left',
  },
  {
    name: 'lumbar_rotation',
    kind: 'rotation',
    unit: 'deg',
    range: R90,
    comfortable: [-20, 20],
    default: 0,
    label: 'lumbar rotation',
    positive: 'trunk turns to the left',
    negative: 'trunk turns to the right',
  },
];

export const COORDINATE_COUNT = COORDINATE_NAMES.length;

export const COORDINATE_INDEX: Readonly<Record<CoordinateName, number>> = Object.fromEntries(
  COORDINATE_NAMES.map((n, i) => [n, i]),
) as Record<CoordinateName, number>;

export const coordinateDef = (name: CoordinateName) => COORDINATES[COORDINATE_INDEX[name]]!;

export const isCoordinateName = (s: string): s is CoordinateName =>
  (COORDINATE_NAMES as readonly string[]).includes(s);

/** A pose: one value per coordinate, in COORDINATE_NAMES order, in degrees / metres. */
export type Pose = Float64Array;

export function neutralPose(): Pose {
  return Float64Array.from(COORDINATES, (c) => c.default);
}

export function poseFrom(
  values: Partial<Record<CoordinateName, number>>,
  base: Pose = neutralPose(),
  out: Pose = new Float64Array(base.length),
): Pose {
  const p = out;
  p.set(base);
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined && isCoordinateName(k)) p[COORDINATE_INDEX[k]] = v;
  }
  return p;
}

/** Value in internal units (radians for rotations) as OpenSim's functions expect. */
export function internalValue(p: Pose, index: number): number {
  return COORDINATES[index]!.kind === 'rotation' ? (p[index]! * Math.PI) / 180 : p[index]!;
}
