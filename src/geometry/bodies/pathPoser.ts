/**
 * The frames a path-bound body is carried by. Each fibre (one row) is resampled, in every pose, to
 * STATIONS points evenly spaced along the same drawn polyline whose length the CLI prints; each station
 * gets a position, a rotation from the rest pose and a scale:
 *   - the rotation follows the path: the rest tangent is turned onto the current tangent by the smallest
 *     rotation, after a twist that blends from the origin segment's rotation to the insertion segment's
 *     along the path (so a turning thigh twists the belly gradually);
 *   - within RIGID_END of either end it eases into the segment's own rotation, so footprints stay put on
 *     the bone instead of swinging with the path;
 *   - the scale is √(L₀/L), the cross-section change that keeps the volume as the path shortens or
 *     lengthens (a shortening muscle thickens), easing to 1 at the ends likewise; for a body recorded with
 *     addBody, its belly's part is weighed by a factor looked up by the body's mean stretch (or the hip
 *     flexion of its side), calibrated offline so the mesh as drawn keeps its volume (volumeCorrection.ts).
 * `data` holds, per row and station, (x, y, z, scale, qx, qy, qz, qw): the layout of the float texture
 * the vertex shader reads, and what the CPU deformation (deform.ts) reads. Nothing here allocates per pose.
 */
import { COORDINATE_INDEX, type Pose } from '../../anatomy/model/coordinates';
import type { Frames } from '../../anatomy/model/kinematics';
import type { Fibre } from '../../anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../../anatomy/path/musclePath';
import { quatFromRows, quatMultiplyConjugate } from './quat';
import { STATION_FLOATS, STATIONS } from './stations';
import { volumeCorrection } from './volumeCorrection';

export { STATION_FLOATS, STATIONS };
/** Length (m) at each end of a path over which the body eases from following the path to riding its bone. */
export const RIGID_END = 0.018;

