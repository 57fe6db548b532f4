/**
 * The lumbar spine (and T11 above it) in the pelvis frame at neutral standing, and how the three lumbar
 * coordinates are shared between its joints.
 *
 * Placement: gait2392's psoas origin (pelvis frame −0.065, 0.089, ±0.029) lies on the anterolateral
 * L5 body and its back joint (−0.101, 0.082, 0) just behind it, which fixes L5; the iliac crests reach
 * the L4/L5 disc (Tuffier's line). Lumbar body + disc heights of 34–39 mm for a 1.8 m adult (Gilad &
 * Nissan 1986, lumbar vertebral dimensions).
 * Curve: from a sacral slope of 42° (the S1 endplate's angle to the horizontal; normal adults ≈ 40°) up to
 * T12, ≈ 57° of lordosis (T12–S1), distributed between the motion segments as in Harrison et al. 1998
 * (segmental angles of normal standing adults: T12/L1 3.6°, L1/L2 4.1°, L2/L3 7.6°, L3/L4 11.7°,
 * L4/L5 16.8°, L5/S1 32.4°, scaled to our total), so that about two-thirds of the L1–S1 lordosis lies at
 * L4–S1, as in adults (Bernhardt & Bridwell 1989). The bodies carry part of it: L5 is wedged lordotically
 * (taller in front), the upper lumbar bodies and T11–T12 kyphotically (Been et al. 2010; figures
 * recalled), the discs the rest.
 * Sharing: each level takes a fraction of lumbar_extension / _bending / _rotation in proportion to its
 * representative range of motion (White & Panjabi 1990, Clinical Biomechanics of the Spine, table 2-9).
 */
import type { Vec3 } from '../math/vec3';
import type { VertebraId } from './segments';

export interface Level {
  /** The vertebra above this disc. */
  vertebra: VertebraId;
  /** The disc below that vertebra (its joint with the segment underneath). */
  disc: string;
  /** Disc centre in the pelvis frame, neutral standing. */
  discCentre: Vec3;
  /** Direction of the vertebral body's axis (through the middle of both endplates), degrees forward of vertical. */
  axisTilt: number;
  /** Lordotic wedge of the body, degrees: its upper endplate leans back by this much more than its lower one. */
  wedge: number;
  /** Vertebral body: height at its centre (without disc), depth (antero-posterior), width, metres. */
  body: { height: number; depth: number; width: number };
  /** Shares of the lumbar coordinates taken by this joint. */
  share: { extension: number; bending: number; rotation: number };
}

/** The S1 endplate's angle to the horizontal (sacral slope), degrees. */
export const SACRAL_SLOPE_DEG = 42;

interface LevelSpec {
  vertebra: VertebraId | 't11';
  disc: string;
  /** Lordosis of the motion segment below the vertebra: its upper endplate against the one below, degrees. */
  segment: number;
  wedge: number;
  rise: number;
  body: Level['body'];
  share: Level['share'];
}

const L5_S1: Vec3 = [-0.085, 0.066, 0];

const SPECS: LevelSpec[] = [
  {
    vertebra: 'l5',
    disc: 'L5/S1',
    segment: 24.2,
    wedge: 7,
    rise: 0.039,
    body: { height: 0.027, depth: 0.036, width: 0.057 },
    share: { extension: 0.2, bending: 0.08, rotation: 0.1 },
  },
  {
    vertebra: 'l4',
    disc: 'L4/L5',
    segment: 12.6,
    wedge: 1.5,
    rise: 0.038,
    body: { height: 0.028, depth: 0.036, width: 0.05 },
    share: { extension: 0.19, bending: 0.16, rotation: 0.18 },
  },
  {
    vertebra: 'l3',
    disc: 'L3/L4',
    segment: 8.75,
    wedge: 0,
    rise: 0.037,
    body: { height: 0.028, depth: 0.035, width: 0.048 },
    share: { extension: 0.17, bending: 0.22, rotation: 0.18 },
  },
  {
    vertebra: 'l2',
    disc: 'L2/L3',
    segment: 5.7,
    wedge: -1.5,
    rise: 0.036,
    body: { height: 0.027, depth: 0.034, width: 0.046 },
    share: { extension: 0.16, bending: 0.16, rotation: 0.18 },
  },
  {
    vertebra: 'l1',
    disc: 'L1/L2',
    segment: 3.1,
    wedge: -3,
    rise: 0.034,
    body: { height: 0.026, depth: 0.032, width: 0.044 },
    share: { extension: 0.14, bending: 0.16, rotation: 0.18 },
  },
  {
    vertebra: 't12',
    disc: 'T12/L1',
    segment: 2.7,
    wedge: -4,
    rise: 0.031,
    body: { height: 0.024, depth: 0.03, width: 0.04 },
    share: { extension: 0.14, bending: 0.22, rotation: 0.18 },
  },
];

