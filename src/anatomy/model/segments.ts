/**
 * Body segments. Frames follow gait2392: x anterior, y superior, z to the subject's right, metres.
 * The lumbar spine is split into T12–L5 so that the psoas and paraspinals can take origin on each
 * vertebra; the sacrum is welded to the pelvis (gait2392's pelvis body includes it).
 */
export const SIDES = ['r', 'l'] as const;
export type Side = (typeof SIDES)[number];

export const VERTEBRAE = ['l5', 'l4', 'l3', 'l2', 'l1', 't12'] as const;
export type VertebraId = (typeof VERTEBRAE)[number];

const LEG_SEGMENTS = ['femur', 'tibia', 'patella', 'talus', 'foot'] as const;

/** Parents come before children, so forward kinematics can walk this list once. */
export const SEGMENT_IDS = [
  'ground',
  'pelvis',
  'sacrum',
  ...VERTEBRAE,
  'torso',
  ...SIDES.flatMap((s) => LEG_SEGMENTS.map((b) => `${b}_${s}` as const)),
] as const;

export type SegmentId = (typeof SEGMENT_IDS)[number];

export const SEGMENT_INDEX: Readonly<Record<SegmentId, number>> = Object.fromEntries(
  SEGMENT_IDS.map((n, i) => [n, i]),
) as Record<SegmentId, number>;

export const isSegmentId = (s: string): s is SegmentId => (SEGMENT_IDS as readonly string[]).includes(s);

/** The segment of the other side (`femur_r` ↔ `femur_l`); midline segments map to themselves. */
export function mirrorSegment(id: SegmentId): SegmentId {
  if (id.endsWith('_r')) return id.replace(/_r$/, '_l') as SegmentId;
  if (id.endsWith('_l')) return id.replace(/_l$/, '_r') as SegmentId;
  return id;
}

export const SEGMENT_LABELS: Readonly<Record<SegmentId, string>> = Object.fromEntries(
  SEGMENT_IDS.map((id) => {
    const [base, s] = id.split('_') as [string, Side | undefined];
    const names: Record<string, string> = {
      ground: 'Ground',
      pelvis: 'Pelvis (hip bones)',
      sacrum: 'Sacrum and coccyx',
      torso: 'Torso',
      femur: 'Femur',
      tibia: 'Tibia and fibula',
      patella: 'Patella',
      talus: 'Talus',
      foot: 'Foot',
    };
    const name = names[base] ?? base.toUpperCase();
    return [id, s ? `${name} (${s === 'r' ? 'right' : 'left'})` : name];
  }),
) as Record<SegmentId, string>;
