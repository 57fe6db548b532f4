/**
 * The body surface as built (public/models/body.glb), read back in Node for the model build and tests:
 * neutral-pose world positions and normals, triangles, and the skinning data. The glb stores
 * quantized positions and folds the dequantization into the inverse bind matrices, so the world
 * position of a stored point is (joint's neutral world transform) × (its inverse bind matrix) × point.
 */
import { readFile } from 'node:fs/promises';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { frameOf, neutralFrames } from '../../src/anatomy/model/kinematics';
import { isSegmentId, type SegmentId } from '../../src/anatomy/model/segments';

export interface BodyMesh {
  /** Neutral-pose world positions (metres), 3 per vertex. */
  positions: Float32Array;
  /** Unit outward normals, 3 per vertex. */
  normals: Float32Array;
  /** Triangles, 3 vertex indices each, counter-clockwise seen from outside. */
  indices: Uint32Array;
  /** Segment of each skin joint. */
  joints: SegmentId[];
  /** Four joint indices and four weights per vertex. */
  skinJoints: Uint16Array;
  skinWeights: Float32Array;
}

export const BODY_GLB = 'public/models/body.glb';

export async function loadBodyMesh(path = BODY_GLB): Promise<BodyMesh> {
  return decodeBodyGlb(new Uint8Array(await readFile(path)), path);
}

/** The body mesh in the bytes of a body.glb (`name` for messages). */
export async function decodeBodyGlb(bytes: Uint8Array, name = 'body.glb'): Promise<BodyMesh> {
  const path = name;
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
  });
  const doc = await io.readBinary(bytes);
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getMesh() && n.getSkin());
  if (!node) throw new Error(`${path}: no skinned mesh`);
  const prim = node.getMesh()!.listPrimitives()[0]!;
  const skin = node.getSkin()!;
  const joints = skin.listJoints().map((j) => {
    const name = j.getName();
    if (!isSegmentId(name)) throw new Error(`${path}: joint ${name} is not a segment`);
    return name;
  });
  // Dequantization: neutral world transform of joint 0 times its stored inverse bind matrix.
  const ibm = skin.getInverseBindMatrices()!.getElement(0, []);
  const f = frameOf(neutralFrames(), joints[0]!);
  const world = (c: number, r: number) => f[r * 3 + c]!; // our row-major rotation
  const q = new Float64Array(12); // row-major 3×4 of (world × ibm)
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 4; c++) {
      let v = 0;
      for (let k = 0; k < 3; k++) v += world(k, r) * ibm[c * 4 + k]!;
      if (c === 3) v += f[9 + r]!;
      q[r * 4 + c] = v;
    }
  }
  const pos = prim.getAttribute('POSITION')!;
  const nrm = prim.getAttribute('NORMAL')!;
  const n = pos.getCount();
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const e: number[] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    pos.getElement(i, e);
    for (let r = 0; r < 3; r++)
      positions[i * 3 + r] = q[r * 4]! * e[0]! + q[r * 4 + 1]! * e[1]! + q[r * 4 + 2]! * e[2]! + q[r * 4 + 3]!;
    nrm.getElement(i, e);
    const l = Math.hypot(e[0]!, e[1]!, e[2]!) || 1;
    normals.set([e[0]! / l, e[1]! / l, e[2]! / l], i * 3);
  }
  const j = prim.getAttribute('JOINTS_0')!;
  const w = prim.getAttribute('WEIGHTS_0')!;
  const skinJoints = new Uint16Array(n * 4);
  const skinWeights = new Float32Array(n * 4);
  const e4: number[] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    skinJoints.set(j.getElement(i, e4), i * 4);
    skinWeights.set(w.getElement(i, e4), i * 4);
  }
  return {
    positions,
    normals,
    indices: Uint32Array.from(prim.getIndices()!.getArray()!),
    joints,
    skinJoints,
    skinWeights,
  };
}