/** T11 rides on the torso; the thoracolumbar junction turns into the thoracic kyphosis (−2°). */
const T11_SPEC: LevelSpec = {
  vertebra: 't11',
  disc: 'T11/T12',
  segment: -2,
  wedge: -5,
  rise: 0.029,
  body: { height: 0.0225, depth: 0.029, width: 0.038 },
  share: { extension: 0, bending: 0, rotation: 0 },
};

const deg = Math.PI / 180;
const axis = (tiltDeg: number): Vec3 => [Math.sin(tiltDeg * deg), Math.cos(tiltDeg * deg), 0];

function buildLevels(): { levels: Level[]; t11: Omit<Level, 'vertebra'> & { vertebra: 't11' }; top: Vec3 } {
  const levels: Level[] = [];
  let centre: Vec3 = [...L5_S1];
  // Forward lean of the upper endplate of the bone below (S1 first).
  let below = SACRAL_SLOPE_DEG;
  const place = (s: LevelSpec) => {
    const upper = below - s.segment;
    const tilt = upper + s.wedge / 2;
    const level = {
      vertebra: s.vertebra,
      disc: s.disc,
      discCentre: [centre[0], centre[1], 0] as Vec3,
      axisTilt: tilt,
      wedge: s.wedge,
      body: s.body,
      share: s.share,
    };
    // Next disc: one body + disc higher along the body's axis.
    const a = axis(tilt);
    centre = [centre[0] + s.rise * a[0], centre[1] + s.rise * a[1], 0];
    below = upper;
    return level;
  };
  for (const s of SPECS) levels.push(place(s) as Level);
  const t12Top = centre;
  const t11 = place(T11_SPEC) as Omit<Level, 'vertebra'> & { vertebra: 't11' };
  return { levels, t11, top: t12Top };
}

const BUILT = buildLevels();

/** L5 first (lowest), T12 last. */
export const LUMBAR_LEVELS: readonly Level[] = BUILT.levels;

/** The disc above T12 (T11/T12): where the torso, with the ribs, carries on. */
export const T11_T12: Vec3 = BUILT.top;

/** T11 (carried by the torso): its disc is T11/T12, its figures as for the lumbar levels. */
export const T11_LEVEL: Omit<Level, 'vertebra'> & { vertebra: 't11' } = BUILT.t11;

export type SpineLevel = Level | typeof T11_LEVEL;

/** The level of a vertebra, T11 included. */
export function levelOf(v: VertebraId | 't11'): SpineLevel {
  return v === 't11' ? T11_LEVEL : LUMBAR_LEVELS.find((l) => l.vertebra === v)!;
}

/** Vertebral body centre (pelvis frame, neutral): halfway between its lower and upper discs. */
export function bodyCentre(v: VertebraId | 't11'): Vec3 {
  const level = levelOf(v);
  const s = v === 't11' ? T11_SPEC : SPECS.find((x) => x.vertebra === v)!;
  const a = axis(level.axisTilt);
  return [level.discCentre[0] + (s.rise / 2) * a[0], level.discCentre[1] + (s.rise / 2) * a[1], 0];
}

export interface Endplate {
  /** Centre of the endplate (pelvis frame, neutral). */
  at: Vec3;
  /** Unit normal pointing away from the body (up for the upper endplate, down for the lower). */
  n: Vec3;
}

/** The upper and lower endplates of a vertebral body, the wedge shared equally between them. */
export function endplates(v: VertebraId | 't11'): { upper: Endplate; lower: Endplate } {
  const level = levelOf(v);
  const c = bodyCentre(v);
  const a = axis(level.axisTilt);
  const h = level.body.height / 2;
  const up = axis(level.axisTilt - level.wedge / 2);
  const lo = axis(level.axisTilt + level.wedge / 2);
  return {
    upper: { at: [c[0] + a[0] * h, c[1] + a[1] * h, 0], n: up },
    lower: { at: [c[0] - a[0] * h, c[1] - a[1] * h, 0], n: [-lo[0], -lo[1], 0] },
  };
}

/** Upward normal of the S1 endplate (the sacral base), and its centre (pelvis frame). */
export const S1_NORMAL: Vec3 = axis(SACRAL_SLOPE_DEG);
export const S1_ENDPLATE: Vec3 = [-0.088, 0.061, 0];
/** S1's body below its endplate: depth and width (m), for placing its articular processes. */
const S1_BODY = { depth: 0.036, width: 0.05 };

