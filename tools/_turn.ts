import { muscle } from '../src/anatomy/muscles/catalog';
import type { MuscleId } from '../src/anatomy/muscles/types';
import { zoneMembership } from '../src/anatomy/referral/evaluate';
import { patternsOf } from '../src/anatomy/referral/refer';
import { type BodyMesh, loadBodyMesh } from '../scripts/models/readBody';
import { createZonePaint, paintZones } from '../src/geometry/zones/paint';
const body = await loadBodyMesh();
const at = (a: Float32Array, v: number): [number, number, number] => [a[v * 3]!, a[v * 3 + 1]!, a[v * 3 + 2]!];
function contour(f: (v: number) => number) {
  const points = new Map<string, { p: number[]; n: number[] }>();
  const segments: [string, string][] = [];
  const cross = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (!points.has(key)) {
      const s = (0.5 - f(a)) / (f(b) - f(a));
      const mix = (arr: Float32Array) => at(arr, a).map((x, i) => x * (1 - s) + at(arr, b)[i]! * s);
      points.set(key, { p: mix(body.positions), n: mix(body.normals) });
    }
    return key;
  };
  const ix = body.indices;
  for (let t = 0; t < ix.length; t += 3) {
    const keys: string[] = [];
    for (let k = 0; k < 3; k++) {
      const a = ix[t + k]!;
      const b = ix[t + ((k + 1) % 3)]!;
      if ((f(a) - 0.5) * (f(b) - 0.5) < 0) keys.push(cross(a, b));
    }
    if (keys.length === 2) segments.push([keys[0]!, keys[1]!]);
  }
  return { points, segments };
}
const n = body.positions.length / 3;
const paint = createZonePaint(n);
paintZones(paint, body.positions, body.normals, [(process.argv[2] ?? 'gluteus_medius_r') as MuscleId]);
const { points, segments } = contour((v) => paint.essential[v * 4]!);
const by = new Map<string, number[]>();
segments.forEach(([a, b], i) => { for (const k of [a, b]) by.set(k, [...(by.get(k) ?? []), i]); });
const rows: [number, number[]][] = [];
for (const [k, ss] of by) {
  if (ss.length !== 2) continue;
  const p = points.get(k)!.p;
  const [q, r] = ss.map((i) => points.get(segments[i]![0] === k ? segments[i]![1] : segments[i]![0])!.p);
  const d1 = p.map((x, i) => x - q![i]!); const d2 = r!.map((x, i) => x - p[i]!);
  const c = (d1[0]! * d2[0]! + d1[1]! * d2[1]! + d1[2]! * d2[2]!) / (Math.hypot(...d1) * Math.hypot(...d2));
  rows.push([(Math.acos(Math.min(1, Math.max(-1, c))) * 180) / Math.PI, p]);
}
console.log('mean', rows.reduce((s, r) => s + r[0], 0) / rows.length, 'n', rows.length);
const bands = new Map<string, number[]>();
for (const [a, p] of rows) { const k = `y${(Math.round(p[1]! * 20) / 20).toFixed(2)} z${(Math.round(p[2]! * 20) / 20).toFixed(2)}`; bands.set(k, [...(bands.get(k) ?? []), a]); }
for (const [k, v] of [...bands].sort()) console.log(k, 'n', v.length, 'mean turn', (v.reduce((s, x) => s + x, 0) / v.length).toFixed(1));
