/**
 * The bones: one shape per glTF node, each in its segment's frame, and a field per bone for tests and
 * hit-tests (`boneField`, positive inside, ≈ metres near the surface). Left bones are the right ones
 * mirrored in z; the pelvis is the right hip bone and its mirror image.
 */
import type { SegmentId } from '../../anatomy/model/segments';
import { hipBone } from './hipBone';
import { disc } from './disc';
import { femur } from './femur';
import { foot, talus } from './foot';
import { fibula, patella, tibia } from './leg';
import { rib11, rib12 } from './ribs';
import { coccyx, sacrum } from './sacrum';
import { vertebra } from './vertebra';
import { VERTEBRAE } from '../../anatomy/model/segments';
import { mirrorZ, type Shape, symmetricZ } from './sdf';
import type { V3 } from './vec';

export interface BoneSpec {
  /** glTF node name. */
  name: string;
  segment: SegmentId;
  /** The shape in the segment frame (for a left bone: the mirrored right one). */
  shape: Shape;
  /** How the mesh is made: from `shape` ('own'), by mirroring `source` ('mirror'), or as the right half
   * `half` and its mirror image in one node ('halves'). */
  mesh: { kind: 'own' } | { kind: 'mirror'; source: string } | { kind: 'halves'; half: Shape };
  /** Grid edge for surface extraction (m). */
  edge: number;
}

/**
 * How far simplification may move a bone's surface (m): 0.5 mm, half a pixel of a whole-body view at 4K
 * (1.9 m over 2160 px) and about one of a close-up of the pelvis filling a laptop screen. Shading does
 * not show it (the normals come from the field, not the facets); only a silhouette can, by a few pixels
 * at the closest zoom (0.25 m, ≈ 0.15 mm a pixel). Ridges, facets and foramina stand 1–3 mm proud and
 * survive. It leaves ≈ 30.5k triangles drawn for the skeleton (105k unsimplified, 40k at 0.4 mm), ≈ 22.5k
 * stored (the left bones draw the right ones' meshes in a mirror): what keeps public/models ≤ 400 KB.
 */
export const SIMPLIFY_ERROR = 0.0005;

/** The vertebrae modelled, lowest first: T12–L5 on their own segments, T11 on the torso. */
const SPINE = [...VERTEBRAE, 't11'] as const;
const segmentOf = (v: (typeof SPINE)[number]): SegmentId => (v === 't11' ? 'torso' : v);

/** A right bone and its mirror image; `segment` gets the side unless it is a midline segment (torso). */
function pair(base: string, segment: string, shape: Shape, edge: number): BoneSpec[] {
  const seg = (s: 'r' | 'l') => (segment === 'torso' ? 'torso' : (`${segment}_${s}` as SegmentId));
  return [
    { name: `${base}_r`, segment: seg('r'), shape, mesh: { kind: 'own' }, edge },
    {
      name: `${base}_l`,
      segment: seg('l'),
      shape: mirrorZ(shape),
      mesh: { kind: 'mirror', source: `${base}_r` },
      edge,
    },
  ];
}

export const BONE_SPECS: readonly BoneSpec[] = [
  {
    name: 'pelvis',
    segment: 'pelvis',
    shape: symmetricZ(hipBone),
    mesh: { kind: 'halves', half: hipBone },
    edge: 0.0015,
  },
  { name: 'sacrum', segment: 'sacrum', shape: sacrum, mesh: { kind: 'own' }, edge: 0.0013 },
  { name: 'coccyx', segment: 'sacrum', shape: coccyx, mesh: { kind: 'own' }, edge: 0.001 },
  ...SPINE.map(
    (v): BoneSpec => ({ name: v, segment: segmentOf(v), shape: vertebra(v), mesh: { kind: 'own' }, edge: 0.001 }),
  ),
  ...SPINE.map(
    (v, i): BoneSpec => ({
      name: `disc_${v}_${i === 0 ? 's1' : SPINE[i - 1]}`,
      segment: segmentOf(v),
      shape: disc(v),
      mesh: { kind: 'own' },
      edge: 0.001,
    }),
  ),
  ...pair('rib_11', 'torso', rib11, 0.001),
  ...pair('rib_12', 'torso', rib12, 0.001),
  ...pair('femur', 'femur', femur, 0.0016),
  ...pair('patella', 'patella', patella, 0.001),
  ...pair('tibia', 'tibia', tibia, 0.0018),
  ...pair('fibula', 'tibia', fibula, 0.0013),
  ...pair('talus', 'talus', talus, 0.0012),
  ...pair('foot', 'foot', foot, 0.0012),
];

export interface BoneInfo {
  name: string;
  segment: SegmentId;
  /** Box containing the bone, segment frame. */
  lo: V3;
  hi: V3;
}

export const BONES: readonly BoneInfo[] = BONE_SPECS.map((b) => ({
  name: b.name,
  segment: b.segment,
  lo: b.shape.lo,
  hi: b.shape.hi,
}));

const BY_NAME = new Map(BONE_SPECS.map((b) => [b.name, b]));

/** Field of a bone at a point of its segment frame: positive inside, ≈ distance (m) near the surface. */
export function boneField(name: string, x: number, y: number, z: number): number {
  const b = BY_NAME.get(name);
  if (!b) throw new Error(`unknown bone ${name}`);
  return b.shape.f(x, y, z);
}
