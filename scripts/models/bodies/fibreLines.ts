/**
 * A body's fibres in the rest pose as the builder needs them: each drawn path resampled every few
 * millimetres, its fleshy footprint carried on over the bone past the end points, the belly profile along
 * it (0 in tendon, up to 1 in the fullest belly), a section frame (e1 across, e2 through the thickness,
 * facing away from the bone the body lies on) and, for a given size, the section's half-width and
 * half-thickness and the centreline kept off the bone.
 */
import { neutralPose } from '../../../src/anatomy/model/coordinates';
import { neutralFrames } from '../../../src/anatomy/model/kinematics';
import type { Fibre } from '../../../src/anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../../../src/anatomy/path/musclePath';
import type { BodySpec } from '../../../src/geometry/bodies/spec';
import { boneField, boneNormal } from './boneShell';

/** Spacing of the resampled centreline, metres. */
const STEP = 0.004;
/** Length over which belly turns into tendon, metres. */
const TRANSITION = 0.025;

export interface FibreLine {
  n: number;
  /** Rest centreline as drawn (with footprint extensions), n × 3. */
  rest: Float64Array;
  /** Centreline kept off the bone for the current size, n × 3. */
  p: Float64Array;
  /** Arc length from the path's first point, metres (negative over the origin footprint). */
  s: Float64Array;
  /** Length of the drawn path, metres. */
  length: number;
  tangent: Float64Array;
  e1: Float64Array;
  e2: Float64Array;
  /** Outward bone normal and distance outside the bone at each rest point (0 normal far from bone). */
  boneN: Float64Array;
  boneD: Float64Array;
  /** Belly profile, 0..1. */
  profile: Float64Array;
  /** Half-width, half-thickness (and half-thickness on the bone's side) for the current size. */
  a: Float64Array;
  b: Float64Array;
  bIn: Float64Array;
  /** Thickness factor of this fibre within its body. */
  weight: number;
}

const smooth = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));

function norm3(v: Float64Array | number[], o = 0) {
  const l = Math.sqrt(v[o]! ** 2 + v[o + 1]! ** 2 + v[o + 2]! ** 2) || 1;
  v[o] = v[o]! / l;
  v[o + 1] = v[o + 1]! / l;
  v[o + 2] = v[o + 2]! / l;
}

/** The drawn rest polyline of a fibre, resampled every STEP. */
function restPolyline(f: Fibre): { pts: number[][]; length: number } {
  const buf = new Float64Array(maxPolylinePoints(f) * 3);
  const count = fibrePolyline(f, neutralFrames(), neutralPose(), buf);
  const cum = [0];
  for (let i = 1; i < count; i++) {
    cum.push(
      cum[i - 1]! +
        Math.hypot(buf[i * 3]! - buf[i * 3 - 3]!, buf[i * 3 + 1]! - buf[i * 3 - 2]!, buf[i * 3 + 2]! - buf[i * 3 - 1]!),
    );
  }
  const length = cum[count - 1]!;
  const n = Math.max(8, Math.ceil(length / STEP) + 1);
  const pts: number[][] = [];
  let seg = 0;
  for (let i = 0; i < n; i++) {
    const target = (length * i) / (n - 1);
    while (seg < count - 2 && cum[seg + 1]! < target) seg++;
    const span = cum[seg + 1]! - cum[seg]!;
    const t = span > 0 ? Math.min(1, Math.max(0, (target - cum[seg]!) / span)) : 0;
    pts.push([0, 1, 2].map((c) => buf[seg * 3 + c]! + (buf[seg * 3 + 3 + c]! - buf[seg * 3 + c]!) * t));
  }
  return { pts, length };
}

/**
 * Carry the centreline on over the bone from `from` in direction `dir` for `distance` metres, stopping
 * at an edge (where the surface turns away by more than 50°: a crest, a rim).
 */
function overBone(from: number[], dir: number[], distance: number): number[][] {
  const out: number[][] = [];
  const q = [...from];
  const n = [0, 0, 0];
  const d = [...dir];
  const steps = Math.ceil(distance / STEP);
  const n0 = [0, 0, 0];
  boneNormal(q[0]!, q[1]!, q[2]!, n0);
  if (n0[0] === 0 && n0[1] === 0 && n0[2] === 0) return out;
  for (let i = 0; i < steps; i++) {
    boneNormal(q[0]!, q[1]!, q[2]!, n);
    if (n[0]! * n0[0]! + n[1]! * n0[1]! + n[2]! * n0[2]! < Math.cos((50 * Math.PI) / 180)) break;
    // Keep the direction in the bone's tangent plane, then step and settle back onto the surface.
    const dn = d[0]! * n[0]! + d[1]! * n[1]! + d[2]! * n[2]!;
    for (let c = 0; c < 3; c++) d[c] = d[c]! - dn * n[c]!;
    norm3(d);
    for (let c = 0; c < 3; c++) q[c] = q[c]! + d[c]! * STEP;
    for (let k = 0; k < 3; k++) {
      const f = boneField(q[0]!, q[1]!, q[2]!);
      boneNormal(q[0]!, q[1]!, q[2]!, n);
      for (let c = 0; c < 3; c++) q[c] = q[c]! + n[c]! * f;
    }
    out.push([...q]);
  }
  return out;
}

