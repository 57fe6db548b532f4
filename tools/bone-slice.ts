/**
 * Dev: a cross-section of a bone's field as a PNG, with the muscle attachments and landmarks of that
 * segment that lie near the plane drawn as dots (red = origin/insertion, blue = via, green = landmark).
 *   npx tsx tools/bone-slice.ts <bone> <axis x|y|z> <value> <out.png> [half-size m] [cu cv]
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { LANDMARKS } from '../src/anatomy/model/landmarks';
import { MUSCLES } from '../src/anatomy/muscles/catalog';
import { BONE_SPECS, boneField } from '../src/geometry/bones';

const [name, axis, value, out, half = '0.1', cu, cv] = process.argv.slice(2);
const spec = BONE_SPECS.find((b) => b.name === name)!;
const a = 'xyz'.indexOf(axis!);
const [iu, iv] = a === 0 ? [2, 1] : a === 1 ? [0, 2] : [0, 1];
const c = [(spec.shape.lo[0] + spec.shape.hi[0]) / 2, (spec.shape.lo[1] + spec.shape.hi[1]) / 2, (spec.shape.lo[2] + spec.shape.hi[2]) / 2];
const centreU = cu ? Number(cu) : c[iu!]!;
const centreV = cv ? Number(cv) : c[iv!]!;
const N = 500;
const h = Number(half);
const img = new Uint8Array(N * N * 3);
const p = [0, 0, 0];
p[a] = Number(value);
for (let j = 0; j < N; j++) {
  for (let i = 0; i < N; i++) {
    p[iu!] = centreU + ((i + 0.5) / N - 0.5) * 2 * h;
    p[iv!] = centreV - ((j + 0.5) / N - 0.5) * 2 * h;
    const f = boneField(name!, p[0]!, p[1]!, p[2]!);
    const o = (j * N + i) * 3;
    const band = Math.abs(f) < 0.0004 ? 0 : f > 0 ? 220 : 40 + Math.min(60, Math.floor((-f / 0.01) * 60)) * ((Math.floor(-f / 0.005) % 2) ? 1 : 0.6);
    img[o] = img[o + 1] = img[o + 2] = band;
  }
}
const dot = (q: readonly number[], rgb: [number, number, number]) => {
  if (Math.abs(q[a]! - Number(value)) > 0.006) return;
  const i = Math.round(((q[iu!]! - centreU) / (2 * h) + 0.5) * N);
  const j = Math.round((0.5 - (q[iv!]! - centreV) / (2 * h)) * N);
  for (let dj = -2; dj <= 2; dj++) {
    for (let di = -2; di <= 2; di++) {
      const x = i + di;
      const y = j + dj;
      if (x < 0 || y < 0 || x >= N || y >= N) continue;
      img.set(rgb, (y * N + x) * 3);
    }
  }
};
const segOk = (s: string) => s === spec.segment || (spec.segment === 'pelvis' && s === 'sacrum') || (spec.segment === 'sacrum' && s === 'pelvis');
for (const m of MUSCLES) {
  for (const f of m.fibres) {
    f.points.forEach((q, k) => {
      if (!segOk(q.segment)) return;
      dot(q.at, k === 0 || k === f.points.length - 1 ? [255, 40, 40] : [60, 120, 255]);
    });
  }
}
for (const l of LANDMARKS) if (segOk(l.segment)) dot(l.at, [40, 220, 60]);

// Minimal PNG writer.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c2 = n;
  for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 0xedb88320 ^ (c2 >>> 1) : c2 >>> 1;
  return c2 >>> 0;
});
const crc = (b: Uint8Array) => {
  let c2 = 0xffffffff;
  for (const x of b) c2 = crcTable[(c2 ^ x) & 0xff]! ^ (c2 >>> 8);
  return (c2 ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Uint8Array) => {
  const b = new Uint8Array(12 + data.length);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, data.length);
  b.set(new TextEncoder().encode(type), 4);
  b.set(data, 8);
  dv.setUint32(8 + data.length, crc(b.subarray(4, 8 + data.length)));
  return b;
};
const raw = new Uint8Array(N * (N * 3 + 1));
for (let j = 0; j < N; j++) raw.set(img.subarray(j * N * 3, (j + 1) * N * 3), j * (N * 3 + 1) + 1);
const ihdr = new Uint8Array(13);
new DataView(ihdr.buffer).setUint32(0, N);
new DataView(ihdr.buffer).setUint32(4, N);
ihdr.set([8, 2, 0, 0, 0], 8);
const png = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
writeFileSync(out!, Buffer.concat(png));
console.log(`${out}: ${axis}=${value}, u=${'xyz'[iu!]} (right), v=${'xyz'[iv!]} (up), centre ${centreU.toFixed(3)},${centreV.toFixed(3)}, half ${h}`);
