/** Small constructors that keep the path tables readable. */
import type { Vec3 } from '../../math/vec3';
import { between } from '../../model/kinematics';
import { landmark } from '../../model/landmarks';
import type { VertebraId } from '../../model/segments';
import type { PathPointDef, SegmentBase, SidedCoordinateBase } from '../types';

/** A point fixed in a segment (right side). */
export const pt = (segment: SegmentBase, x: number, y: number, z: number): PathPointDef => ({ segment, at: [x, y, z] });

/** A point present only while `coordinate` (degrees) lies in `range`. */
export const when = (
  p: PathPointDef,
  coordinate: SidedCoordinateBase,
  range: readonly [number, number],
): PathPointDef => ({ ...p, when: { coordinate, range } });

/** A point at a right-side or midline landmark, optionally offset (metres, segment frame). */
export function at(id: string, offset: Vec3 = [0, 0, 0]): PathPointDef {
  const l = landmark(id);
  const base = l.segment.replace(/_r$/, '') as SegmentBase;
  return { segment: base, at: [l.at[0] + offset[0], l.at[1] + offset[1], l.at[2] + offset[2]] };
}

/** Straight-line interpolation between two points on the same segment (for fanning fibres). */
export function mix(a: PathPointDef, b: PathPointDef, t: number): PathPointDef {
  if (a.segment !== b.segment) throw new Error('mix: points on different segments');
  return {
    segment: a.segment,
    at: [a.at[0] + (b.at[0] - a.at[0]) * t, a.at[1] + (b.at[1] - a.at[1]) * t, a.at[2] + (b.at[2] - a.at[2]) * t],
  };
}

/** An end point attached to soft tissue or to a bone the model lacks (PathPointDef.attachedTo). */
export const attached = (p: PathPointDef, to: string): PathPointDef => ({ ...p, attachedTo: to });

export const G2392 = 'gait2392';

/**
 * The source of the quadriceps' tendon slack lengths. The patella sits 25 mm higher than gait2392's
 * moving insertion (joints.ts) and the quadriceps insert on it, so their paths are 17–25 mm shorter in
 * standing than gait2392's; their tendon slack lengths are shortened by as much, so that the fibres work
 * at gait2392's lengths.
 */
export const SLACK_SOURCE = `${G2392} (tendon slack length shortened with the raised patella; myomap)`;

/** A point given in the pelvis frame (as gait2392 gives lumbar points), carried by another segment. */
export function fromPelvis(segment: 'sacrum' | 'torso' | VertebraId, x: number, y: number, z: number): PathPointDef {
  return { segment, at: between('pelvis', segment, [x, y, z]) };
}

/**
 * A contact point (PathPointDef.contact): `p` on or just over a bony surface whose outward normal is
 * `normal` (segment frame; normalised here). It holds the muscle only while the straight line past it
 * would sink into the bone.
 */
export function onBone(p: PathPointDef, normal: Vec3): PathPointDef {
  const n = Math.hypot(normal[0], normal[1], normal[2]);
  return { ...p, contact: { normal: [normal[0] / n, normal[1] / n, normal[2] / n] } };
}
