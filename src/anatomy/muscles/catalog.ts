/**
 * The 56 muscles of SPEC.md: each of the 28 right-side definitions, and its mirror image on the left,
 * resolved to segment ids, coordinate indices and cylinder frames so that evaluating a path is cheap.
 */
import { createTransform, multiply, setEulerXYZ, type Transform } from '../math/transform';
import type { Vec3 } from '../math/vec3';
import { COORDINATE_INDEX, type CoordinateName } from '../model/coordinates';
import { SEGMENT_INDEX, type SegmentId, SIDES, type Side } from '../model/segments';
import { adductorBrevis, adductorLongus, adductorMagnus, gracilis } from './paths/adductors';
import {
  gemellusInferior,
  gemellusSuperior,
  gluteusMaximus,
  gluteusMedius,
  gluteusMinimus,
  obturatorExternus,
  obturatorInternus,
  piriformis,
  quadratusFemoris,
} from './paths/gluteal';
import { bicepsFemorisLong, bicepsFemorisShort, semimembranosus, semitendinosus } from './paths/hamstrings';
import { iliacus, pectineus, psoasMajor, psoasMinor, rectusFemoris, sartorius, tensorFasciaeLatae } from './paths/hipFlexors';
import { iliocostalisLumborum, longissimusThoracis, multifidusLumborum, quadratusLumborum } from './paths/trunk';
import {
  type Architecture,
  type FunctionalGroup,
  MUSCLE_NAMES,
  type MuscleId,
  type MuscleName,
  type MusclePathDef,
  type Quadrant,
  type SegmentBase,
} from './types';
import { WRAP_CYLINDERS } from './wrapObjects';

export const DISPLAY_NAMES: Readonly<Record<MuscleName, string>> = {
  psoas_major: 'Psoas major',
  psoas_minor: 'Psoas minor',
  iliacus: 'Iliacus',
  quadratus_lumborum: 'Quadratus lumborum',
  gluteus_maximus: 'Gluteus maximus',
  gluteus_medius: 'Gluteus medius',
  gluteus_minimus: 'Gluteus minimus',
  piriformis: 'Piriformis',
  gemellus_superior: 'Superior gemellus',
  obturator_internus: 'Obturator internus',
  gemellus_inferior: 'Inferior gemellus',
  obturator_externus: 'Obturator externus',
  quadratus_femoris: 'Quadratus femoris',
  tensor_fasciae_latae: 'Tensor fasciae latae',
  sartorius: 'Sartorius',
  rectus_femoris: 'Rectus femoris',
  pectineus: 'Pectineus',
  adductor_longus: 'Adductor longus',
  adductor_brevis: 'Adductor brevis',
  adductor_magnus: 'Adductor magnus',
  gracilis: 'Gracilis',
  biceps_femoris_long: 'Biceps femoris (long head)',
  biceps_femoris_short: 'Biceps femoris (short head)',
  semitendinosus: 'Semitendinosus',
  semimembranosus: 'Semimembranosus',
  iliocostalis_lumborum: 'Iliocostalis lumborum',
  longissimus_thoracis: 'Longissimus thoracis',
  multifidus_lumborum: 'Multifidus (lumbar)',
};

const PATHS: Readonly<Record<MuscleName, MusclePathDef>> = {
  psoas_major: psoasMajor,
  psoas_minor: psoasMinor,
  iliacus,
  quadratus_lumborum: quadratusLumborum,
  gluteus_maximus: gluteusMaximus,
  gluteus_medius: gluteusMedius,
  gluteus_minimus: gluteusMinimus,
  piriformis,
  gemellus_superior: gemellusSuperior,
  obturator_internus: obturatorInternus,
  gemellus_inferior: gemellusInferior,
  obturator_externus: obturatorExternus,
  quadratus_femoris: quadratusFemoris,
  tensor_fasciae_latae: tensorFasciaeLatae,
  sartorius,
  rectus_femoris: rectusFemoris,
  pectineus,
  adductor_longus: adductorLongus,
  adductor_brevis: adductorBrevis,
  adductor_magnus: adductorMagnus,
  gracilis,
  biceps_femoris_long: bicepsFemorisLong,
  biceps_femoris_short: bicepsFemorisShort,
  semitendinosus,
  semimembranosus,
  iliocostalis_lumborum: iliocostalisLumborum,
  longissimus_thoracis: longissimusThoracis,
  multifidus_lumborum: multifidusLumborum,
};

