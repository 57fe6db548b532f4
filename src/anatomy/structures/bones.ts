/**
 * The bones: one glTF node each in public/models/bones.glb, carried by a body segment. Which landmarks
 * lie on a bone, and which muscles and ligaments attach to it, are derived from the data: a landmark
 * belongs to the bone of its segment (the fibula, coccyx and 12th rib share a segment with the tibia,
 * sacrum and torso, and are told apart by name), and a path's first and last points attach to the bone
 * of the nearest landmark on their segment.
 */
import type { Vec3 } from '../math/vec3';
import { between } from '../model/kinematics';
import { LANDMARKS, type Landmark } from '../model/landmarks';
import type { SegmentId, Side } from '../model/segments';
import type { Fibre } from '../path/resolve';

export const BONE_NAMES = [
  't11',
  't12',
  'l1',
  'l2',
  'l3',
  'l4',
  'l5',
  'sacrum',
  'coccyx',
  'pelvis',
  'rib_11',
  'rib_12',
  'femur',
  'patella',
  'tibia',
  'fibula',
  'talus',
  'foot',
] as const;
export type BoneName = (typeof BONE_NAMES)[number];

interface BoneDef {
  name: BoneName;
  displayName: string;
  paired: boolean;
  /** The segment that carries it (right side for paired bones). */
  segment: SegmentId;
}

const vertebra = (name: BoneName, label: string, segment: SegmentId): BoneDef => ({
  name,
  displayName: `${label} vertebra`,
  paired: false,
  segment,
});

export const BONE_DEFS: readonly BoneDef[] = [
  // T11 and the ribs move with the torso (the thorax above T11/T12 is one segment).
  vertebra('t11', 'T11', 'torso'),
  vertebra('t12', 'T12', 't12'),
  vertebra('l1', 'L1', 'l1'),
  vertebra('l2', 'L2', 'l2'),
  vertebra('l3', 'L3', 'l3'),
  vertebra('l4', 'L4', 'l4'),
  vertebra('l5', 'L5', 'l5'),
  { name: 'sacrum', displayName: 'Sacrum', paired: false, segment: 'sacrum' },
  { name: 'coccyx', displayName: 'Coccyx', paired: false, segment: 'sacrum' },
  { name: 'pelvis', displayName: 'Pelvis (hip bones)', paired: false, segment: 'pelvis' },
  { name: 'rib_11', displayName: '11th rib', paired: true, segment: 'torso' },
  { name: 'rib_12', displayName: '12th rib', paired: true, segment: 'torso' },
  { name: 'femur', displayName: 'Femur', paired: true, segment: 'femur_r' },
  { name: 'patella', displayName: 'Patella', paired: true, segment: 'patella_r' },
  { name: 'tibia', displayName: 'Tibia', paired: true, segment: 'tibia_r' },
  { name: 'fibula', displayName: 'Fibula', paired: true, segment: 'tibia_r' },
  { name: 'talus', displayName: 'Talus', paired: true, segment: 'talus_r' },
  { name: 'foot', displayName: 'Foot (calcaneus to toes)', paired: true, segment: 'foot_r' },
];

/** The glTF node / structure id of a bone on a side (`femur_r`), or its bare name when single. */
export const boneId = (b: BoneDef, side?: Side) => (b.paired ? `${b.name}_${side}` : b.name);

/** The bone of each segment (without side); the torso carries only the ribs, found by name. */
const SEGMENT_BONE: Readonly<Record<string, BoneName>> = {
  pelvis: 'pelvis',
  sacrum: 'sacrum',
  t12: 't12',
  l1: 'l1',
  l2: 'l2',
  l3: 'l3',
  l4: 'l4',
  l5: 'l5',
  femur: 'femur',
  patella: 'patella',
  tibia: 'tibia',
  talus: 'talus',
  foot: 'foot',
};

