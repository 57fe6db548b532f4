/**
 * Shortest path of a muscle over a cylinder, in the cylinder's own frame (axis = z).
 * The path wraps only when the straight line between its two end points would cut through the
 * cylinder; it then goes round the side named by the quadrant (OpenSim's rule), or the shorter way.
 * In cross-section the path is tangent line → arc → tangent line; along the axis it climbs evenly with
 * unrolled length, which is exact for the geodesic on the developed surface. An end point that has sunk
 * inside the cylinder is treated as lying on its surface, so the length never jumps (OpenSim instead
 * stops wrapping, which makes the length jump).
 */
import type { Quadrant } from '../muscles/types';

export interface Wrap {
  /** Angles (radians) of the two tangent points, and the signed arc swept from the first to the second. */
  theta1: number;
  sweep: number;
  /** Axial coordinates of the tangent points. */
  z1: number;
  z2: number;
  /** Total length of the wrapped path from P to S. */
  length: number;
}

const TWO_PI = Math.PI * 2;

const QUADRANT_DIR: Record<Exclude<Quadrant, 'all'>, [number, number]> = {
  '+x': [1, 0],
  '-x': [-1, 0],
  '+y': [0, 1],
  '-y': [0, -1],
};

/**
 * Writes the wrap of the path from P to S (xyz in `p` and `s`, cylinder frame) into `out` and returns
 * true when the path wraps; false leaves `out` untouched. The points come in Float64Arrays, not as
 * numbers: in V8 each double passed to a call that is not inlined is boxed on the heap, and wrapping runs
 * for many muscles every frame.
 */
export function wrapCylinder(
  p: Float64Array,
  s: Float64Array,
  cylinder: { readonly radius: number; readonly quadrant: Quadrant },
  out: Wrap,
): boolean {
  const r = cylinder.radius;
  const quadrant = cylinder.quadrant;
  let px = p[0]!;
  let py = p[1]!;
  const pz = p[2]!;
  let sx = s[0]!;
  let sy = s[1]!;
  const sz = s[2]!;
  // Not Math.hypot: it allocates.
  let dp = Math.sqrt(px * px + py * py);
  let ds = Math.sqrt(sx * sx + sy * sy);
  if (dp < r) {
    const k = r / Math.max(dp, 1e-12);
    px *= k;
    py *= k;
    dp = r;
  }
  if (ds < r) {
    const k = r / Math.max(ds, 1e-12);
    sx *= k;
    sy *= k;
    ds = r;
  }
  // Does the straight segment (in cross-section) pass within r of the axis?
  const ex = sx - px;
  const ey = sy - py;
  const ee = ex * ex + ey * ey;
  const t = ee > 0 ? Math.min(1, Math.max(0, -(px * ex + py * ey) / ee)) : 0;
  const cx = px + ex * t;
  const cy = py + ey * t;
  if (cx * cx + cy * cy >= r * r * (1 - 1e-12)) return false;

  const phiP = Math.atan2(py, px);
  const phiS = Math.atan2(sy, sx);
  const aP = Math.acos(r / dp);
  const aS = Math.acos(r / ds);
  const lineP = Math.sqrt(dp * dp - r * r);
  const lineS = Math.sqrt(ds * ds - r * r);

  // Counter-clockwise: leave P at phiP + aP, arrive at S from phiS − aS. Clockwise: the mirror image.
  // Angles modulo a full turn, written out (a helper returning a number would box it).
  const ccwStart = phiP + aP;
  let ccwSweep = (phiS - aS - ccwStart) % TWO_PI;
  if (ccwSweep < 0) ccwSweep += TWO_PI;
  const cwStart = phiP - aP;
  let cwMod = (cwStart - (phiS + aS)) % TWO_PI;
  if (cwMod < 0) cwMod += TWO_PI;
  const cwSweep = -cwMod;

  let useCcw: boolean;
  if (quadrant === 'all') {
    useCcw = ccwSweep <= -cwSweep;
  } else {
    const [qx, qy] = QUADRANT_DIR[quadrant];
    const midC = ccwStart + ccwSweep / 2;
    const midW = cwStart + cwSweep / 2;
    const sideC = Math.cos(midC) * qx + Math.sin(midC) * qy;
    const sideW = Math.cos(midW) * qx + Math.sin(midW) * qy;
    useCcw = sideC === sideW ? ccwSweep <= -cwSweep : sideC > sideW;
  }
  const theta1 = useCcw ? ccwStart : cwStart;
  const sweep = useCcw ? ccwSweep : cwSweep;
  const arc = Math.abs(sweep) * r;
  const planar = lineP + arc + lineS;
  const dz = sz - pz;
  out.theta1 = theta1;
  out.sweep = sweep;
  out.z1 = pz + (dz * lineP) / planar;
  out.z2 = pz + (dz * (lineP + arc)) / planar;
  out.length = Math.sqrt(planar * planar + dz * dz);
  return true;
}