export interface ResolvedPoint {
  segment: SegmentId;
  segmentIndex: number;
  at: Vec3;
  /** Defined index in the fibre (conditional points keep their index when inactive). */
  index: number;
  when?: { coordinate: CoordinateName; coordinateIndex: number; range: readonly [number, number] };
  /** Bony edge of a contact point (segment frame; see PathPointDef.contact). */
  contact?: { normal: Vec3 };
}

export interface ResolvedCylinder {
  id: string;
  segment: SegmentId;
  segmentIndex: number;
  /** Cylinder frame → segment frame. */
  local: Transform;
  radius: number;
  quadrant: Quadrant;
}

export interface Fibre {
  name: string;
  points: ResolvedPoint[];
  wraps: { cylinder: ResolvedCylinder; range: readonly [number, number] }[];
  share: number;
  groups?: FunctionalGroup[];
  source: string;
}

export interface Muscle {
  id: MuscleId;
  name: MuscleName;
  side: Side;
  displayName: string;
  fibres: Fibre[];
  architecture: Architecture;
}

export function resolveSegment(base: SegmentBase, side: Side): SegmentId {
  return (base === 'femur' || base === 'tibia' || base === 'patella' || base === 'foot' ? `${base}_${side}` : base) as SegmentId;
}

const mirror = (v: Vec3, side: Side): Vec3 => (side === 'r' ? [...v] : [v[0], v[1], -v[2]]);

function resolveCylinder(id: string, side: Side): ResolvedCylinder {
  const def = WRAP_CYLINDERS.find((c) => c.id === id);
  if (!def) throw new Error(`unknown wrap cylinder ${id}`);
  const segment = resolveSegment(def.segment, side);
  const [rx, ry, rz] = def.rotation;
  // Mirroring the cylinder frame for the left side negates the x and y Euler angles.
  const local = side === 'r' ? setEulerXYZ(rx, ry, rz, createTransform()) : setEulerXYZ(-rx, -ry, rz, createTransform());
  const c = mirror(def.centre, side);
  const translate = createTransform();
  translate[9] = c[0];
  translate[10] = c[1];
  translate[11] = c[2];
  multiply(translate, local, local);
  return { id: `${id}_${side}`, segment, segmentIndex: SEGMENT_INDEX[segment], local, radius: def.radius, quadrant: def.quadrant };
}

function build(def: MusclePathDef, side: Side): Muscle {
  return {
    id: `${def.name}_${side}`,
    name: def.name,
    side,
    displayName: DISPLAY_NAMES[def.name],
    architecture: def.architecture,
    fibres: def.fibres.map((f) => ({
      name: f.name,
      share: f.share,
      source: f.source,
      ...(f.groups ? { groups: f.groups } : {}),
      points: f.points.map((p, index) => {
        const segment = resolveSegment(p.segment, side);
        const resolved: ResolvedPoint = { segment, segmentIndex: SEGMENT_INDEX[segment], at: mirror(p.at, side), index };
        if (p.contact) {
          resolved.contact = { normal: mirror(p.contact.normal, side) };
        }
        if (p.when) {
          const coordinate = `${p.when.coordinate}_${side}` as CoordinateName;
          resolved.when = { coordinate, coordinateIndex: COORDINATE_INDEX[coordinate], range: p.when.range };
        }
        return resolved;
      }),
      wraps: (f.wraps ?? []).map((w) => ({ cylinder: resolveCylinder(w.cylinder, side), range: w.range })),
    })),
  };
}

export const MUSCLES: readonly Muscle[] = SIDES.flatMap((side) => MUSCLE_NAMES.map((n) => build(PATHS[n], side)));

export const MUSCLE_IDS: readonly MuscleId[] = MUSCLES.map((m) => m.id);

const BY_ID = new Map<string, Muscle>(MUSCLES.map((m) => [m.id, m]));

export const isMuscleId = (s: string): s is MuscleId => BY_ID.has(s);

export function muscle(id: MuscleId): Muscle {
  return BY_ID.get(id)!;
}

/** The same muscle on the other side. */
export const otherSide = (m: Muscle): Muscle => muscle(`${m.name}_${m.side === 'r' ? 'l' : 'r'}`);

/** How people read a muscle: "Psoas major (right)". */
export const muscleLabel = (m: Muscle) => `${m.displayName} (${m.side === 'r' ? 'right' : 'left'})`;
