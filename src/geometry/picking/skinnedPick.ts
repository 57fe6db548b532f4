/**
 * The skin as the pick sees it (picking/triangleGroups.ts): its groups' posed boxes from their bones, its
 * vertices skinned on demand, with the arithmetic of three.js's linear blend skinning.
 *
 * A posed vertex is q = Σ wᵢ Bᵢ p (Bᵢ its bones' skinning matrices, p its bind position), so with
 * s = Σ wᵢ it lies in s times the convex hull of the Bᵢ p: a group's posed box is bounded by its bind box
 * moved by each of its bones, scaled by its range of weight sums.
 *
 * Plain arrays (no three.js): positions in the mesh's skinned space, bone matrices column-major (16 floats
 * a bone) as three.js stores them.
 */
import { type GroupHit, groupTriangles, nearestGroupedHit, type PosedGroups, type TriangleGroups } from './triangleGroups';

export class SkinnedPick implements PosedGroups {
  readonly groups: TriangleGroups;
  readonly positions: Float32Array;
  /** Per group: bind box min xyz, max xyz. */
  private readonly bindBox: Float32Array;
  /** Per group: smallest and largest weight sum of its vertices. */
  private readonly weightSum: Float32Array;
  /** Per group: the bones that move it, bones[boneStart[g]] … bones[boneStart[g + 1] − 1]. */
  private readonly bones: Uint16Array;
  private readonly boneStart: Uint32Array;
  /** Per vertex: the pose its posed position was skinned for. */
  private readonly posedAt: Int32Array;
  private matrices: Float32Array = new Float32Array(0);
  private stamp = 0;

  /** `joints` and `weights`: 4 per vertex. */
  constructor(
    private readonly rest: Float32Array,
    index: ArrayLike<number>,
    private readonly joints: Uint16Array,
    private readonly weights: Float32Array,
  ) {
    this.groups = groupTriangles(rest, index);
    const { start, index: regrouped } = this.groups;
    const count = start.length - 1;
    this.bindBox = new Float32Array(count * 6);
    this.weightSum = new Float32Array(count * 2);
    this.boneStart = new Uint32Array(count + 1);
    const bones: number[] = [];
    for (let g = 0; g < count; g++) {
      const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
      let sMin = Infinity;
      let sMax = -Infinity;
      const moving = new Set<number>();
      for (let k = start[g]! * 3; k < start[g + 1]! * 3; k++) {
        const v = regrouped[k]!;
        for (let c = 0; c < 3; c++) {
          b[c] = Math.min(b[c]!, rest[v * 3 + c]!);
          b[c + 3] = Math.max(b[c + 3]!, rest[v * 3 + c]!);
        }
        let s = 0;
        for (let j = 0; j < 4; j++) {
          const w = weights[v * 4 + j]!;
          if (w === 0) continue;
          s += w;
          moving.add(joints[v * 4 + j]!);
        }
        sMin = Math.min(sMin, s);
        sMax = Math.max(sMax, s);
      }
      this.bindBox.set(b, g * 6);
      this.weightSum[g * 2] = sMin;
      this.weightSum[g * 2 + 1] = sMax;
      this.boneStart[g] = bones.length;
      bones.push(...moving);
    }
    this.boneStart[count] = bones.length;
    this.bones = Uint16Array.from(bones);
    this.positions = new Float32Array(rest.length);
    this.posedAt = new Int32Array(rest.length / 3).fill(-1);
  }

  /** A new pose: per bone, its skinning matrix (times the bind matrix), kept by reference. */
  setPose(boneMatrices: Float32Array): void {
    this.matrices = boneMatrices;
    this.stamp++;
  }

  /** The nearest front face under the ray o + t·d (skinned space), t in [near, far). */
  nearest(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, near: number, far: number, out: GroupHit): boolean {
    return nearestGroupedHit(this.groups, this, ox, oy, oz, dx, dy, dz, near, far, out);
  }