export interface FacetJoint {
  /** The vertebra whose inferior articular processes form the joint (T11 … L5). */
  upper: VertebraId | 't11';
  /** Centre of the right joint (pelvis frame, neutral); the left mirrors z. */
  centre: Vec3;
  /** Unit normal of the right joint plane, from the inferior process (medial, behind) to the superior one. */
  normal: Vec3;
  /** Up along the joint (the mean axis of the two vertebrae). */
  up: Vec3;
  /** Angle of the joint plane to the sagittal plane, degrees. */
  angle: number;
}

/**
 * Zygapophysial (facet) joints, named by the vertebra above. Their planes turn from nearly coronal at
 * T11/T12 (thoracic) to sagittal at T12/L1 and open out again towards L5/S1 (Masharawi et al. 2004,
 * facet orientation in the thoracolumbar spine; figures recalled); they lie behind the upper part of the
 * lower vertebra's pedicles, 14–20 mm from the midline, level with the top of its body.
 */
const FACETS: [VertebraId | 't11', number, number][] = [
  ['t11', 75, 0.0145],
  ['t12', 28, 0.0145],
  ['l1', 30, 0.015],
  ['l2', 35, 0.0155],
  ['l3', 41, 0.0165],
  ['l4', 47, 0.018],
  ['l5', 55, 0.0195],
];
/** The space between the articular surfaces of a facet joint (cartilage counted as bone), m. */
export const FACET_JOINT_SPACE = 0.002;

/** Distance of a joint centre behind the back of the lower body, and above its upper endplate (m). */
const FACET_BEHIND_BODY = 0.0165;
const FACET_ABOVE_ENDPLATE = 0.003;
const ORDER: (VertebraId | 't11')[] = ['l5', 'l4', 'l3', 'l2', 'l1', 't12', 't11'];

/** A joint on the superior processes of `below` (S1 when undefined), of the given angle and lateral offset. */
function placeFacet(upper: VertebraId | 't11' | 't10', below: VertebraId | 't11' | undefined, angle: number, lateral: number): FacetJoint {
  const top = below ? endplates(below).upper.at : S1_ENDPLATE;
  const ax = below ? axis(levelOf(below).axisTilt) : S1_NORMAL;
  const depth = below ? levelOf(below).body.depth : S1_BODY.depth;
  const ant: Vec3 = [ax[1], -ax[0], 0];
  const back = depth / 2 + FACET_BEHIND_BODY;
  const centre: Vec3 = [
    top[0] - ant[0] * back + ax[0] * FACET_ABOVE_ENDPLATE,
    top[1] - ant[1] * back + ax[1] * FACET_ABOVE_ENDPLATE,
    lateral,
  ];
  const upperTilt = upper === 't10' ? levelOf('t11').axisTilt : levelOf(upper).axisTilt;
  const up = axis((upperTilt + (below ? levelOf(below).axisTilt : SACRAL_SLOPE_DEG)) / 2);
  const t = angle * deg;
  // In the horizontal plane of the joint: forward (along `ant`) by sin, lateral by cos.
  const normal: Vec3 = [ant[0] * Math.sin(t), ant[1] * Math.sin(t), Math.cos(t)];
  return { upper: upper as VertebraId | 't11', centre, normal, up, angle };
}

export const FACET_JOINTS: readonly FacetJoint[] = FACETS.map(([upper, angle, lateral]) =>
  placeFacet(upper, ORDER[ORDER.indexOf(upper) - 1], angle, lateral),
);

/** T10/T11, above the modelled spine: thoracic facets, nearly coronal (T11's superior processes). */
const T10_T11 = placeFacet('t10', 't11', 70, 0.014);

/** The joint on a vertebra's superior articular processes (with the vertebra above; T10 for T11). */
export function facetAbove(v: VertebraId | 't11'): FacetJoint {
  const above = ORDER[ORDER.indexOf(v) + 1];
  return above ? FACET_JOINTS.find((f) => f.upper === above)! : T10_T11;
}

export const facetJoint = (upper: VertebraId | 't11'): FacetJoint => FACET_JOINTS.find((f) => f.upper === upper)!;

/**
 * Each intervertebral joint rotates about a point in the posterior third of the disc
 * (Pearcy & Bogduk 1988, instantaneous axes of rotation of the lumbar intervertebral joints).
 */
export const JOINT_CENTRE_BEHIND_DISC = 0.006;

export function jointCentre(level: Level): Vec3 {
  const t = level.axisTilt * deg;
  // Posterior along the disc plane, perpendicular to the spinal axis.
  return [
    level.discCentre[0] - JOINT_CENTRE_BEHIND_DISC * Math.cos(t),
    level.discCentre[1] + JOINT_CENTRE_BEHIND_DISC * Math.sin(t),
    0,
  ];
}
