/**
 * The 76 muscles of SPEC.md: each of the 38 right-side definitions, and its mirror image on the left,
 * resolved to segment ids, coordinate indices and cylinder frames so that evaluating a path is cheap.
 */
import { SIDES, type Side } from '../model/segments';
import { type Fibre, placed, resolveFibre } from '../path/resolve';
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
import { externalOblique, internalOblique, rectusAbdominis, transversusAbdominis } from './paths/abdominalWall';
import { gastrocnemiusLateral, gastrocnemiusMedial, soleus } from './paths/calf';
import { vastusIntermedius, vastusLateralis, vastusMedialis } from './paths/vasti';
import { type Architecture, MUSCLE_NAMES, type MuscleId, type MuscleName, type MusclePathDef } from './types';
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
  vastus_lateralis: 'Vastus lateralis',
  vastus_medialis: 'Vastus medialis',
  vastus_intermedius: 'Vastus intermedius',
  gastrocnemius_medial: 'Gastrocnemius (medial head)',
  gastrocnemius_lateral: 'Gastrocnemius (lateral head)',
  soleus: 'Soleus',
  rectus_abdominis: 'Rectus abdominis',
  external_oblique: 'External oblique',
  internal_oblique: 'Internal oblique',
  transversus_abdominis: 'Transversus abdominis',
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
  vastus_lateralis: vastusLateralis,
  vastus_medialis: vastusMedialis,
  vastus_intermedius: vastusIntermedius,
  gastrocnemius_medial: gastrocnemiusMedial,
  gastrocnemius_lateral: gastrocnemiusLateral,
  soleus,
  rectus_abdominis: rectusAbdominis,
  external_oblique: externalOblique,
  internal_oblique: internalOblique,
  transversus_abdominis: transversusAbdominis,
};

export type { Fibre, ResolvedCylinder, ResolvedPoint } from '../path/resolve';

export interface Muscle {
  id: MuscleId;
  name: MuscleName;
  side: Side;
  displayName: string;
  fibres: Fibre[];
  architecture: Architecture;
}

function build(def: MusclePathDef, side: Side): Muscle {
  return {
    id: `${def.name}_${side}`,
    name: def.name,
    side,
    displayName: DISPLAY_NAMES[def.name],
    architecture: def.architecture,
    fibres: def.fibres.map((f) => resolveFibre(f, placed(side), WRAP_CYLINDERS)),
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