  box(g: number, out: Float64Array): void {
    const m = this.matrices;
    const b = this.bindBox;
    const o = g * 6;
    const cx = (b[o]! + b[o + 3]!) / 2;
    const cy = (b[o + 1]! + b[o + 4]!) / 2;
    const cz = (b[o + 2]! + b[o + 5]!) / 2;
    const ex = (b[o + 3]! - b[o]!) / 2;
    const ey = (b[o + 4]! - b[o + 1]!) / 2;
    const ez = (b[o + 5]! - b[o + 2]!) / 2;
    let x0 = Infinity;
    let y0 = Infinity;
    let z0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let z1 = -Infinity;
    for (let k = this.boneStart[g]!; k < this.boneStart[g + 1]!; k++) {
      const e = this.bones[k]! * 16;
      // The box moved by an affine map: its centre mapped, its half-sides through |linear part|.
      const mx = m[e]! * cx + m[e + 4]! * cy + m[e + 8]! * cz + m[e + 12]!;
      const my = m[e + 1]! * cx + m[e + 5]! * cy + m[e + 9]! * cz + m[e + 13]!;
      const mz = m[e + 2]! * cx + m[e + 6]! * cy + m[e + 10]! * cz + m[e + 14]!;
      const hx = Math.abs(m[e]!) * ex + Math.abs(m[e + 4]!) * ey + Math.abs(m[e + 8]!) * ez;
      const hy = Math.abs(m[e + 1]!) * ex + Math.abs(m[e + 5]!) * ey + Math.abs(m[e + 9]!) * ez;
      const hz = Math.abs(m[e + 2]!) * ex + Math.abs(m[e + 6]!) * ey + Math.abs(m[e + 10]!) * ez;
      if (mx - hx < x0) x0 = mx - hx;
      if (my - hy < y0) y0 = my - hy;
      if (mz - hz < z0) z0 = mz - hz;
      if (mx + hx > x1) x1 = mx + hx;
      if (my + hy > y1) y1 = my + hy;
      if (mz + hz > z1) z1 = mz + hz;
    }
    // No bone moves it: every vertex sits at the origin.
    if (x0 > x1) x0 = y0 = z0 = x1 = y1 = z1 = 0;
    // Scaled by the weight sums (1 when the weights are normalised).
    const s0 = this.weightSum[g * 2]!;
    const s1 = this.weightSum[g * 2 + 1]!;
    out[0] = Math.min(s0 * x0, s1 * x0);
    out[1] = Math.min(s0 * y0, s1 * y0);
    out[2] = Math.min(s0 * z0, s1 * z0);
    out[3] = Math.max(s0 * x1, s1 * x1);
    out[4] = Math.max(s0 * y1, s1 * y1);
    out[5] = Math.max(s0 * z1, s1 * z1);
  }

  pose(g: number): void {
    const { start, index } = this.groups;
    for (let k = start[g]! * 3; k < start[g + 1]! * 3; k++) this.skin(index[k]!);
  }

  private skin(v: number): void {
    if (this.posedAt[v] === this.stamp) return;
    this.posedAt[v] = this.stamp;
    const m = this.matrices;
    const px = this.rest[v * 3]!;
    const py = this.rest[v * 3 + 1]!;
    const pz = this.rest[v * 3 + 2]!;
    let x = 0;
    let y = 0;
    let z = 0;
    for (let c = 0; c < 4; c++) {
      const w = this.weights[v * 4 + c]!;
      if (w === 0) continue;
      const e = this.joints[v * 4 + c]! * 16;
      x += w * (m[e]! * px + m[e + 4]! * py + m[e + 8]! * pz + m[e + 12]!);
      y += w * (m[e + 1]! * px + m[e + 5]! * py + m[e + 9]! * pz + m[e + 13]!);
      z += w * (m[e + 2]! * px + m[e + 6]! * py + m[e + 10]! * pz + m[e + 14]!);
    }
    this.positions[v * 3] = x;
    this.positions[v * 3 + 1] = y;
    this.positions[v * 3 + 2] = z;
  }
}
