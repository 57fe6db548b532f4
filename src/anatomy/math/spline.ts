/**
 * OpenSim's SimmSpline: a natural cubic through the knots with the end conditions of
 * Forsythe, Malcolm & Moler (1977), extrapolated linearly outside the knots.
 */
export interface CubicSpline {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

export function fitSimmSpline(x: readonly number[], y: readonly number[]): CubicSpline {
  const n = x.length;
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  if (n < 2) return { x, y, b, c, d };
  if (n < 3) {
    const t = (y[1]! - y[0]!) / (x[1]! - x[0]!);
    b[0] = b[1] = t;
    return { x, y, b, c, d };
  }
  const nm1 = n - 1;
  d[0] = x[1]! - x[0]!;
  c[1] = (y[1]! - y[0]!) / d[0]!;
  for (let i = 1; i < nm1; i++) {
    d[i] = x[i + 1]! - x[i]!;
    b[i] = 2 * (d[i - 1]! + d[i]!);
    c[i + 1] = (y[i + 1]! - y[i]!) / d[i]!;
    c[i] = c[i + 1]! - c[i]!;
  }
  b[0] = -d[0]!;
  b[nm1] = -d[n - 2]!;
  c[0] = 0;
  c[nm1] = 0;
  if (n > 3) {
    const d1 = x[3]! - x[0]!;
    const d2 = x[nm1]! - x[n - 4]!;
    c[0] = c[2]! / (x[3]! - x[1]!) - c[1]! / (x[2]! - x[0]!);
    c[nm1] = c[n - 2]! / (x[nm1]! - x[n - 3]!) - c[n - 3]! / (x[n - 2]! - x[n - 4]!);
    c[0] = (c[0]! * d[0]! * d[0]!) / d1;
    c[nm1] = (-c[nm1]! * d[n - 2]! * d[n - 2]!) / d2;
  }
  for (let i = 1; i < n; i++) {
    const t = d[i - 1]! / b[i - 1]!;
    b[i] = b[i]! - t * d[i - 1]!;
    c[i] = c[i]! - t * c[i - 1]!;
  }
  c[nm1] = c[nm1]! / b[nm1]!;
  for (let j = 0; j < nm1; j++) {
    const i = n - j - 2;
    c[i] = (c[i]! - d[i]! * c[i + 1]!) / b[i]!;
  }
  b[nm1] = (y[nm1]! - y[n - 2]!) / d[n - 2]! + d[n - 2]! * (c[n - 2]! + 2 * c[nm1]!);
  for (let i = 0; i < nm1; i++) {
    b[i] = (y[i + 1]! - y[i]!) / d[i]! - d[i]! * (c[i + 1]! + 2 * c[i]!);
    d[i] = (c[i + 1]! - c[i]!) / d[i]!;
    c[i] = 3 * c[i]!;
  }
  c[nm1] = 3 * c[nm1]!;
  d[nm1] = d[n - 2]!;
  return { x, y, b, c, d };
}

const at = new Float64Array(1);

export function evalSpline(s: CubicSpline, t: number): number {
  at[0] = t;
  evalSplineOf(s, at, 0, at, 0);
  return at[0]!;
}

/**
 * The spline at ts[i], into out[o]: for per-frame code, where a number passed to or returned from a
 * call that is not inlined would be boxed on the heap.
 */
export function evalSplineOf(s: CubicSpline, ts: ArrayLike<number>, i: number, out: Float64Array, o: number): void {
  const t = ts[i]!;
  const { x, y, b, c, d } = s;
  const n = x.length;
  if (n === 1) {
    out[o] = y[0]!;
    return;
  }
  if (t < x[0]!) {
    out[o] = y[0]! + b[0]! * (t - x[0]!);
    return;
  }
  if (t > x[n - 1]!) {
    out[o] = y[n - 1]! + b[n - 1]! * (t - x[n - 1]!);
    return;
  }
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t < x[mid]!) hi = mid;
    else lo = mid;
  }
  const dx = t - x[lo]!;
  out[o] = y[lo]! + dx * (b[lo]! + dx * (c[lo]! + dx * d[lo]!));
}