/** Landmarks on a segment shared with another bone, told apart by name. */
const BY_LANDMARK: Readonly<Record<string, BoneName>> = {
  fibular_head: 'fibula',
  lateral_malleolus: 'fibula',
  fibular_neck: 'fibula',
  coccyx_tip: 'coccyx',
};

/** The floating ribs' landmarks are named by their rib: rib12_tip, rib11_angle… */
const ON_RIB = /^rib(11|12)_/;

/** Landmarks placed on the skin, not on a bone. */
const ON_SKIN = /^(gluteal_fold|umbilicus|perineum)/;

/** The bone a landmark lies on (structure id), or undefined where the model has no mesh for it (upper ribs, skin). */
export function boneOfLandmark(l: Landmark): string | undefined {
  if (ON_SKIN.test(l.id)) return undefined;
  const side = /_([rl])$/.exec(l.id)?.[1] as Side | undefined;
  const base = side ? l.id.slice(0, -2) : l.id;
  const rib = ON_RIB.exec(base)?.[1];
  const name = rib ? `rib_${rib}` : (BY_LANDMARK[base] ?? SEGMENT_BONE[l.segment.replace(/_[rl]$/, '')]);
  if (!name) return undefined;
  return BONE_DEFS.find((b) => b.name === name)!.paired ? `${name}_${side}` : name;
}

/** Landmarks by bone id. */
export const LANDMARKS_BY_BONE: ReadonlyMap<string, readonly Landmark[]> = (() => {
  const m = new Map<string, Landmark[]>();
  for (const l of LANDMARKS) {
    const b = boneOfLandmark(l);
    if (!b) continue;
    m.set(b, [...(m.get(b) ?? []), l]);
  }
  return m;
})();

/** Segments welded together (no joint between them): the sacrum is part of gait2392's pelvis. */
const WELDED: Readonly<Record<string, readonly SegmentId[]>> = {
  pelvis: ['pelvis', 'sacrum'],
  sacrum: ['pelvis', 'sacrum'],
};

/** An attachment farther than this from every landmark is not named (m). */
const NEAR = 0.045;

/**
 * The bone under a point of a segment: that of the nearest landmark on the same (or a welded) segment,
 * if it is near enough and on a bone (the upper ribs and the skin have no mesh).
 */
export function boneAt(segment: SegmentId, at: Vec3): string | undefined {
  const segments = WELDED[segment] ?? [segment];
  let best: Landmark | undefined;
  let bestD = NEAR;
  for (const l of LANDMARKS) {
    if (!segments.includes(l.segment)) continue;
    const p = l.segment === segment ? l.at : between(l.segment, segment, l.at);
    const d = Math.hypot(p[0] - at[0], p[1] - at[1], p[2] - at[2]);
    if (d < bestD) {
      bestD = d;
      best = l;
    }
  }
  return best && boneOfLandmark(best);
}

export interface Attachment {
  /** Muscle or structure id. */
  id: string;
  /** Its first point ("origin") or last ("insertion"); for ligaments the two ends. */
  end: 'origin' | 'insertion';
  fibres: string[];
}

/** Which bone each end of each fibre attaches to: bone id → attachments, in the order given. */
export function attachmentsByBone(
  bodies: readonly { id: string; fibres: readonly Fibre[] }[],
): Map<string, Attachment[]> {
  const out = new Map<string, Attachment[]>();
  for (const body of bodies) {
    for (const f of body.fibres) {
      const ends = [
        ['origin', f.points[0]!],
        ['insertion', f.points[f.points.length - 1]!],
      ] as const;
      for (const [end, p] of ends) {
        const bone = boneAt(p.segment, p.at);
        if (!bone) continue;
        const list = out.get(bone) ?? [];
        const known = list.find((a) => a.id === body.id && a.end === end);
        if (known) known.fibres.push(f.name);
        else list.push({ id: body.id, end, fibres: [f.name] });
        out.set(bone, list);
      }
    }
  }
  return out;
}