/** Evenly spaced points along a polyline, by arc length, into out[o…]; its length into lengths[i]. */
export function resampleStations(
  src: Float64Array,
  n: number,
  cum: Float64Array,
  out: Float64Array,
  o: number,
  lengths: Float64Array,
  i: number,
): void {
  cum[0] = 0;
  for (let i = 1; i < n; i++) {
    const dx = src[i * 3]! - src[i * 3 - 3]!;
    const dy = src[i * 3 + 1]! - src[i * 3 - 2]!;
    const dz = src[i * 3 + 2]! - src[i * 3 - 1]!;
    cum[i] = cum[i - 1]! + Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
  const total = cum[n - 1]!;
  let seg = 0;
  for (let s = 0; s < STATIONS; s++) {
    const target = (total * s) / (STATIONS - 1);
    while (seg < n - 2 && cum[seg + 1]! < target) seg++;
    const span = cum[seg + 1]! - cum[seg]!;
    const t = span > 0 ? Math.min(1, Math.max(0, (target - cum[seg]!) / span)) : 0;
    const j = o + s * 3;
    const a = seg * 3;
    out[j] = src[a]! + (src[a + 3]! - src[a]!) * t;
    out[j + 1] = src[a + 1]! + (src[a + 4]! - src[a + 1]!) * t;
    out[j + 2] = src[a + 2]! + (src[a + 5]! - src[a + 2]!) * t;
  }
  lengths[i] = total;
}

/** Unit tangents of resampled stations (a five-station stencil, so kinks in the polyline are eased). */
export function stationTangents(p: Float64Array, o: number, out: Float64Array, oo: number): void {
  for (let s = 0; s < STATIONS; s++) {
    const a = o + Math.max(0, s - 2) * 3;
    const b = o + Math.min(STATIONS - 1, s + 2) * 3;
    const x = p[b]! - p[a]!;
    const y = p[b + 1]! - p[a + 1]!;
    const z = p[b + 2]! - p[a + 2]!;
    const l = Math.sqrt(x * x + y * y + z * z);
    const j = oo + s * 3;
    if (l > 1e-12) {
      out[j] = x / l;
      out[j + 1] = y / l;
      out[j + 2] = z / l;
    } else {
      out[j] = 0;
      out[j + 1] = 1;
      out[j + 2] = 0;
    }
  }
}

export class PathPoser {
  readonly fibres: readonly Fibre[];
  readonly rows: number;
  /** Per row and station: x, y, z, scale, qx, qy, qz, qw (float texture layout). */
  readonly data: Float32Array;
  /** Rest-pose stations (world, metres), rows × STATIONS × 3. */
  readonly restStations: Float64Array;
  /** Rest and current polyline length per row. */
  readonly restLength: Float64Array;
  readonly length: Float64Array;
  /** Current stations (world), rows × STATIONS × 3. */
  readonly stations: Float64Array;

  private readonly restTangents: Float64Array;
  private readonly originSegment: Int32Array;
  private readonly insertionSegment: Int32Array;
  private readonly restSegmentQuat: Float64Array;
  private readonly polyline: Float64Array;
  private readonly cum: Float64Array;
  private readonly tangents = new Float64Array(STATIONS * 3);
  private readonly q = new Float64Array(16);
  /**
   * The scale of each station (rows × STATIONS) is rigid + k·belly: the part that stays 1 on the bone near
   * the ends, and the eased √(L₀/L) of the belly, weighed by the body's volume factor k (1 for a row of
   * no body recorded with addBody).
   */
  readonly rigid: Float64Array;
  readonly belly: Float64Array;
  /** Whether recorded bodies get their volume factor (off: k = 1 everywhere; for calibration and tests). */
  keepVolumes = true;
  /** Recorded bodies: their rows, their key (a pose coordinate, or −1 for mean stretch) and its table (knots x, then k). */
  private readonly bodies: { rows: Int32Array; knots: Float64Array; coordinate: number }[] = [];

  constructor(fibres: readonly Fibre[], restFrames: Frames, restPose: Pose) {
    this.fibres = fibres;
    this.rows = fibres.length;
    const n = this.rows;
    this.data = new Float32Array(n * STATIONS * STATION_FLOATS);
    this.restStations = new Float64Array(n * STATIONS * 3);
    this.stations = new Float64Array(n * STATIONS * 3);
    this.restTangents = new Float64Array(n * STATIONS * 3);
    this.restLength = new Float64Array(n);
    this.length = new Float64Array(n);
    this.rigid = new Float64Array(n * STATIONS);
    this.belly = new Float64Array(n * STATIONS);
    this.originSegment = Int32Array.from(fibres, (f) => f.points[0]!.segmentIndex);
    this.insertionSegment = Int32Array.from(fibres, (f) => f.points[f.points.length - 1]!.segmentIndex);
    const maxPoints = Math.max(2, ...fibres.map(maxPolylinePoints));
    this.polyline = new Float64Array(maxPoints * 3);
    this.cum = new Float64Array(maxPoints);
    this.restSegmentQuat = new Float64Array(restFrames.length * 4);
    for (let s = 0; s < restFrames.length; s++) quatFromRows(restFrames[s]!, this.restSegmentQuat, s * 4);
    for (let r = 0; r < n; r++) {
      const count = fibrePolyline(fibres[r]!, restFrames, restPose, this.polyline);
      resampleStations(this.polyline, count, this.cum, this.restStations, r * STATIONS * 3, this.restLength, r);
      stationTangents(this.restStations, r * STATIONS * 3, this.restTangents, r * STATIONS * 3);
    }
    this.update(restFrames, restPose);
  }

  /** Pose every row (frames must be computeFrames(pose)). */
  update(frames: Frames, pose: Pose): void {
    for (let r = 0; r < this.rows; r++) this.updateRow(r, frames, pose);
    if (!this.keepVolumes) return;
    const d = this.data;
    for (let n = 0; n < this.bodies.length; n++) {
      const { rows, knots, coordinate } = this.bodies[n]!;
      // The key: the hip flexion of its side (degrees), or the mean stretch L/L₀ of its fibres.
      let key = 0;
      if (coordinate >= 0) key = pose[coordinate]!;
      else {
        for (let i = 0; i < rows.length; i++) key += this.length[rows[i]!]! / this.restLength[rows[i]!]!;
        key /= rows.length;
      }
      // The factor, piecewise linear in the key between knots (x ascending, then k), constant beyond.
      // Written out here: a double returned from a call that is not inlined is boxed (allocates).
      const m = knots.length >> 1;
      let k = knots[m]!;
      if (key >= knots[m - 1]!) k = knots[2 * m - 1]!;
      else if (key > knots[0]!) {
        let i = 1;
        while (knots[i]! < key) i++;
        const t = (key - knots[i - 1]!) / (knots[i]! - knots[i - 1]!);
        k = knots[m + i - 1]! + (knots[m + i]! - knots[m + i - 1]!) * t;
      }
      if (k === 1) continue;
      for (let i = 0; i < rows.length; i++) {
        const base = rows[i]! * STATIONS;
        for (let s = base; s < base + STATIONS; s++) d[s * STATION_FLOATS + 3] = this.rigid[s]! + k * this.belly[s]!;
      }
    }
  }

  /**
   * Record the body of muscle `id` (e.g. pectineus_r), carried by rows `rows`, so posing keeps its volume
   * as drawn: its belly's scale is weighed by the factor volumeCorrection.json gives for the mean stretch
   * L/L₀ of its fibres or the hip flexion of its side (calibrated offline, scripts/volumeCorrection.ts).
   * Takes effect from the next update.
   */
  addBody(id: string, rows: readonly number[]): void {
    const t = volumeCorrection(id.replace(/_[rl]$/, ''));
    if (!t) return;
    const side = id.endsWith('_l') ? 'l' : 'r';
    const coordinate = t.key === 'hip_flexion' ? COORDINATE_INDEX[`hip_flexion_${side}`] : -1;
    this.bodies.push({ rows: Int32Array.from(rows), knots: t.knots, coordinate });
  }

  /*
   * The arithmetic below is written out with local numbers rather than calls to small helpers: in V8 a
   * double passed to or returned from a call that is not inlined is boxed on the heap, and this runs for
   * every fibre at every station every frame (the posing must allocate nothing).
   */
  private updateRow(r: number, frames: Frames, pose: Pose): void {
    const q = this.q;
    const base = r * STATIONS * 3;
    const count = fibrePolyline(this.fibres[r]!, frames, pose, this.polyline);
    resampleStations(this.polyline, count, this.cum, this.stations, base, this.length, r);
    const length = this.length[r]!;
    stationTangents(this.stations, base, this.tangents, 0);
    // q[0..3]: origin segment's rotation since rest; q[4..7]: insertion segment's.
    const so = this.originSegment[r]!;
    const si = this.insertionSegment[r]!;
    quatFromRows(frames[so]!, q, 8);
    quatMultiplyConjugate(q, 8, this.restSegmentQuat, so * 4, q, 0);
    quatFromRows(frames[si]!, q, 8);
    quatMultiplyConjugate(q, 8, this.restSegmentQuat, si * 4, q, 4);
    // The turn from the origin's rotation to the insertion's, D = q_n · q_o⁻¹, as an axis and angle: the
    // twist reference at fraction t is D^t · q_o (a slerp from q_o to q_n). q_o · q_n⁻¹ is D's inverse.
    quatMultiplyConjugate(q, 0, q, 4, q, 12);
    let rx = -q[12]!;
    let ry = -q[13]!;
    let rz = -q[14]!;
    let rw = q[15]!;
    if (rw < 0) {
      rx = -rx;
      ry = -ry;
      rz = -rz;
      rw = -rw;
    }
    const sinHalf = Math.sqrt(rx * rx + ry * ry + rz * rz);
    const turn = 2 * Math.atan2(sinHalf, rw);
    if (sinHalf > 1e-9) {
      rx /= sinHalf;
      ry /= sinHalf;
      rz /= sinHalf;
    }
    const ox = q[0]!;
    const oy = q[1]!;
    const oz = q[2]!;
    const ow = q[3]!;
    const scale = Math.sqrt(this.restLength[r]! / Math.max(length, 1e-6));
    const d = this.data;
    const rt = this.restTangents;
    const ct = this.tangents;
    let px = 0;
    let py = 0;
    let pz = 0;
    let pw = 1;
    for (let s = 0; s < STATIONS; s++) {
      const t = s / (STATIONS - 1);
      // How much this station follows the path rather than its end's bone (smoothstep in from each end).
      let a = (t * length) / RIGID_END;
      let b = ((1 - t) * length) / RIGID_END;
      a = a >= 1 ? 1 : a * a * (3 - 2 * a);
      b = b >= 1 ? 1 : b * b * (3 - 2 * b);
      const follow = a * b;
      // Twist reference: e = D^t = (axis · sin(t·turn/2), cos(t·turn/2)); w = e · q_o.
      const half = (t * turn) / 2;
      const es = Math.sin(half);
      const ex = rx * es;
      const ey = ry * es;
      const ez = rz * es;
      const ew = Math.cos(half);
      const wx = ew * ox + ex * ow + ey * oz - ez * oy;
      const wy = ew * oy - ex * oz + ey * ow + ez * ox;
      const wz = ew * oz + ex * oy - ey * ox + ez * ow;
      const ww = ew * ow - ex * ox - ey * oy - ez * oz;
      // The rest tangent turned by it: v = w · t₀ · w⁻¹.
      const j = base + s * 3;
      const tx0 = rt[j]!;
      const ty0 = rt[j + 1]!;
      const tz0 = rt[j + 2]!;
      const cx = 2 * (wy * tz0 - wz * ty0);
      const cy = 2 * (wz * tx0 - wx * tz0);
      const cz = 2 * (wx * ty0 - wy * tx0);
      const vx = tx0 + ww * cx + (wy * cz - wz * cy);
      const vy = ty0 + ww * cy + (wz * cx - wx * cz);
      const vz = tz0 + ww * cz + (wx * cy - wy * cx);
      // The swing from v onto the current tangent (smallest rotation), eased towards none at the ends.
      const ux = ct[s * 3]!;
      const uy = ct[s * 3 + 1]!;
      const uz = ct[s * 3 + 2]!;
      let sx = vy * uz - vz * uy;
      let sy = vz * ux - vx * uz;
      let sz = vx * uy - vy * ux;
      let sw = 1 + vx * ux + vy * uy + vz * uz;
      if (sw < 1e-8) {
        // Opposite: half a turn about an axis across v.
        if (Math.abs(vx) < 0.9) {
          sx = 0;
          sy = vz;
          sz = -vy;
        } else {
          sx = -vz;
          sy = 0;
          sz = vx;
        }
        sw = 0;
      }
      const sl = follow / Math.sqrt(sx * sx + sy * sy + sz * sz + sw * sw);
      sx *= sl;
      sy *= sl;
      sz *= sl;
      sw = sw * sl + (1 - follow);
      const sn = 1 / Math.sqrt(sx * sx + sy * sy + sz * sz + sw * sw);
      sx *= sn;
      sy *= sn;
      sz *= sn;
      sw *= sn;
      // The station's rotation: swing · twist.
      let fx = sw * wx + sx * ww + sy * wz - sz * wy;
      let fy = sw * wy - sx * wz + sy * ww + sz * wx;
      let fz = sw * wz + sx * wy - sy * wx + sz * ww;
      let fw = sw * ww - sx * wx - sy * wy - sz * wz;
      // Keep neighbouring stations in one hemisphere so the shader's interpolation takes the short way.
      if (s > 0 && fx * px + fy * py + fz * pz + fw * pw < 0) {
        fx = -fx;
        fy = -fy;
        fz = -fz;
        fw = -fw;
      }
      px = fx;
      py = fy;
      pz = fz;
      pw = fw;
      const o = (r * STATIONS + s) * STATION_FLOATS;
      d[o] = this.stations[j]!;
      d[o + 1] = this.stations[j + 1]!;
      d[o + 2] = this.stations[j + 2]!;
      // 1 + (scale − 1)·follow, also kept in its two parts (update weighs the belly of a recorded body).
      this.rigid[r * STATIONS + s] = 1 - follow;
      this.belly[r * STATIONS + s] = scale * follow;
      d[o + 3] = 1 - follow + scale * follow;
      d[o + 4] = fx;
      d[o + 5] = fy;
      d[o + 6] = fz;
      d[o + 7] = fw;
    }
  }
}
