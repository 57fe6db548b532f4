/**
 * Constructors for the structure paths. Most points are written where they lie in the neutral standing
 * pose, in the pelvis frame (x anterior, y up, z to the right, metres, origin midway between the ASIS),
 * and carried by the segment they move with: a nerve in the thigh by the femur, a vessel on a vertebral
 * body by that vertebra. One frame for all of them keeps their relations (which lies in front of which)
 * readable in the tables.
 */
import type { Vec3 } from '../../math/vec3';
import { between } from '../../model/kinematics';
import type { FibreDef, PathPointDef, SegmentBase } from '../../muscles/types';
import { resolveSegment } from '../../path/resolve';

/** A point at (x, y, z) of the neutral pelvis frame, carried by `segment` (right-side definition). */
export function on(segment: SegmentBase, x: number, y: number, z: number): PathPointDef {
  return { segment, at: segment === 'pelvis' ? [x, y, z] : between('pelvis', resolveSegment(segment, 'r'), [x, y, z]) };
}

/**
 * The same, as a contact point: it holds the path only while the line past it would sink into bone
 * (`rounded`: see PathPointDef.contact).
 */
export function onContact(
  segment: SegmentBase,
  x: number,
  y: number,
  z: number,
  normal: Vec3,
  rounded?: number,
): PathPointDef {
  const n = Math.hypot(...normal);
  const unit: Vec3 = [normal[0] / n, normal[1] / n, normal[2] / n];
  return { ...on(segment, x, y, z), contact: rounded === undefined ? { normal: unit } : { normal: unit, rounded } };
}

/** A fibre with a single source. */
export const fibre = (
  name: string,
  points: PathPointDef[],
  source: string,
  share: number,
  wraps?: FibreDef['wraps'],
): FibreDef => ({ name, points, share, source, ...(wraps ? { wraps } : {}) });

/** Where a point of a fibre lies (neutral pelvis frame), for building related paths from one another. */
export function where(p: PathPointDef): Vec3 {
  return p.segment === 'pelvis' ? [...p.at] : between(resolveSegment(p.segment, 'r'), 'pelvis', p.at);
}