/** Belly profile at arc length s of a fibre of length L. */
function profileAt(s: number, L: number, spec: BodySpec): number {
  const { proximal } = spec.tuning.tendon;
  const belly = spec.tuning.bellyLength;
  const distal = belly === undefined ? spec.tuning.tendon.distal : Math.max(0, L - proximal - belly);
  const rise = proximal > 0 ? smooth((s - proximal + TRANSITION / 2) / TRANSITION) : 1;
  const fall = distal > 0 ? 1 - smooth((s - (L - distal) + TRANSITION / 2) / TRANSITION) : 1;
  const span = Math.max(1e-3, L - proximal - distal);
  const u = Math.min(1, Math.max(0, (s - proximal) / span));
  // A bump whose top sits at `peak` along the belly.
  const peak = Math.min(0.9, Math.max(0.1, spec.tuning.peak));
  const swell = 1 - spec.tuning.swell + spec.tuning.swell * Math.sin(Math.PI * u ** (Math.log(0.5) / Math.log(peak)));
  return rise * fall * swell;
}

export function fibreLines(spec: BodySpec): FibreLine[] {
  const K = spec.fibres.length;
  const shares = spec.fibres.map((f) => f.share);
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  return spec.fibres.map((f, k) => {
    const { pts, length } = restPolyline(f);
    const t0 = pts[1]!.map((v, c) => pts[0]![c]! - v);
    const tl = pts[pts.length - 1]!.map((v, c) => v - pts[pts.length - 2]![c]!);
    norm3(t0);
    norm3(tl);
    const before = overBone(pts[0]!, t0, spec.tuning.spread.origin).reverse();
    const after = overBone(pts[pts.length - 1]!, tl, spec.tuning.spread.insertion);
    const all = [...before, ...pts, ...after];
    const n = all.length;
    const rest = Float64Array.from(all.flat());
    const s = Float64Array.from(all, (_, i) => (i - before.length) * (length / (pts.length - 1)));
    const tangent = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) {
      const a = Math.max(0, i - 1);
      const b = Math.min(n - 1, i + 1);
      for (let c = 0; c < 3; c++) tangent[i * 3 + c] = rest[b * 3 + c]! - rest[a * 3 + c]!;
      norm3(tangent, i * 3);
    }
    const boneN = new Float64Array(n * 3);
    const boneD = new Float64Array(n);
    const nn = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      boneD[i] = -boneField(rest[i * 3]!, rest[i * 3 + 1]!, rest[i * 3 + 2]!);
      boneNormal(rest[i * 3]!, rest[i * 3 + 1]!, rest[i * 3 + 2]!, nn);
      boneN.set(nn, i * 3);
    }
    // Ease the bone normal along the fibre: where two bones are about equally near it would flip.
    for (let pass = 0; pass < 4; pass++) {
      const copy = Float64Array.from(boneN);
      const dCopy = Float64Array.from(boneD);
      for (let i = 1; i + 1 < n; i++) {
        for (let c = 0; c < 3; c++)
          boneN[i * 3 + c] = (copy[(i - 1) * 3 + c]! + 2 * copy[i * 3 + c]! + copy[(i + 1) * 3 + c]!) / 4;
        boneD[i] = (dCopy[i - 1]! + 2 * dCopy[i]! + dCopy[i + 1]!) / 4;
      }
    }
    const { e1, e2 } = sectionFrames(spec, n, tangent, boneN);
    const profile = Float64Array.from(s, (x) => profileAt(Math.min(length, Math.max(0, x)), length, spec));
    const fan = spec.shape === 'fan' || spec.shape === 'sheet';
    const edge = fan && K > 2 && (k === 0 || k === K - 1) ? 0.7 : 1;
    const weight = spec.tuning.fibreWeights?.[k] ?? (K > 1 ? Math.sqrt((shares[k]! / total) * K) * edge : 1);
    return {
      n,
      rest,
      p: Float64Array.from(rest),
      s,
      length,
      tangent,
      e1,
      e2,
      boneN,
      boneD,
      profile,
      a: new Float64Array(n),
      b: new Float64Array(n),
      bIn: new Float64Array(n),
      weight,
    };
  });
}

/**
 * Section axes along a fibre: e2 (thickness) away from the bone beneath, or across the tuning's width
 * axis; e1 = e2 × tangent. Smoothed along the fibre so the section does not flicker.
 */
