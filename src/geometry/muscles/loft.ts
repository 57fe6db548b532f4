/**
 * A muscle's surface for the current pose, lofted across its fibre paths: one tube for a single-fibre
 * muscle, a flattened sheet hugging all fibres for a broad one, thick where the belly is and tapering to
 * tendon. Buffers are made once per muscle; `update` rewrites positions and normals in place and
 * allocates nothing, so the viewer can call it every frame.
 */
import type { Pose } from '../../anatomy/model/coordinates';
import type { Frames } from '../../anatomy/model/kinematics';
import type { Muscle } from '../../anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../../anatomy/path/musclePath';
import { vertexNormalsInto } from '../normals';
import { bellyArea, bellyProfile, type MuscleShape, shapeOf } from './shape';

export interface LoftOptions {
  /** Rings along the muscle. */
  samples: number;
  /** Vertices around each ring. */
  ring: number;
}

export const DEFAULT_LOFT: LoftOptions = { samples: 28, ring: 14 };

export class MuscleLoft {
  readonly muscle: Muscle;
  readonly shape: MuscleShape;
  readonly samples: number;
  readonly ring: number;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly uvs: Float32Array;
  /** 0 = tendon, 1 = full belly, per vertex (static: the belly does not move along the path). */
  readonly belly: Float32Array;
  readonly indices: Uint32Array;
  /** Resampled fibre centrelines, [fibre][sample][xyz], world metres. */
  readonly centres: Float64Array;

  private readonly polyline: Float64Array;
  private readonly cumulative: Float64Array;
  private readonly area: number;
  private readonly profile: Float64Array;

