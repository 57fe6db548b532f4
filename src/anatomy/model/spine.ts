/**
 * The lumbar spine in the pelvis frame at neutral standing, and how the three lumbar coordinates are
 * shared between its joints.
 *
 * Placement: gait2392's psoas origin (pelvis frame −0.065, 0.089, ±0.029) lies on the anterolateral
 * L5 body and its back joint (−0.101, 0.082, 0) just behind it, which fixes L5; the iliac crests reach
 * the L4/L5 disc (Tuffier's line). Upward the curve follows a normal lordosis of ≈ 55° between the
 * sacral base (sacral slope ≈ 40°) and T12, with lumbar body + disc heights of 34–39 mm for a 1.8 m
 * adult (Gilad & Nissan 1986, lumbar vertebral dimensions).
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
  /** Direction of the spine's axis at this disc, degrees forward of vertical. */
  axisTilt: number;
  /** Vertebral body: height (without disc), depth (antero-posterior), width, metres. */
  body: { height: number; depth: number; width: number };
  /** Shares of the lumbar coordinates taken by this joint. */
  share: { extension: number; bending: number; rotation: number };
}

interface LevelSpec {
  vertebra: VertebraId;
  disc: string;
  tilt: number;
  rise: number;
  body: Level['body'];
  share: Level['share'];
}

const L5_S1: Vec3 = [-0.085, 0.066, 0];

const SPECS: LevelSpec[] = [
  {
    vertebra: 'l5',
    disc: 'L5/S1',
    tilt: 28,
    rise: 0.039,
    body: { height: 0.027, depth: 0.036, width: 0.052 },
    share: { extension: 0.2, bending: 0.08, rotation: 0.1 },
  },
  {
    vertebra: 'l4',
    disc: 'L4/L5',
    tilt: 15,
    rise: 0.038,
    body: { height: 0.028, depth: 0.036, width: 0.05 },
    share: { extension: 0.19, bending: 0.16, rotation: 0.18 },
  },
  {
    vertebra: 'l3',
    disc: 'L3/L4',
    tilt: 3,
    rise: 0.037,
    body: { height: 0.028, depth: 0.035, width: 0.048 },
    share: { extension: 0.17, bending: 0.22, rotation: 0.18 },
  },
  {
    vertebra: 'l2',
    disc: 'L2/L3',
    tilt: -7,
    rise: 0.036,
    body: { height: 0.027, depth: 0.034, width: 0.046 },
    share: { extension: 0.16, bending: 0.16, rotation: 0.18 },
  },
  {
    vertebra: 'l1',
    disc: 'L1/L2',
    tilt: -12,
    rise: 0.034,
    body: { height: 0.026, depth: 0.032, width: 0.044 },
    share: { extension: 0.14, bending: 0.16, rotation: 0.18 },
  },
  {
    vertebra: 't12',
    disc: 'T12/L1',
    tilt: -15,
    rise: 0.031,
    body: { height: 0.024, depth: 0.03, width: 0.04 },
    share: { extension: 0.14, bending: 0.22, rotation: 0.18 },
  },
];

const deg = Math.PI / 180;

function buildLevels(): Level[] {
  const levels: Level[] = [];
  let centre: Vec3 = [...L5_S1];
  for (const s of SPECS) {
    levels.push({
      vertebra: s.vertebra,
      disc: s.disc,
      discCentre: [centre[0], centre[1], 0],
      axisTilt: s.tilt,
      body: s.body,
      share: s.share,
    });
    // Next disc: one body + disc higher along the local axis.
    centre = [centre[0] + s.rise * Math.sin(s.tilt * deg), centre[1] + s.rise * Math.cos(s.tilt * deg), 0];
  }
  return levels;
}

/** L5 first (lowest), T12 last. */
export const LUMBAR_LEVELS: readonly Level[] = buildLevels();

/** The disc above T12 (T11/T12): where the torso, with the ribs, carries on. */
export const T11_T12: Vec3 = (() => {
  const t12 = LUMBAR_LEVELS[LUMBAR_LEVELS.length - 1]!;
  const s = SPECS[SPECS.length - 1]!;
  return [t12.discCentre[0] + s.rise * Math.sin(s.tilt * deg), t12.discCentre[1] + s.rise * Math.cos(s.tilt * deg), 0];
})();

/** Vertebral body centre (pelvis frame, neutral): halfway between its lower and upper discs. */
export function bodyCentre(v: VertebraId): Vec3 {
  const i = LUMBAR_LEVELS.findIndex((l) => l.vertebra === v);
  const lo = LUMBAR_LEVELS[i]!.discCentre;
  const hi = i + 1 < LUMBAR_LEVELS.length ? LUMBAR_LEVELS[i + 1]!.discCentre : T11_T12;
  return [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, 0];
}

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