function sectionFrames(spec: BodySpec, n: number, tangent: Float64Array, boneN: Float64Array) {
  const e1 = new Float64Array(n * 3);
  const e2 = new Float64Array(n * 3);
  const w = spec.tuning.widthAxis;
  let prev = [0, 0, 1];
  for (let i = 0; i < n; i++) {
    const t = [tangent[i * 3]!, tangent[i * 3 + 1]!, tangent[i * 3 + 2]!];
    let v: number[];
    if (w) {
      // e1 along the width axis: e2 = t × e1.
      const d = w[0] * t[0]! + w[1] * t[1]! + w[2] * t[2]!;
      const a = [w[0] - d * t[0]!, w[1] - d * t[1]!, w[2] - d * t[2]!];
      norm3(a);
      v = [t[1]! * a[2]! - t[2]! * a[1]!, t[2]! * a[0]! - t[0]! * a[2]!, t[0]! * a[1]! - t[1]! * a[0]!];
    } else {
      const bn = [boneN[i * 3]!, boneN[i * 3 + 1]!, boneN[i * 3 + 2]!];
      v = bn[0] === 0 && bn[1] === 0 && bn[2] === 0 ? prev : bn;
    }
    const d = v[0]! * t[0]! + v[1]! * t[1]! + v[2]! * t[2]!;
    const e = [v[0]! - d * t[0]!, v[1]! - d * t[1]!, v[2]! - d * t[2]!];
    if (Math.hypot(e[0]!, e[1]!, e[2]!) < 1e-6) e.splice(0, 3, ...prev);
    norm3(e);
    e2.set(e, i * 3);
    prev = e;
  }
  // Smooth e2 along the fibre (a few passes), then rebuild an orthonormal e1.
  for (let pass = 0; pass < 6; pass++) {
    const copy = Float64Array.from(e2);
    for (let i = 0; i < n; i++) {
      const a = Math.max(0, i - 1);
      const b = Math.min(n - 1, i + 1);
      for (let c = 0; c < 3; c++) e2[i * 3 + c] = copy[a * 3 + c]! + 2 * copy[i * 3 + c]! + copy[b * 3 + c]!;
    }
    for (let i = 0; i < n; i++) {
      const t = [tangent[i * 3]!, tangent[i * 3 + 1]!, tangent[i * 3 + 2]!];
      const d = e2[i * 3]! * t[0]! + e2[i * 3 + 1]! * t[1]! + e2[i * 3 + 2]! * t[2]!;
      for (let c = 0; c < 3; c++) e2[i * 3 + c] = e2[i * 3 + c]! - d * t[c]!;
      norm3(e2, i * 3);
    }
  }
  for (let i = 0; i < n; i++) {
    const [tx, ty, tz] = [tangent[i * 3]!, tangent[i * 3 + 1]!, tangent[i * 3 + 2]!];
    const [x, y, z] = [e2[i * 3]!, e2[i * 3 + 1]!, e2[i * 3 + 2]!];
    e1[i * 3] = y * tz - z * ty;
    e1[i * 3 + 1] = z * tx - x * tz;
    e1[i * 3 + 2] = x * ty - y * tx;
    norm3(e1, i * 3);
  }
  return { e1, e2 };
}

/**
 * Size the sections for belly half-thickness `scale` (metres, for a fibre of weight 1 at its fullest) and
 * keep each centreline `push` × its half-thickness off the bone.
 */
export function sizeFibres(lines: FibreLine[], spec: BodySpec, scale: number): void {
  const { tendonSection, aspect, push, fill } = spec.tuning;
  const towardBone = !spec.tuning.widthAxis;
  const round = lines.length > 1 ? 1 : aspect;
  for (const l of lines) {
    for (let i = 0; i < l.n; i++) {
      const p = l.profile[i]!;
      const b = tendonSection.halfThickness + (scale * l.weight - tendonSection.halfThickness) * p;
      const a = tendonSection.halfWidth + (scale * l.weight * round - tendonSection.halfWidth) * p;
      l.b[i] = Math.max(b, tendonSection.halfThickness);
      l.a[i] = Math.max(a, tendonSection.halfWidth);
      const d = l.boneD[i]!;
      const nearBone = !(l.boneN[i * 3] === 0 && l.boneN[i * 3 + 1] === 0 && l.boneN[i * 3 + 2] === 0);
      const shift = nearBone ? Math.max(0, push * l.b[i]! - d) : 0;
      // On the bone's side the belly reaches down to it across a gap of up to `fill` (and a little into it:
      // the bone is cut out afterwards), so the body lies on the bone; tendons keep their own thickness.
      const gap = d + shift;
      l.bIn[i] =
        towardBone && nearBone && gap < fill * p + l.b[i]!
          ? Math.max(l.b[i]!, l.b[i]! + (gap + 0.002 - l.b[i]!) * p)
          : l.b[i]!;
      for (let c = 0; c < 3; c++) l.p[i * 3 + c] = l.rest[i * 3 + c]! + l.boneN[i * 3 + c]! * shift;
    }
    // Ease the kept-off centreline so the pushes do not make kinks.
    for (let pass = 0; pass < 3; pass++) {
      const copy = Float64Array.from(l.p);
      for (let i = 1; i + 1 < l.n; i++) {
        for (let c = 0; c < 3; c++)
          l.p[i * 3 + c] = (copy[(i - 1) * 3 + c]! + 2 * copy[i * 3 + c]! + copy[(i + 1) * 3 + c]!) / 4;
      }
    }
  }
}
