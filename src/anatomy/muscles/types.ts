/**
 * Muscles as data: facts for people, fibre paths for geometry and mechanics. Paths are written for the
 * right side in segment frames; the left side is the mirror image (z negated), built in catalog.ts.
 */
import type { Vec3 } from '../math/vec3';
import type { HipCoordinateBase } from '../model/coordinates';
import type { Side, VertebraId } from '../model/segments';

export const MUSCLE_NAMES = [
  'psoas_major',
  'psoas_minor',
  'iliacus',
  'quadratus_lumborum',
  'gluteus_maximus',
  'gluteus_medius',
  'gluteus_minimus',
  'piriformis',
  'gemellus_superior',
  'obturator_internus',
  'gemellus_inferior',
  'obturator_externus',
  'quadratus_femoris',
  'tensor_fasciae_latae',
  'sartorius',
  'rectus_femoris',
  'pectineus',
  'adductor_longus',
  'adductor_brevis',
  'adductor_magnus',
  'gracilis',
  'biceps_femoris_long',
  'biceps_femoris_short',
  'semitendinosus',
  'semimembranosus',
  'iliocostalis_lumborum',
  'longissimus_thoracis',
  'multifidus_lumborum',
  // The thigh, calf and abdominal wall (SPEC.md: after the first 28, which stay first).
  'vastus_lateralis',
  'vastus_medialis',
  'vastus_intermedius',
  'gastrocnemius_medial',
  'gastrocnemius_lateral',
  'soleus',
  'rectus_abdominis',
  'external_oblique',
  'internal_oblique',
  'transversus_abdominis',
] as const;

export type MuscleName = (typeof MUSCLE_NAMES)[number];
export type MuscleId = `${MuscleName}_${Side}`;

export const FUNCTIONAL_GROUPS = [
  'flexor',
  'extensor',
  'abductor',
  'adductor',
  'internal_rotator',
  'external_rotator',
  'trunk',
  'knee_extensor',
  'knee_flexor',
  'plantarflexor',
  'abdominal',
] as const;
export type FunctionalGroup = (typeof FUNCTIONAL_GROUPS)[number];

/**
 * The hip coordinate and sign of moment arm that each hip group implies at neutral standing. The knee,
 * ankle and abdominal groups carry none: their muscles do not cross the hip.
 */
export const GROUP_ACTION: Partial<Record<FunctionalGroup, { coordinate: HipCoordinateBase; sign: 1 | -1 }>> = {
  flexor: { coordinate: 'hip_flexion', sign: 1 },
  extensor: { coordinate: 'hip_flexion', sign: -1 },
  adductor: { coordinate: 'hip_adduction', sign: 1 },
  abductor: { coordinate: 'hip_adduction', sign: -1 },
  internal_rotator: { coordinate: 'hip_rotation', sign: 1 },
  external_rotator: { coordinate: 'hip_rotation', sign: -1 },
};

/** Segment names of a right-side definition; leg segments get the side appended when built. */
export type SegmentBase = 'pelvis' | 'sacrum' | 'torso' | VertebraId | 'femur' | 'tibia' | 'patella' | 'foot';

/** Coordinates a conditional point can depend on (side appended when built). */
export type SidedCoordinateBase = HipCoordinateBase | 'knee_angle';

export interface PathPointDef {
  segment: SegmentBase;
  at: Vec3;
  /** Present only while the coordinate (degrees) is within the range, inclusive (OpenSim ConditionalPathPoint). */
  when?: { coordinate: SidedCoordinateBase; range: readonly [number, number] };
  /**
   * A bony surface the muscle rests on (e.g. the pelvic brim): the outward normal of the bone at this
   * point. The point holds the muscle only while the straight line past it would sink into the bone; as
   * the joint moves the line clear, the muscle eases off over the last few millimetres (CONTACT_DEPTH)
   * so that its length never jumps.
   *
   * `rounded` is for a broad, rounded prominence that a sheet slides across (the greater trochanter
   * under the iliotibial tract): the line may reach the point from the side, far from it, and then the
   * hold eases in over a depth that grows with that sideways distance (`rounded` times it), not over a
   * few millimetres; otherwise the path would swing out to the point over a fraction of a degree.
   */
  contact?: { normal: Vec3; rounded?: number };
  /**
   * For a first or last point that is not on a modelled bone: what it is attached to — soft tissue
   * ("linea alba", "thoracolumbar fascia", "inguinal ligament") or a bone the model lacks ("sixth costal
   * cartilage"). Ends without it lie on the bone of their segment.
   */
  attachedTo?: string;
}

export type Quadrant = 'all' | '+x' | '-x' | '+y' | '-y';

export interface WrapCylinderDef {
  id: string;
  segment: SegmentBase;
  /** Centre in the segment frame. */
  centre: Vec3;
  /** Body-fixed XYZ rotation (radians) of the cylinder frame; its z axis is the cylinder's axis. */
  rotation: Vec3;
  radius: number;
  /** The side of the cylinder (in its own frame) the muscle must pass over. */
  quadrant: Quadrant;
  source: string;
}

export interface FibreDef {
  name: string;
  points: PathPointDef[];
  /** Wrap objects tried on each straight piece whose end points' indices lie within `range` (inclusive). */
  wraps?: { cylinder: string; range: readonly [number, number] }[];
  /** Share of the muscle's cross-section carried by this fibre (shares of a muscle sum to 1). */
  share: number;
  /** Declared actions of this fibre alone, for muscles whose parts act differently. */
  groups?: FunctionalGroup[];
  /** Where the figures come from. */
  source: string;
}

export interface Architecture {
  /** Maximum isometric force, N. */
  maxForce: number;
  /** Optimal fibre length, m. */
  optimalFibreLength: number;
  /** Tendon slack length, m. */
  tendonSlackLength: number;
  /** Pennation at optimal fibre length, degrees. */
  pennation: number;
  source: string;
}

export interface MusclePathDef {
  name: MuscleName;
  fibres: FibreDef[];
  architecture: Architecture;
}

export interface Citation {
  /** Key into the sources table (src/anatomy/sources.ts). */
  source: string;
  /** Chapter, page, figure or section, where known. */
  where?: string;
}

export interface TriggerPoint {
  id: string;
  /** Plain description of where it is felt or palpated. */
  description: string;
  /** Where to draw the X: which fibre (index) and how far along it, 0 = origin, 1 = insertion. */
  fibre: number;
  along: number;
  evidence: Evidence;
  citations: Citation[];
}

export type Evidence = 'verified' | 'recalled' | 'uncertain';

export interface MuscleFacts {
  name: MuscleName;
  displayName: string;
  /** Other names and common phrases people search for ("hip flexor", "glute", "QL"). */
  synonyms: string[];
  groups: FunctionalGroup[];
  origin: string;
  insertion: string;
  action: string;
  innervation: { nerve: string; roots: string[] };
  bloodSupply: string;
  triggerPoints: TriggerPoint[];
  symptoms: string;
  aggravating: string;
  selfCare: string;
  /** Where sources disagree, said plainly. */
  notes?: string;
  citations: Citation[];
}
