/**
 * The floating ribs, 11 and 12 (torso segment, right side; the left is mirrored): a rounded head on
 * the side of their vertebral body (T11, T12: a single facet each, no costotransverse joint), then a
 * flattened shaft along landmarks.ts's RIB_COURSE, taller than thick, tapering to a pointed tip that
 * ends free in the flank muscles (Gray's Anatomy, 42nd ed., the ribs).
 */
import { RIB_COURSE } from '../../anatomy/model/landmarks';
import { bounded, ellipsoid, type Shape, union } from './sdf';
import { sweep } from './sweep';
import { frame, norm, sub, type V3 } from './vec';

function rib(which: 'rib11' | 'rib12'): Shape {
  const course = RIB_COURSE[which];
  const head = course[0]!.at as unknown as V3;
  const next = course[1]!.at as unknown as V3;
  const shaft = sweep(
    course.map((p) => ({ at: p.at as unknown as V3, a: p.a, b: p.b })),
    [0, 1, 0],
    8,
  );
  // The head: a knob a little wider than the neck, its facet against the body.
  const knob = ellipsoid(frame(head, norm(sub(next, head)), [0, 1, 0]), [0.0052, 0.0058, 0.005]);
  return bounded(union(0.003, shaft, knob));
}

export const rib11 = rib('rib11');
export const rib12 = rib('rib12');
