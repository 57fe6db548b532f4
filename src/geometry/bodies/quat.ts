/**
 * Unit quaternions (x, y, z, w) stored in flat arrays at an offset, for the per-frame path frames: every
 * function writes into a caller's array and allocates nothing.
 */
export type Quats = Float64Array | Float32Array;

/** Rotation part of a row-major 3×3 matrix (m[0..8]) → quaternion at out[o..o+3]. */
export function quatFromRows(m: ArrayLike<number>, out: Quats, o: number): void {
  const m00 = m[0]!;
  const m01 = m[1]!;
  const m02 = m[2]!;
  const m10 = m[3]!;
  const m11 = m[4]!;
  const m12 = m[5]!;
  const m20 = m[6]!;
  const m21 = m[7]!;
  const m22 = m[8]!;
  const trace = m00 + m11 + m22;
  let x: number;
  let y: number;
  let z: number;
  let w: number;
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1);
    w = 0.25 / s;
    x = (m21 - m12) * s;
    y = (m02 - m20) * s;
    z = (m10 - m01) * s;
  } else if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    w = (m21 - m12) / s;
    x = 0.25 * s;
    y = (m01 + m10) / s;
    z = (m02 + m20) / s;
  } else if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    w = (m02 - m20) / s;
    x = (m01 + m10) / s;
    y = 0.25 * s;
    z = (m12 + m21) / s;
  } else {
    const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
    w = (m10 - m01) / s;
    x = (m02 + m20) / s;
    y = (m12 + m21) / s;
    z = 0.25 * s;
  }
  out[o] = x;
  out[o + 1] = y;
  out[o + 2] = z;
  out[o + 3] = w;
}

/** out = a ⊗ b (apply b, then a). `out` may alias a or b. */
export function quatMultiply(a: Quats, ao: number, b: Quats, bo: number, out: Quats, o: number): void {
  const ax = a[ao]!;
  const ay = a[ao + 1]!;
  const az = a[ao + 2]!;
  const aw = a[ao + 3]!;
  const bx = b[bo]!;
  const by = b[bo + 1]!;
  const bz = b[bo + 2]!;
  const bw = b[bo + 3]!;
  out[o] = aw * bx + ax * bw + ay * bz - az * by;
  out[o + 1] = aw * by - ax * bz + ay * bw + az * bx;
  out[o + 2] = aw * bz + ax * by - ay * bx + az * bw;
  out[o + 3] = aw * bw - ax * bx - ay * by - az * bz;
}

/** out = a ⊗ conjugate(b): the rotation from b's orientation to a's. */
export function quatMultiplyConjugate(a: Quats, ao: number, b: Quats, bo: number, out: Quats, o: number): void {
  const ax = a[ao]!;
  const ay = a[ao + 1]!;
  const az = a[ao + 2]!;
  const aw = a[ao + 3]!;
  const bx = -b[bo]!;
  const by = -b[bo + 1]!;
  const bz = -b[bo + 2]!;
  const bw = b[bo + 3]!;
  out[o] = aw * bx + ax * bw + ay * bz - az * by;
  out[o + 1] = aw * by - ax * bz + ay * bw + az * bx;
  out[o + 2] = aw * bz + ax * by - ay * bx + az * bw;
  out[o + 3] = aw * bw - ax * bx - ay * by - az * bz;
}

/** Spherical interpolation from a (t = 0) to b (t = 1), the short way round. `out` may alias a or b. */
export function quatSlerp(a: Quats, ao: number, b: Quats, bo: number, t: number, out: Quats, o: number): void {
  const ax = a[ao]!;
  const ay = a[ao + 1]!;
  const az = a[ao + 2]!;
  const aw = a[ao + 3]!;
  let bx = b[bo]!;
  let by = b[bo + 1]!;
  let bz = b[bo + 2]!;
  let bw = b[bo + 3]!;
  let cos = ax * bx + ay * by + az * bz + aw * bw;
  if (cos < 0) {
    cos = -cos;
    bx = -bx;
    by = -by;
    bz = -bz;
    bw = -bw;
  }
  let ka = 1 - t;
  let kb = t;
  if (cos < 0.9995) {
    const angle = Math.acos(cos);
    const s = 1 / Math.sin(angle);
    ka = Math.sin((1 - t) * angle) * s;
    kb = Math.sin(t * angle) * s;
  }
  const x = ax * ka + bx * kb;
  const y = ay * ka + by * kb;
  const z = az * ka + bz * kb;
  const w = aw * ka + bw * kb;
  const l = 1 / Math.sqrt(x * x + y * y + z * z + w * w);
  out[o] = x * l;
  out[o + 1] = y * l;
  out[o + 2] = z * l;
  out[o + 3] = w * l;
}

/**
 * The smallest rotation taking unit vector a onto unit vector b, scaled back towards the identity by
 * `amount` (0 = none, 1 = all of it), into out[o..o+3].
 */
export function quatBetween(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  amount: number,
  out: Quats,
  o: number,
): void {
  let x = ay * bz - az * by;
  let y = az * bx - ax * bz;
  let z = ax * by - ay * bx;
  let w = 1 + ax * bx + ay * by + az * bz;
  if (w < 1e-8) {
    // Opposite vectors: half a turn about any axis perpendicular to a.
    if (Math.abs(ax) < 0.9) {
      x = 0;
      y = az;
      z = -ay;
    } else {
      x = -az;
      y = 0;
      z = ax;
    }
    w = 0;
  }
  // Normalised, then towards the identity by nlerp (w ≥ 0 here, so this is the short way).
  const l0 = amount / Math.sqrt(x * x + y * y + z * z + w * w);
  x *= l0;
  y *= l0;
  z *= l0;
  w = w * l0 + (1 - amount);
  const l = 1 / Math.sqrt(x * x + y * y + z * z + w * w);
  out[o] = x * l;
  out[o + 1] = y * l;
  out[o + 2] = z * l;
  out[o + 3] = w * l;
}

/** Rotate (vx, vy, vz) by the quaternion at q[o..o+3] into out[oo..oo+2]. */
export function quatRotate(
  q: ArrayLike<number>,
  o: number,
  vx: number,
  vy: number,
  vz: number,
  out: Quats,
  oo: number,
): void {
  const qx = q[o]!;
  const qy = q[o + 1]!;
  const qz = q[o + 2]!;
  const qw = q[o + 3]!;
  // v + 2w(q×v) + 2 q×(q×v)
  const tx = 2 * (qy * vz - qz * vy);
  const ty = 2 * (qz * vx - qx * vz);
  const tz = 2 * (qx * vy - qy * vx);
  out[oo] = vx + qw * tx + (qy * tz - qz * ty);
  out[oo + 1] = vy + qw * ty + (qz * tx - qx * tz);
  out[oo + 2] = vz + qw * tz + (qx * ty - qy * tx);
}
