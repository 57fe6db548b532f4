/** Small, allocation-aware 3-vector helpers. Vectors are plain `[x, y, z]` tuples or Float64Array(3). */
export type Vec3 = [number, number, number];
export type ReadonlyVec3 = readonly [number, number, number] | Float64Array;

export const vec3 = (x = 0, y = 0, z = 0): Vec3 => [x, y, z];

export function sub(a: ReadonlyVec3, b: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  out[0] = a[0]! - b[0]!;
  out[1] = a[1]! - b[1]!;
  out[2] = a[2]! - b[2]!;
  return out;
}

export function add(a: ReadonlyVec3, b: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  out[0] = a[0]! + b[0]!;
  out[1] = a[1]! + b[1]!;
  out[2] = a[2]! + b[2]!;
  return out;
}

export function scale(a: ReadonlyVec3, s: number, out: Vec3 | Float64Array = [0, 0, 0]) {
  out[0] = a[0]! * s;
  out[1] = a[1]! * s;
  out[2] = a[2]! * s;
  return out;
}

export const dot = (a: ReadonlyVec3, b: ReadonlyVec3) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

export function cross(a: ReadonlyVec3, b: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  const x = a[1]! * b[2]! - a[2]! * b[1]!;
  const y = a[2]! * b[0]! - a[0]! * b[2]!;
  const z = a[0]! * b[1]! - a[1]! * b[0]!;
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return out;
}

export const length = (a: ReadonlyVec3) => Math.hypot(a[0]!, a[1]!, a[2]!);

export function distance(a: ReadonlyVec3, b: ReadonlyVec3) {
  const dx = a[0]! - b[0]!;
  const dy = a[1]! - b[1]!;
  const dz = a[2]! - b[2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

export function normalize(a: ReadonlyVec3, out: Vec3 | Float64Array = [0, 0, 0]) {
  const l = length(a) || 1;
  return scale(a, 1 / l, out);
}

export function lerp(a: ReadonlyVec3, b: ReadonlyVec3, t: number, out: Vec3 | Float64Array = [0, 0, 0]) {
  out[0] = a[0]! + (b[0]! - a[0]!) * t;
  out[1] = a[1]! + (b[1]! - a[1]!) * t;
  out[2] = a[2]! + (b[2]! - a[2]!) * t;
  return out;
}

/** Mirror a right-side point to the left: OpenSim's left side is the right with z negated. */
export const mirrorZ = (a: ReadonlyVec3): Vec3 => [a[0]!, a[1]!, -a[2]!];
