/**
 * Referral zones painted onto the skin: for up to four muscles (channels), how much each skin vertex lies
 * in their essential and spillover zones — two vec4 vertex attributes, computed once when the muscles on
 * show change (not per frame), from the neutral-pose (bind) positions and normals.
 *
 * Smooth edges: the skin's edges (about 1.2 cm) are longer than a zone's soft edge (1 cm), so the raw
 * membership is nearly 0 or 1 at every vertex and an edge drawn from it follows the triangles in steps.
 * Each vertex therefore gets the tent-weighted mean of the raw membership of the vertices within
 * SMOOTH_RADIUS: across a zone's edge the value then falls evenly over two triangles, and crosses 0.5
 * where the zone's own edge lies — the level the skin shader draws the edge at (and `refer`'s threshold).
 */
import type { Vec3 } from '../../anatomy/math/vec3';
import { muscle } from '../../anatomy/muscles/catalog';
import type { MuscleId } from '../../anatomy/muscles/types';
import { zoneMembership } from '../../anatomy/referral/evaluate';
import { patternsOf } from '../../anatomy/referral/refer';
import { ZONE_CHANNELS, type ZonePaint } from './zonePaint';

export { createZonePaint, ZONE_CHANNELS, type ZonePaint } from './zonePaint';

/** Metres: a little more than the skin's mean edge (1.15 cm), so each vertex averages over its ring of neighbours. */
export const SMOOTH_RADIUS = 0.018;

interface Neighbours {
  /** For vertex v, its neighbours are list[start[v]] … list[start[v + 1] − 1], with weights alike. */
  start: Uint32Array;
  list: Uint32Array;
  weight: Float32Array;
}

const neighbourCache = new WeakMap<Float32Array, Neighbours>();

/** The vertices within SMOOTH_RADIUS of each vertex (itself included), weighted 1 − d/r; made once per mesh. */
export function neighboursOf(positions: Float32Array): Neighbours {
  const hit = neighbourCache.get(positions);
  if (hit) return hit;
  const r = SMOOTH_RADIUS;
  const n = positions.length / 3;
  const cells = new Map<number, number[]>();
  // Cells are unique within ±512 cells (±8 m) of the origin on each axis.
  const key = (x: number, y: number, z: number) => ((x & 1023) << 20) | ((y & 1023) << 10) | (z & 1023);
  const cell = (v: number, c: number) => Math.floor(positions[v * 3 + c]! / r);
  for (let v = 0; v < n; v++) {
    const k = key(cell(v, 0), cell(v, 1), cell(v, 2));
    const list = cells.get(k);
    if (list) list.push(v);
    else cells.set(k, [v]);
  }
  const start = new Uint32Array(n + 1);
  const list: number[] = [];
  const weight: number[] = [];
  for (let v = 0; v < n; v++) {
    start[v] = list.length;
    const cx = cell(v, 0);
    const cy = cell(v, 1);
    const cz = cell(v, 2);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let dz = -1; dz <= 1; dz++) {
          for (const u of cells.get(key(cx + dx, cy + dy, cz + dz)) ?? []) {
            const d = Math.hypot(
              positions[u * 3]! - positions[v * 3]!,
              positions[u * 3 + 1]! - positions[v * 3 + 1]!,
              positions[u * 3 + 2]! - positions[v * 3 + 2]!,
            );
            if (d >= r) continue;
            list.push(u);
            weight.push(1 - d / r);
          }
        }
      }
    }
  }
  start[n] = list.length;
  const out = { start, list: Uint32Array.from(list), weight: Float32Array.from(weight) };
  neighbourCache.set(positions, out);
  return out;
}

/** out[v·4 + channel] = the weighted mean of raw over v's neighbours. */
function smooth(raw: Float32Array, out: Float32Array, channel: number, nb: Neighbours) {
  const n = nb.start.length - 1;
  for (let v = 0; v < n; v++) {
    let sum = 0;
    let total = 0;
    for (let i = nb.start[v]!; i < nb.start[v + 1]!; i++) {
      sum += raw[nb.list[i]!]! * nb.weight[i]!;
      total += nb.weight[i]!;
    }
    out[v * 4 + channel] = total > 0 ? sum / total : raw[v]!;
  }
}

/** Fill `paint` for the muscles (one per channel; extra ones are ignored). Returns whether anything is lit. */
export function paintZones(
  paint: ZonePaint,
  positions: Float32Array,
  normals: Float32Array,
  muscles: readonly MuscleId[],
  /** Only these patterns (ids), e.g. one trigger point's; all of the muscle's when empty. */
  onlyPatterns: readonly string[] = [],
): boolean {
  paint.essential.fill(0);
  paint.spillover.fill(0);
  const n = positions.length / 3;
  let lit = false;
  const p: Vec3 = [0, 0, 0];
  const nn: Vec3 = [0, 0, 0];
  const rawE = new Float32Array(n);
  const rawS = new Float32Array(n);
  muscles.slice(0, ZONE_CHANNELS).forEach((id, channel) => {
    const m = muscle(id);
    const zones = patternsOf(m.name)
      .filter((pt) => !onlyPatterns.length || onlyPatterns.includes(pt.id))
      .flatMap((pt) => pt.zones);
    if (!zones.length) return;
    lit = true;
    for (let v = 0; v < n; v++) {
      p[0] = positions[v * 3]!;
      p[1] = positions[v * 3 + 1]!;
      p[2] = positions[v * 3 + 2]!;
      nn[0] = normals[v * 3]!;
      nn[1] = normals[v * 3 + 1]!;
      nn[2] = normals[v * 3 + 2]!;
      let e = 0;
      let s = 0;
      for (const z of zones) {
        const w = zoneMembership(z, m.side, p, nn);
        if (w <= 0) continue;
        if (z.type === 'essential') e = Math.max(e, w);
        else s = Math.max(s, w);
      }
      rawE[v] = e;
      rawS[v] = s;
    }
    const nb = neighboursOf(positions);
    smooth(rawE, paint.essential, channel, nb);
    smooth(rawS, paint.spillover, channel, nb);
  });
  return lit;
}
