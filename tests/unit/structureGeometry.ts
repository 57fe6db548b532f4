/**
 * Measuring tools for the structure tests: drawn paths of muscles and structures in the neutral pose,
 * in the pelvis frame (x anterior, y up, z right, metres), and sections of them at a height.
 */
import type { Vec3 } from '../../src/anatomy/math/vec3';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { neutralFrames, toSegment, toWorld } from '../../src/anatomy/model/kinematics';
import { landmark } from '../../src/anatomy/model/landmarks';
import type { SegmentId } from '../../src/anatomy/model/segments';
import { isMuscleId, muscle } from '../../src/anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../../src/anatomy/path/musclePath';
import type { Fibre } from '../../src/anatomy/path/resolve';
import { structure } from '../../src/anatomy/structures';

const POSE = neutralPose();

const fibresOf = (id: string): readonly Fibre[] => {
  if (isMuscleId(id)) return muscle(id).fibres;
  const s = structure(id);
  if (s.kind === 'bone') throw new Error(`${id} is a bone`);
  return s.fibres;
};

/** The drawn polyline of one fibre (by name, or the first) in the neutral pose, in `frame`. */
export function path(id: string, fibreName?: string, frame: SegmentId = 'pelvis'): Vec3[] {
  const fibres = fibresOf(id);
  const f = fibreName ? fibres.find((x) => x.name === fibreName) : fibres[0];
  if (!f) throw new Error(`${id} has no fibre ${fibreName}`);
  const buf = new Float64Array(maxPolylinePoints(f) * 3);
  const n = fibrePolyline(f, neutralFrames(), POSE, buf);
  const out: Vec3[] = [];
  for (let k = 0; k < n; k++) out.push(toSegment(neutralFrames(), frame, buf.subarray(k * 3, k * 3 + 3)) as Vec3);
  return out;
}

/** Every fibre's polyline. */
export const paths = (id: string): Vec3[][] => fibresOf(id).map((f) => path(id, f.name));

/** Where a polyline first crosses the height y (pelvis frame), or undefined. */
export function atHeight(poly: readonly Vec3[], y: number): Vec3 | undefined {
  for (let i = 0; i + 1 < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[i + 1]!;
    if ((a[1] - y) * (b[1] - y) <= 0 && a[1] !== b[1]) {
      const t = (y - a[1]) / (b[1] - a[1]);
      return [a[0] + t * (b[0] - a[0]), y, a[2] + t * (b[2] - a[2])];
    }
  }
  return undefined;
}

/** The section of a muscle (or structure) at height y: where each fibre crosses it. */
export const section = (id: string, y: number): Vec3[] =>
  paths(id).flatMap((p) => {
    const c = atHeight(p, y);
    return c ? [c] : [];
  });

export const mean = (pts: readonly Vec3[]): Vec3 => {
  const s: Vec3 = [0, 0, 0];
  for (const p of pts) for (let k = 0; k < 3; k++) s[k] = s[k]! + p[k]! / pts.length;
  return s;
};

export const dist = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Closest pair of points between two polylines (sampled every millimetre along the first). */
export function closest(a: readonly Vec3[], b: readonly Vec3[]): { onA: Vec3; onB: Vec3; distance: number } {
  let best = { onA: a[0]!, onB: b[0]!, distance: Number.POSITIVE_INFINITY };
  for (let i = 0; i + 1 < a.length; i++) {
    const p = a[i]!;
    const q = a[i + 1]!;
    const n = Math.max(1, Math.ceil(dist(p, q) / 0.001));
    for (let k = 0; k <= n; k++) {
      const s: Vec3 = [p[0] + ((q[0] - p[0]) * k) / n, p[1] + ((q[1] - p[1]) * k) / n, p[2] + ((q[2] - p[2]) * k) / n];
      const c = nearestOn(b, s);
      const d = dist(s, c);
      if (d < best.distance) best = { onA: s, onB: c, distance: d };
    }
  }
  return best;
}

/** The point of a polyline nearest to p. */
export function nearestOn(poly: readonly Vec3[], p: Vec3): Vec3 {
  let best: Vec3 = poly[0]!;
  let bd = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[i + 1]!;
    const e = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const ee = e[0]! ** 2 + e[1]! ** 2 + e[2]! ** 2;
    const t =
      ee > 0
        ? Math.min(1, Math.max(0, ((p[0] - a[0]) * e[0]! + (p[1] - a[1]) * e[1]! + (p[2] - a[2]) * e[2]!) / ee))
        : 0;
    const c: Vec3 = [a[0] + e[0]! * t, a[1] + e[1]! * t, a[2] + e[2]! * t];
    const d = dist(c, p);
    if (d < bd) {
      bd = d;
      best = c;
    }
  }
  return best;
}

/** A landmark in the neutral pelvis frame (or another segment's). */
export function mark(id: string, frame: SegmentId = 'pelvis'): Vec3 {
  const l = landmark(id);
  return toSegment(neutralFrames(), frame, toWorld(neutralFrames(), l.segment, l.at)) as Vec3;
}
