/**
 * The models' manifest: for each .glb its size, triangle count, node names and a hash of the source
 * files it is built from. tests/unit/bones.test.ts and tests/unit/skin.test.ts recompute the hashes: a
 * change to any of those sources without `npm run models` fails them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sourceHash } from '../lib/sourceHash';

export interface ModelEntry {
  file: string;
  bytes: number;
  triangles: number;
  nodes: string[];
  sourceHash: string;
}

export type ModelName = 'bones' | 'body' | 'muscles';

export interface Manifest {
  models: Partial<Record<ModelName, ModelEntry>>;
  /** Data derived from the models (best views): the file and the hash of what it was computed from. */
  derived?: Partial<Record<'bestViews', { file: string; sourceHash: string }>>;
  sources?: Record<string, string[]>;
}

/** The files (or folders) each model is derived from. */
/** The anatomy the shapes are placed on (not contact, IK or motions, which do not change a shape). */
const SKELETON = [
  'src/anatomy/model/coordinates.ts',
  'src/anatomy/model/segments.ts',
  'src/anatomy/model/spine.ts',
  'src/anatomy/model/joints.ts',
  'src/anatomy/model/kinematics.ts',
  'src/anatomy/model/landmarks.ts',
];

/** How a model is written: its encoding is part of what the file holds. */
const WRITER = [
  'scripts/models/gltf.ts',
  'scripts/models/gridPositions.ts',
  'scripts/models/sharedViews.ts',
  'scripts/models/compactJson.ts',
];

const BONES = [
  ...SKELETON,
  'src/geometry/bones',
  'scripts/models/bones.ts',
  ...WRITER,
  'scripts/models/mesh.ts',
  'scripts/models/ao.ts',
  'scripts/models/occlusion.ts',
];
const BODY = [...SKELETON, 'src/geometry/skin', 'scripts/models/skin.ts', ...WRITER, 'scripts/models/mesh.ts'];

export const MODEL_SOURCES: Record<ModelName | 'bestViews', string[]> = {
  bones: BONES,
  body: BODY,
  // The muscle bodies lie on the bones (cut back from them, occluded by them) along the fibre paths.
  muscles: [
    ...BONES,
    'src/anatomy/muscles/catalog.ts',
    'src/anatomy/muscles/types.ts',
    'src/anatomy/muscles/wrapObjects.ts',
    'src/anatomy/muscles/paths',
    'src/anatomy/path',
    // Ligaments a body passes beneath (iliopsoas under the inguinal ligament).
    'src/anatomy/structures/paths/ligaments.ts',
    // Of src/geometry/bodies only what the build imports (scripts/models/bodies): the rest of that folder is
    // the run-time posing (pathPoser, deform, binding, the volume correction tables), which changes how a
    // body is drawn in a pose, not muscles.glb, and must not mark the model stale.
    'src/geometry/bodies/spec.ts',
    'src/geometry/bodies/measure.ts',
    'src/geometry/muscles/bodyShapes.ts',
    'scripts/models/bodies',
    'scripts/models/muscles.ts',
  ],
  // What the camera sees of each muscle and its zones: the skin, the bones, the paths and the zones.
  bestViews: [
    ...new Set([...BONES, ...BODY]),
    'src/anatomy/muscles',
    'src/anatomy/structures',
    'src/anatomy/path',
    'src/anatomy/referral',
    'src/geometry/views',
    'scripts/models/bestViews.ts',
  ],
};

export function modelSourceHash(model: keyof typeof MODEL_SOURCES): string {
  return sourceHash(MODEL_SOURCES[model]);
}

export function readManifest(path = 'public/models/manifest.json'): Manifest {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : { models: {} };
}
