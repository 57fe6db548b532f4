/**
 * The occlusion pass of the model build (ao.ts does the baking): bones are occluded by the skeleton
 * alone (so they look the same with the muscles hidden); muscle bodies by the skeleton and every muscle,
 * both sides, all in the neutral pose's ground frame.
 */
import { readFileSync } from 'node:fs';
import { applyPoint } from '../../src/anatomy/math/transform';
import { neutralFrames } from '../../src/anatomy/model/kinematics';
import { isSegmentId, SEGMENT_INDEX } from '../../src/anatomy/model/segments';
import { bakeOcclusion, type Surface } from './ao';
import type { BuiltBody } from './bodies/build';
import { type MeshPart, readGlb, toBytes } from './gltf';

/**
 * A bone part in the ground frame of the neutral pose: parts are in their segment's frame, through the
 * node's own matrix where it has one (integer grid positions; a mirrored twin's z = −1).
 */
function boneInWorld(p: MeshPart): Surface {
  const segment = String(p.extras?.segment ?? p.name);
  const frame = neutralFrames()[isSegmentId(segment) ? SEGMENT_INDEX[segment] : 0]!;
  const m = p.matrix ?? [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  const positions = new Float32Array(p.positions.length);
  const normals = p.normals ? new Float32Array(p.normals.length) : undefined;
  const q = new Float64Array(3);
  for (let i = 0; i < positions.length; i += 3) {
    const [a, b, c] = [p.positions[i]!, p.positions[i + 1]!, p.positions[i + 2]!];
    const local: [number, number, number] = [
      m[0]! * a + m[4]! * b + m[8]! * c + m[12]!,
      m[1]! * a + m[5]! * b + m[9]! * c + m[13]!,
      m[2]! * a + m[6]! * b + m[10]! * c + m[14]!,
    ];
    applyPoint(frame, local, q);
    positions.set(q, i);
    if (normals && p.normals) {
      // Rotation only: the node matrix's axis signs (a mirror flips z), then the frame's rows.
      const x = p.normals[i]! * Math.sign(m[0]!);
      const y = p.normals[i + 1]! * Math.sign(m[5]!);
      const z = p.normals[i + 2]! * Math.sign(m[10]!);
      normals[i] = frame[0]! * x + frame[1]! * y + frame[2]! * z;
      normals[i + 1] = frame[3]! * x + frame[4]! * y + frame[5]! * z;
      normals[i + 2] = frame[6]! * x + frame[7]! * y + frame[8]! * z;
    }
  }
  return { positions, indices: p.indices, ...(normals ? { normals } : {}) };
}

/**
 * Sixteen levels of occlusion are as many as the eye tells apart on bone under soft light, and the
 * compressor stores their small steps between neighbouring vertices in about half the bytes of 256.
 */
const AO_LEVELS = 16;
const coarse = (bytes: Uint8Array) => bytes.map((v) => Math.round((v * (AO_LEVELS - 1)) / 255) * (255 / (AO_LEVELS - 1)));

/** Adds `_OCCLUSION` to each bone part, occluded by all of them. */
export function occludeBones(parts: MeshPart[]): MeshPart[] {
  const world = parts.map(boneInWorld);
  const ao = bakeOcclusion(world, world);
  return parts.map((p, i) => ({
    ...p,
    attributes: { ...p.attributes, _OCCLUSION: { array: coarse(toBytes(ao[i]!)), itemSize: 1 } },
  }));
}

/** The bone parts as built, or as last written to public/models/bones.glb. */
export async function boneParts(built?: MeshPart[]): Promise<MeshPart[]> {
  if (built) return built;
  const doc = await readGlb(readFileSync('public/models/bones.glb'));
  const parts: MeshPart[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const prim = node.getMesh()?.listPrimitives()[0];
    if (!prim) continue;
    const m = node.getWorldMatrix();
    const a = prim.getAttribute('POSITION')!;
    const positions = new Float32Array(a.getCount() * 3);
    const el = [0, 0, 0];
    for (let i = 0; i < a.getCount(); i++) {
      a.getElement(i, el);
      for (let r = 0; r < 3; r++)
        positions[i * 3 + r] = m[r]! * el[0]! + m[4 + r]! * el[1]! + m[8 + r]! * el[2]! + m[12 + r]!;
    }
    const extras = node.getExtras() as Record<string, unknown>;
    parts.push({ name: node.getName(), positions, indices: Uint32Array.from(prim.getIndices()!.getArray()!), extras });
  }
  return parts;
}

/** Occlusion of each right-side body by the skeleton and by every body on both sides. */
export function occludeBodies(bodies: readonly BuiltBody[], bones: readonly MeshPart[]): Map<string, Float32Array> {
  const targets: Surface[] = bodies.map((b) => ({
    positions: b.mesh.positions,
    normals: b.normals,
    indices: b.mesh.indices,
  }));
  const mirrored: Surface[] = targets.map((s) => ({
    positions: Float32Array.from(s.positions, (v, i) => (i % 3 === 2 ? -v : v)),
    indices: s.indices,
  }));
  const ao = bakeOcclusion(targets, [...bones.map(boneInWorld), ...targets, ...mirrored]);
  return new Map(bodies.map((b, i) => [b.id, ao[i]!]));
}
