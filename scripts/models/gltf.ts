/**
 * Writing myomap's models: named mesh nodes → a glTF binary with meshopt compression and quantized
 * attributes (decoded in the browser by three's bundled meshopt decoder; nothing fetched from the net).
 */
import { Document, Logger, NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { compactGlbJson } from './compactJson';
import { gridPositions } from './gridPositions';
import { EXTMeshoptSharedViews } from './sharedViews';

export interface MeshPart {
  /** Node name, e.g. `femur_r`. */
  name: string;
  /**
   * Vertex positions in the node's own frame (metres), or integers on a grid that `matrix` maps back
   * to that frame (KHR_mesh_quantization: unnormalised unsigned shorts, left as they are when written).
   */
  positions: Float32Array | Uint16Array;
  /** Node matrix (column-major 4×4), e.g. the grid of integer positions. */
  matrix?: number[];
  /** Draw the mesh of this earlier part instead of one of its own (with this part's matrix). */
  meshOf?: string;
  normals?: Float32Array;
  indices: Uint32Array;
  /**
   * Extra vertex attributes, e.g. { _ZONE: …, itemSize 4 }. Names must start with an underscore. A
   * Uint8Array is stored as normalised bytes (0…255 read as 0…1): weights need no more, and the
   * compressor leaves float attributes other than the standard ones at full size.
   */
  attributes?: Record<string, { array: Float32Array | Uint8Array; itemSize: number }>;
  /** Skinning: four joint indices and weights per vertex, into `skin.joints`. */
  joints?: Uint16Array;
  weights?: Float32Array;
  /** Arbitrary metadata stored on the node (`extras`). */
  extras?: Record<string, unknown>;
}

/** A node that draws another part's mesh under a scale (e.g. z = −1: the left twin of a right body). */
export interface InstancePart {
  name: string;
  instanceOf: string;
  scale: [number, number, number];
}

export interface SkinSpec {
  /** Joint node names, in order; each becomes a node at the origin whose world matrix the app sets. */
  joints: string[];
  /** Inverse bind matrices (column-major 4×4 per joint). */
  inverseBindMatrices: Float32Array;
}

export function buildDocument(parts: (MeshPart | InstancePart)[], options: { skin?: SkinSpec; extras?: Record<string, unknown> } = {}): Document {
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = doc.createBuffer();
  const scene = doc.createScene('myomap');
  if (options.extras) scene.setExtras(options.extras);
  let skin: ReturnType<Document['createSkin']> | undefined;
  if (options.skin) {
    const jointNodes: Node[] = options.skin.joints.map((j) => doc.createNode(j));
    const root = doc.createNode('skeleton');
    for (const j of jointNodes) root.addChild(j);
    scene.addChild(root);
    const ibm = doc.createAccessor().setType('MAT4').setArray(options.skin.inverseBindMatrices).setBuffer(buffer);
    skin = doc.createSkin('skin').setInverseBindMatrices(ibm);
    for (const j of jointNodes) skin.addJoint(j);
    skin.setSkeleton(root);
  }
  const meshes = new Map<string, ReturnType<Document['createMesh']>>();
  for (const part of parts) {
    if ('instanceOf' in part) {
      const shared = meshes.get(part.instanceOf);
      if (!shared) throw new Error(`${part.name}: no mesh ${part.instanceOf} before it`);
      scene.addChild(doc.createNode(part.name).setMesh(shared).setScale(part.scale));
      continue;
    }
    const shared = part.meshOf ? meshes.get(part.meshOf) : undefined;
    if (shared) {
      const node = doc.createNode(part.name).setMesh(shared);
      if (part.matrix) node.setMatrix(part.matrix as Parameters<typeof node.setMatrix>[0]);
      if (part.extras) node.setExtras(part.extras);
      scene.addChild(node);
      continue;
    }
    const prim = doc
      .createPrimitive()
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(part.indices).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(part.positions).setBuffer(buffer));
    if (part.normals) prim.setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(part.normals).setBuffer(buffer));
    if (part.joints && part.weights) {
      prim.setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(part.joints).setBuffer(buffer));
      prim.setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(part.weights).setBuffer(buffer));
    }
    for (const [name, a] of Object.entries(part.attributes ?? {})) {
      const type = a.itemSize === 1 ? 'SCALAR' : (`VEC${a.itemSize}` as 'VEC2' | 'VEC3' | 'VEC4');
      const accessor = doc.createAccessor().setType(type).setArray(a.array).setBuffer(buffer);
      if (a.array instanceof Uint8Array) accessor.setNormalized(true);
      prim.setAttribute(name, accessor);
    }
    const mesh = doc.createMesh(part.name).addPrimitive(prim);
    meshes.set(part.name, mesh);
    const node = doc.createNode(part.name).setMesh(mesh);
    if (part.matrix) node.setMatrix(part.matrix as Parameters<typeof node.setMatrix>[0]);
    if (part.extras) node.setExtras(part.extras);
    if (skin) node.setSkin(skin);
    scene.addChild(node);
  }
  return doc;
}

/** A 0…1 weight per vertex as normalised bytes. */
export const toBytes = (w: Float32Array) => Uint8Array.from(w, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));

/**
 * Compress and serialise; the same input always gives the same bytes. Positions go onto a uniform grid
 * (gridPositions.ts), normals to 8-bit octahedral (meshopt's OCTAHEDRAL filter), joints and weights to
 * bytes; byte attributes stay as they are. Vertices are reordered for the codec first (reorder), every
 * kind of stream is compressed as one buffer view (sharedViews.ts) and the JSON compacted (compactJson.ts).
 */
export async function writeGlb(doc: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptSharedViews, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  });
  gridPositions(doc);
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ pattern: /^(TEXCOORD|JOINTS|WEIGHTS|COLOR)(_\d+)?$/ }),
  );
  doc
    .createExtension(EXTMeshoptSharedViews)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  return compactGlbJson(await io.writeBinary(doc));
}

/** Read a glb written by writeGlb (for tests and tools). */
export async function readGlb(bytes: Uint8Array): Promise<Document> {
  const { MeshoptDecoder } = await import('meshoptimizer');
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
  });
  return io.readBinary(bytes);
}