  constructor(muscle: Muscle, options: LoftOptions = DEFAULT_LOFT) {
    this.muscle = muscle;
    this.shape = shapeOf(muscle.name);
    this.samples = options.samples;
    this.ring = options.ring;
    const N = this.samples;
    const M = this.ring;
    const verts = N * M;
    this.positions = new Float32Array(verts * 3);
    this.normals = new Float32Array(verts * 3);
    this.uvs = new Float32Array(verts * 2);
    this.belly = new Float32Array(verts);
    this.profile = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const s = i / (N - 1);
      this.profile[i] = bellyProfile(s, this.shape);
      for (let j = 0; j < M; j++) {
        const v = i * M + j;
        this.uvs[v * 2] = s;
        this.uvs[v * 2 + 1] = j / M;
        this.belly[v] = this.profile[i]!;
      }
    }
    const idx: number[] = [];
    for (let i = 0; i < N - 1; i++) {
      for (let j = 0; j < M; j++) {
        const a = i * M + j;
        const b = i * M + ((j + 1) % M);
        const c = a + M;
        const d = b + M;
        idx.push(a, c, b, b, c, d);
      }
    }
    this.indices = Uint32Array.from(idx);
    const maxPts = Math.max(...muscle.fibres.map(maxPolylinePoints));
    this.polyline = new Float64Array(maxPts * 3);
    this.cumulative = new Float64Array(maxPts);
    this.centres = new Float64Array(muscle.fibres.length * N * 3);
    this.area = bellyArea(muscle);
  }

  /** Recompute the surface for `pose` (frames must be computeFrames(pose)). */
  update(frames: Frames, pose: Pose): void {
    const K = this.muscle.fibres.length;
    for (let k = 0; k < K; k++) this.resampleFibre(k, frames, pose);
    if (K === 1) this.tube();
    else this.sheet();
    this.computeNormals();
  }

  /** Point `along` (0..1) fibre `k` in the current pose, into `out`. */
  pointAlong(k: number, along: number, out: Float64Array | number[]): void {
    const N = this.samples;
    const x = Math.min(N - 1, Math.max(0, along * (N - 1)));
    const i = Math.min(N - 2, Math.floor(x));
    const t = x - i;
    const base = k * N * 3;
    for (let c = 0; c < 3; c++) {
      out[c] = this.centres[base + i * 3 + c]! * (1 - t) + this.centres[base + (i + 1) * 3 + c]! * t;
    }
  }

  private resampleFibre(k: number, frames: Frames, pose: Pose) {
    const n = fibrePolyline(this.muscle.fibres[k]!, frames, pose, this.polyline);
    const p = this.polyline;
    const cum = this.cumulative;
    cum[0] = 0;
    for (let i = 1; i < n; i++) {
      cum[i] = cum[i - 1]! + Math.hypot(p[i * 3]! - p[i * 3 - 3]!, p[i * 3 + 1]! - p[i * 3 - 2]!, p[i * 3 + 2]! - p[i * 3 - 1]!);
    }
    const total = cum[n - 1]! || 1;
    const N = this.samples;
    let seg = 0;
    for (let i = 0; i < N; i++) {
      const target = (total * i) / (N - 1);
      while (seg < n - 2 && cum[seg + 1]! < target) seg++;
      const span = cum[seg + 1]! - cum[seg]!;
      const t = span > 0 ? Math.min(1, Math.max(0, (target - cum[seg]!) / span)) : 0;
      const o = (k * N + i) * 3;
      for (let c = 0; c < 3; c++) this.centres[o + c] = p[seg * 3 + c]! * (1 - t) + p[(seg + 1) * 3 + c]! * t;
    }
  }

  /** Single-fibre muscle: a round tube on a rotation-minimising frame. */
  private tube() {
    const N = this.samples;
    const M = this.ring;
    const c = this.centres;
    const radiusBelly = Math.sqrt(this.area / Math.PI);
    let nx = 0;
    let ny = 0;
    let nz = 0;
    for (let i = 0; i < N; i++) {
      tangent(c, 0, i, N);
      const tx = v3[0]!;
      const ty = v3[1]!;
      const tz = v3[2]!;
      if (i === 0) {
        // Start the frame from whichever axis is least parallel to the tangent: n = t × (x or z).
        if (Math.abs(tx) < 0.6) normalise(0, tz, -ty);
        else normalise(ty, -tx, 0);
      } else {
        // Project the previous normal onto the new cross-section plane (rotation-minimising enough at 28 rings).
        const d = nx * tx + ny * ty + nz * tz;
        normalise(nx - d * tx, ny - d * ty, nz - d * tz);
      }
      nx = v3[0]!;
      ny = v3[1]!;
      nz = v3[2]!;
      const bx = ty * nz - tz * ny;
      const by = tz * nx - tx * nz;
      const bz = tx * ny - ty * nx;
      const r = this.radiusAt(i, radiusBelly);
      for (let j = 0; j < M; j++) {
        const a = (2 * Math.PI * j) / M;
        const ca = Math.cos(a) * r;
        const sa = Math.sin(a) * r;
        const v = (i * M + j) * 3;
        this.positions[v] = c[i * 3]! + nx * ca + bx * sa;
        this.positions[v + 1] = c[i * 3 + 1]! + ny * ca + by * sa;
        this.positions[v + 2] = c[i * 3 + 2]! + nz * ca + bz * sa;
      }
    }
  }

  /**
   * Broad muscle: a lens-shaped section that runs across the fibres (front half out along the sheet's
   * normal, back half in), as thick as the cross-section shared over the sheet's width allows.
   */
  private sheet() {
    const N = this.samples;
    const M = this.ring;
    const K = this.muscle.fibres.length;
    const c = this.centres;
    let pnx = 0;
    let pny = 0;
    let pnz = 1;
    for (let i = 0; i < N; i++) {
      // Width direction: first fibre to last; tangent: mean of the fibres' tangents.
      const f0 = i * 3;
      const fl = ((K - 1) * N + i) * 3;
      let wx = c[fl]! - c[f0]!;
      let wy = c[fl + 1]! - c[f0 + 1]!;
      let wz = c[fl + 2]! - c[f0 + 2]!;
      const width = Math.hypot(wx, wy, wz);
      let tx = 0;
      let ty = 0;
      let tz = 0;
      for (let k = 0; k < K; k++) {
        tangent(c, k, i, N);
        tx += v3[0]!;
        ty += v3[1]!;
        tz += v3[2]!;
      }
      normalise(tx, ty, tz);
      tx = v3[0]!;
      ty = v3[1]!;
      tz = v3[2]!;
      // Sheet normal = tangent × width, kept pointing the same way as on the previous ring.
      const cx = ty * wz - tz * wy;
      const cy = tz * wx - tx * wz;
      const cz = tx * wy - ty * wx;
      let nx = pnx;
      let ny = pny;
      let nz = pnz;
      if (width >= 1e-4 && Math.hypot(cx, cy, cz) > 1e-9) {
        normalise(cx, cy, cz);
        const flip = i > 0 && v3[0]! * pnx + v3[1]! * pny + v3[2]! * pnz < 0 ? -1 : 1;
        nx = v3[0]! * flip;
        ny = v3[1]! * flip;
        nz = v3[2]! * flip;
      }
      pnx = nx;
      pny = ny;
      pnz = nz;
      if (width > 1e-6) {
        wx /= width;
        wy /= width;
        wz /= width;
      }
      const area = this.area * Math.max(this.profile[i]!, 0) + Math.PI * this.shape.tendon ** 2;
      const thickness = Math.min(0.05, Math.max(2 * this.shape.tendon, (4 * area) / (Math.PI * Math.max(width, 0.01))));
      const margin = thickness / 2;
      for (let j = 0; j < M; j++) {
        const a = (2 * Math.PI * j) / M;
        // u runs 0 → 1 → 0 across the chain of fibres; the section bulges out along ±normal.
        const u = (1 - Math.cos(a)) / 2;
        const x = u * (K - 1);
        const k = Math.min(K - 2, Math.floor(x));
        const t = x - k;
        const pa = (k * N + i) * 3;
        const pb = ((k + 1) * N + i) * 3;
        const edge = (2 * u - 1) * margin; // round the sheet's edges beyond the outer fibres
        const bulge = Math.sin(a) * margin;
        const v = (i * M + j) * 3;
        this.positions[v] = c[pa]! * (1 - t) + c[pb]! * t + wx * edge + nx * bulge;
        this.positions[v + 1] = c[pa + 1]! * (1 - t) + c[pb + 1]! * t + wy * edge + ny * bulge;
        this.positions[v + 2] = c[pa + 2]! * (1 - t) + c[pb + 2]! * t + wz * edge + nz * bulge;
      }
    }
  }

  private radiusAt(i: number, belly: number): number {
    const p = this.profile[i]!;
    const r = this.shape.tendon + (belly - this.shape.tendon) * p;
    // Round the ends off over the last two rings so a tube meets its attachment closed.
    const fromEnd = Math.min(i, this.samples - 1 - i);
    const end = fromEnd === 0 ? 0.2 : fromEnd === 1 ? 0.8 : 1;
    return Math.min(0.04, r) * end;
  }

  private computeNormals() {
    vertexNormalsInto(this.positions, this.indices, this.normals);
  }
}

/** Scratch result of tangent() and normalise(). */
const v3 = new Float64Array(3);

/** Unit tangent of fibre k at sample i (central difference), into v3. */
function tangent(c: Float64Array, k: number, i: number, N: number): void {
  const a = (k * N + Math.max(0, i - 1)) * 3;
  const b = (k * N + Math.min(N - 1, i + 1)) * 3;
  normalise(c[b]! - c[a]!, c[b + 1]! - c[a + 1]!, c[b + 2]! - c[a + 2]!);
}

/** Unit vector into v3 (straight up for a zero vector). */
function normalise(x: number, y: number, z: number): void {
  const l = Math.hypot(x, y, z);
  if (l === 0) {
    v3[0] = 0;
    v3[1] = 1;
    v3[2] = 0;
    return;
  }
  v3[0] = x / l;
  v3[1] = y / l;
  v3[2] = z / l;
}
