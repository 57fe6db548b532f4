/** The mirror image of a pose across the body's midline: right ↔ left, sideways motions negated. */
import { COORDINATE_INDEX, COORDINATE_NAMES, type CoordinateName, type Pose } from './coordinates';

const NEGATED = new Set<CoordinateName>(['pelvis_list', 'pelvis_rotation', 'pelvis_tz', 'lumbar_bending', 'lumbar_rotation']);

export function mirrorPose(p: Pose, out: Pose = new Float64Array(p.length)): Pose {
  COORDINATE_NAMES.forEach((name, i) => {
    const other = name.endsWith('_r') ? name.replace(/_r$/, '_l') : name.endsWith('_l') ? name.replace(/_l$/, '_r') : name;
    const v = p[COORDINATE_INDEX[other as CoordinateName]]!;
    out[i] = NEGATED.has(name) ? -v : v;
  });
  return out;
}
