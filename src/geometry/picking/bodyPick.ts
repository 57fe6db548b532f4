/**
 * A muscle body as the pick sees it (picking/triangleGroups.ts): its groups' posed boxes from the path
 * stations they are bound to, its vertices deformed on demand with the vertex shader's arithmetic
 * (deform.ts).
 *
 * A vertex bound at station coordinate x lies, per fibre, at a point between stations ⌊x⌋ and ⌊x⌋ + 1 plus
 * its rest offset rotated and scaled by no more than the larger of their scales; blended over two fibres it
 * lies between the two. So a group's posed box is the box of the stations its vertices use, grown by its
 * largest offset times their largest scale.
 */
import type { Binding } from '../bodies/binding';
import { deformVertex } from '../bodies/deform';
import { emptyStationBox, growByStations } from '../bodies/stationBox';
import { STATIONS } from '../bodies/stations';
import { type GroupHit, groupTriangles, nearestGroupedHit, type PosedGroups, type TriangleGroups } from './triangleGroups';

export class BodyPick implements PosedGroups {
  readonly groups: TriangleGroups;
  readonly positions: Float32Array;
  /** Per group: the station spans it is bound to, (row, first, last) at spans[spanStart[g]] … */
  private readonly spans: Uint32Array;
  private readonly spanStart: Uint32Array;
  /** Per group: its largest rest offset from a fibre, m. */
  private readonly reach: Float32Array;
  private readonly posedAt: Int32Array;
  private data: Float32Array = new Float32Array(0);
  private readonly stationBox = new Float64Array(7);
  private stamp = 0;

  /** `rest`: the body's rest positions; `index`: its triangles. */
  constructor(
    private readonly binding: Binding,
    rest: ArrayLike<number>,
    index: ArrayLike<number>,
  ) {
    this.groups = groupTriangles(rest, index);
    const { start, index: regrouped } = this.groups;
    const count = start.length - 1;
    const { bind, weight, offsetA, offsetB } = binding;
    this.reach = new Float32Array(count);
    this.spanStart = new Uint32Array(count + 1);
    const spans: number[] = [];
    for (let g = 0; g < count; g++) {
      const rows = new Map<number, [number, number]>();
      let reach = 0;
      const use = (row: number, x: number, offsets: Float32Array, v: number) => {
        const i = x <= 0 ? 0 : x >= STATIONS - 1 ? STATIONS - 2 : Math.floor(x);
        const span = rows.get(row);
        if (span) {
          span[0] = Math.min(span[0], i);
          span[1] = Math.max(span[1], i + 1);
        } else rows.set(row, [i, i + 1]);
        reach = Math.max(reach, Math.hypot(offsets[v * 3]!, offsets[v * 3 + 1]!, offsets[v * 3 + 2]!));
      };
      for (let k = start[g]! * 3; k < start[g + 1]! * 3; k++) {
        const v = regrouped[k]!;
        use(bind[v * 4]!, bind[v * 4 + 1]!, offsetA, v);
        if (weight[v]! < 1) use(bind[v * 4 + 2]!, bind[v * 4 + 3]!, offsetB, v);
      }
      this.reach[g] = reach;
      this.spanStart[g] = spans.length / 3;
      for (const [row, [first, last]] of rows) spans.push(row, first, last);
    }
    this.spanStart[count] = spans.length / 3;
    this.spans = Uint32Array.from(spans);
    this.positions = new Float32Array(binding.count * 3);
    this.posedAt = new Int32Array(binding.count).fill(-1);
  }

  /** A new pose: the path stations (PathPoser's data), kept by reference. */
  setPose(data: Float32Array): void {
    this.data = data;
    this.stamp++;
  }

  /** The nearest front face under the ray o + t·d, t in [near, far). */
  nearest(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, near: number, far: number, out: GroupHit): boolean {
    return nearestGroupedHit(this.groups, this, ox, oy, oz, dx, dy, dz, near, far, out);
  }

  box(g: number, out: Float64Array): void {
    const box = this.stationBox;
    emptyStationBox(box);
    for (let k = this.spanStart[g]!; k < this.spanStart[g + 1]!; k++) {
      growByStations(this.data, this.spans[k * 3]!, this.spans[k * 3 + 1]!, this.spans[k * 3 + 2]!, box);
    }
    const r = this.reach[g]! * box[6]!;
    out[0] = box[0]! - r;
    out[1] = box[1]! - r;
    out[2] = box[2]! - r;
    out[3] = box[3]! + r;
    out[4] = box[4]! + r;
    out[5] = box[5]! + r;
  }

  pose(g: number): void {
    const { start, index } = this.groups;
    for (let k = start[g]! * 3; k < start[g + 1]! * 3; k++) {
      const v = index[k]!;
      if (this.posedAt[v] === this.stamp) continue;
      this.posedAt[v] = this.stamp;
      deformVertex(this.data, this.binding, v, this.positions, v * 3);
    }
  }
}
