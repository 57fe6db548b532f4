/**
 * Rigid transforms as Float64Array(12): a row-major 3×3 rotation followed by a translation.
 * A point p maps to R·p + t. Functions write into `out`; per-frame code uses the …At variants below.
 */
import type { ReadonlyVec3, Vec3 } from './vec3';

export type Transform = Float64Array;

export const createTransform = (): Transform => {
  const m = new Float64Array(12);
  m[0] = m[4] = m[8] = 1;
  return m;
};

export function setIdentity(out: Transform) {
  out.fill(0);
  out[0] = out[4] = out[8] = 1;
  return out;
}

const angleIn = new Float64Array(1);

/** Rotation of `angle` radians about the unit `axis` (Rodrigues), no translation. */
export function setAxisAngle(axis: ReadonlyVec3, angle: number, out: Transform) {
  angleIn[0] = angle;
  return setAxisAngleOf(axis, angleIn, 0, out);
}

/**
 * As setAxisAngle, the angle read from angles[i]: for per-frame code, where a number passed to a call
 * that is not inlined would be boxed on the heap.
 */
export function setAxisAngleOf(axis: ReadonlyVec3, angles: ArrayLike<number>, i: number, out: Transform) {
  const angle = angles[i]!;
  const x = axis[0]!;
  const y = axis[1]!;
  const z = axis[2]!;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const C = 1 - c;
  out[0] = c + x * x * C;
  out[1] = x * y * C - z * s;
  out[2] = x * z * C + y * s;
  out[3] = y * x * C + z * s;
  out[4] = c + y * y * C;
  out[5] = y * z * C - x * s;
  out[6] = z * x * C - y * s;
  out[7] = z * y * C + x * s;
  out[8] = c + z * z * C;
  out[9] = out[10] = out[11] = 0;
  return out;
}

const tmp = new Float64Array(12);

/** out = a ∘ b (apply b first, then a). `out` may alias a or b. */
export function multiply(a: Transform, b: Transform, out: Transform) {
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      tmp[r * 3 + c] = a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!;
    }
    tmp[9 + r] = a[r * 3]! * b[9]! + a[r * 3 + 1]! * b[10]! + a[r * 3 + 2]! * b[11]! + a[9 + r]!;
  }
  out.set(tmp);
  return out;
}

/** Inverse of a rigid transform. `out` may alias `m`. */
export function invert(m: Transform, out: Transform) {
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) tmp[r * 3 + c] = m[c * 3 + r]!;
  for (let r = 0; r < 3; r++) {
    tmp[9 + r] = -(tmp[r * 3]! * m[9]! + tmp[r * 3 + 1]! * m[10]! + tmp[r * 3 + 2]! * m[11]!);
  }
  out.set(tmp);
  return out;
}

export function applyPoint(m: Transform, p: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  const x = p[0]!;
  const y = p[1]!;
  const z = p[2]!;
  out[0] = m[0]! * x + m[1]! * y + m[2]! * z + m[9]!;
  out[1] = m[3]! * x + m[4]! * y + m[5]! * z + m[10]!;
  out[2] = m[6]! * x + m[7]! * y + m[8]! * z + m[11]!;
  return out;
}

export function applyVector(m: Transform, v: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  const x = v[0]!;
  const y = v[1]!;
  const z = v[2]!;
  out[0] = m[0]! * x + m[1]! * y + m[2]! * z;
  out[1] = m[3]! * x + m[4]! * y + m[5]! * z;
  out[2] = m[6]! * x + m[7]! * y + m[8]! * z;
  return out;
}

/** Point in world → point in the frame `m` (m maps frame → world). */
export function applyInversePoint(m: Transform, p: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  const x = p[0]! - m[9]!;
  const y = p[1]! - m[10]!;
  const z = p[2]! - m[11]!;
  out[0] = m[0]! * x + m[3]! * y + m[6]! * z;
  out[1] = m[1]! * x + m[4]! * y + m[7]! * z;
  out[2] = m[2]! * x + m[5]! * y + m[8]! * z;
  return out;
}

/*
 * applyPoint, applyVector and applyInversePoint for per-frame code: Float64Arrays only, at offsets. Not
 * shared with setup code because V8 keeps one inline cache per element store for all of a function's
 * callers: once one store has seen a plain array (a copy-on-write `[0, 0, 0]` default) and a Float64Array,
 * V8 makes it generic ("unsupported combination of external and normal arrays"), and a generic store boxes
 * the double it writes in a new HeapNumber on every call.
 */

/** out[o…o+2] = m · p[i…i+2] (a point). */
export function applyPointAt(m: Transform, p: Float64Array, i: number, out: Float64Array, o: number): void {
  const x = p[i]!;
  const y = p[i + 1]!;
  const z = p[i + 2]!;
  out[o] = m[0]! * x + m[1]! * y + m[2]! * z + m[9]!;
  out[o + 1] = m[3]! * x + m[4]! * y + m[5]! * z + m[10]!;
  out[o + 2] = m[6]! * x + m[7]! * y + m[8]! * z + m[11]!;
}

/** out[o…o+2] = m's rotation · v[i…i+2] (a direction). */
export function applyVectorAt(m: Transform, v: Float64Array, i: number, out: Float64Array, o: number): void {
  const x = v[i]!;
  const y = v[i + 1]!;
  const z = v[i + 2]!;
  out[o] = m[0]! * x + m[1]! * y + m[2]! * z;
  out[o + 1] = m[3]! * x + m[4]! * y + m[5]! * z;
  out[o + 2] = m[6]! * x + m[7]! * y + m[8]! * z;
}

/** out[o…o+2] = world point p[i…i+2] in the frame `m` (m maps frame → world). */
export function applyInversePointAt(m: Transform, p: Float64Array, i: number, out: Float64Array, o: number): void {
  const x = p[i]! - m[9]!;
  const y = p[i + 1]! - m[10]!;
  const z = p[i + 2]! - m[11]!;
  out[o] = m[0]! * x + m[3]! * y + m[6]! * z;
  out[o + 1] = m[1]! * x + m[4]! * y + m[7]! * z;
  out[o + 2] = m[2]! * x + m[5]! * y + m[8]! * z;
}

/** Body-fixed XYZ Euler angles (radians) → rotation, as OpenSim's `orientation` fields. */
export function setEulerXYZ(rx: number, ry: number, rz: number, out: Transform) {
  const a = createTransform();
  const b = createTransform();
  setAxisAngle([1, 0, 0], rx, out);
  setAxisAngle([0, 1, 0], ry, a);
  multiply(out, a, out);
  setAxisAngle([0, 0, 1], rz, b);
  multiply(out, b, out);
  return out;
}
