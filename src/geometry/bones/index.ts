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
import { sacrum } from './sacrum';
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
  /** Grid edge for surface extraction (m) and triangle budget after simplification. */
  edge: number;
  budget: number;
}

function pair(base: string, segment: string, shape: Shape, edge: number, budget: number): BoneSpec[] {
  return [
    { name: `${base}_r`, segment: `${segment}_r` as SegmentId, shape, mesh: { kind: 'own' }, edge, budget },
    {
      name: `${base}_l`,
      segment: `${segment}_l` as SegmentId,
      shape: mirrorZ(shape),
      mesh: { kind: 'mirror', source: `${base}_r` },
      edge,
      budget,
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
    budget: 24000,
  },
  { name: 'sacrum', segment: 'sacrum', shape: sacrum, mesh: { kind: 'own' }, edge: 0.0013, budget: 6000 },
  ...VERTEBRAE.map(
    (v): BoneSpec => ({ name: v, segment: v, shape: vertebra(v), mesh: { kind: 'own' }, edge: 0.001, budget: 4000 }),
  ),
  ...VERTEBRAE.map(
    (v, i): BoneSpec => ({
      name: `disc_${v}_${i === 0 ? 's1' : VERTEBRAE[i - 1]}`,
      segment: v,
      shape: disc(v),
      mesh: { kind: 'own' },
      edge: 0.001,
      budget: 600,
    }),
  ),
  ...pair('femur', 'femur', femur, 0.0016, 9000),
  ...pair('patella', 'patella', patella, 0.001, 900),
  ...pair('tibia', 'tibia', tibia, 0.0018, 5000),
  ...pair('fibula', 'tibia', fibula, 0.0013, 1800),
  ...pair('talus', 'talus', talus, 0.0012, 1200),
  ...pair('foot', 'foot', foot, 0.0012, 6000),
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
