/**
 * The body surface in neutral standing as a compact, dependency-free data file: what `myomap refer`
 * needs to find the skin point nearest to a question, without reading the glb (whose decoder is a build
 * tool). `npm run models` writes it from the body.glb it has just built, so the CLI answers on the same
 * skin the viewer draws; it records which body.glb it came from, and a test checks that it still matches.
 *
 * Layout (little-endian): "MYSK", u32 version, u32 vertices, u32 triangles, 16 ASCII bytes naming the
 * body.glb (hash), f32×3 minimum and f32×3 maximum of the positions, then u16×3 positions quantized over
 * that box, i8×3 unit normals (×127), and the triangles' vertex indices (u16 when they fit, else u32).
 * Plain bytes: no platform API, so it decodes anywhere.
 */
import type { Vec3 } from '../../anatomy/math/vec3';
import { nearestSurfacePoint } from './nearest';

export interface SkinSurface {
  /** Neutral-pose world positions (metres), 3 per vertex. */
  positions: Float32Array;
  /** Unit outward normals, 3 per vertex. */
  normals: Float32Array;
  /** Triangles, 3 vertex indices each. */
  indices: Uint32Array;
  /** Which body.glb this surface was taken from (a short hash of its bytes). */
  source: string;
}

const MAGIC = 'MYSK';
const VERSION = 1;
const HEADER = 4 + 4 + 4 + 4 + 16 + 24;

export function encodeSkinSurface(s: SkinSurface): Uint8Array {
  const v = s.positions.length / 3;
  const t = s.indices.length / 3;
  const wide = v > 0xffff;
  const size = HEADER + v * 6 + v * 3 + t * 3 * (wide ? 4 : 2);
  const out = new Uint8Array(size);
  const d = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  d.setUint32(4, VERSION, true);
  d.setUint32(8, v, true);
  d.setUint32(12, t, true);
  const source = s.source.padEnd(16, ' ').slice(0, 16);
  for (let i = 0; i < 16; i++) out[16 + i] = source.charCodeAt(i) & 0x7f;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < v * 3; i++) {
    lo[i % 3] = Math.min(lo[i % 3]!, s.positions[i]!);
    hi[i % 3] = Math.max(hi[i % 3]!, s.positions[i]!);
  }
  for (let c = 0; c < 3; c++) {
    d.setFloat32(32 + c * 4, lo[c]!, true);
    d.setFloat32(44 + c * 4, hi[c]!, true);
  }
  // Quantize against the box as stored (float32), so decoding reproduces the same grid.
  const box = [0, 1, 2].map((c) => [d.getFloat32(32 + c * 4, true), d.getFloat32(44 + c * 4, true)] as const);
  let o = HEADER;
  for (let i = 0; i < v * 3; i++, o += 2) {
    const [a, b] = box[i % 3]!;
    d.setUint16(o, b > a ? Math.round(((s.positions[i]! - a) / (b - a)) * 0xffff) : 0, true);
  }
  for (let i = 0; i < v * 3; i++, o++) d.setInt8(o, Math.round(Math.max(-1, Math.min(1, s.normals[i]!)) * 127));
  for (let i = 0; i < t * 3; i++, o += wide ? 4 : 2) {
    if (wide) d.setUint32(o, s.indices[i]!, true);
    else d.setUint16(o, s.indices[i]!, true);
  }
  return out;
}

export function decodeSkinSurface(bytes: Uint8Array): SkinSurface {
  const d = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (bytes.byteLength < HEADER || magic !== MAGIC) throw new Error('not a myomap body-surface file');
  if (d.getUint32(4, true) !== VERSION) throw new Error(`body-surface file version ${d.getUint32(4, true)}, expected ${VERSION}`);
  const v = d.getUint32(8, true);
  const t = d.getUint32(12, true);
  const wide = v > 0xffff;
  if (bytes.byteLength !== HEADER + v * 9 + t * 3 * (wide ? 4 : 2)) throw new Error('body-surface file is truncated');
  const source = String.fromCharCode(...bytes.subarray(16, 32)).trim();
  const box = [0, 1, 2].map((c) => [d.getFloat32(32 + c * 4, true), d.getFloat32(44 + c * 4, true)] as const);
  const positions = new Float32Array(v * 3);
  const normals = new Float32Array(v * 3);
  const indices = new Uint32Array(t * 3);
  let o = HEADER;
  for (let i = 0; i < v * 3; i++, o += 2) {
    const [a, b] = box[i % 3]!;
    positions[i] = a + (d.getUint16(o, true) / 0xffff) * (b - a);
  }
  for (let i = 0; i < v * 3; i++, o++) normals[i] = d.getInt8(o) / 127;
  for (let i = 0; i < t * 3; i++, o += wide ? 4 : 2) indices[i] = wide ? d.getUint32(o, true) : d.getUint16(o, true);
  return { positions, normals, indices, source };
}

/**
 * The skin point nearest to `at` (ground frame, neutral standing) and the outward normal there,
 * interpolated across its triangle: where `myomap refer` looks for zones.
 */
export function skinPointNear(surface: Pick<SkinSurface, 'positions' | 'normals' | 'indices'>, at: Vec3): {
  point: Vec3;
  normal: Vec3;
  distance: number;
} {
  const near = nearestSurfacePoint(surface, at);
  const n: Vec3 = [0, 0, 0];
  near.vertices.forEach((vertex, k) => {
    for (let c = 0; c < 3; c++) n[c] = n[c]! + surface.normals[vertex * 3 + c]! * near.barycentric[k]!;
  });
  const l = Math.hypot(n[0], n[1], n[2]) || 1;
  return { point: near.point, normal: [n[0] / l, n[1] / l, n[2] / l], distance: near.distance };
}
