/**
 * How each muscle is drawn around its fibre paths: where along the path the fleshy belly sits (the rest
 * is tendon or aponeurosis) and how its cross-section is shared out. Belly thickness comes from the
 * physiological cross-section, maximum isometric force / 60 N/cm² (specific tension after Ward 2009).
 */
import type { Muscle } from '../../anatomy/muscles/catalog';
import type { MuscleName } from '../../anatomy/muscles/types';

/** N per m² of physiological cross-section. */
export const SPECIFIC_TENSION = 60e4;

export interface MuscleShape {
  /** Fraction of the path (0 = origin) where the belly is fullest. */
  bellyCentre: number;
  /** Fraction of the path covered by belly (the rest tapers to tendon). */
  bellySpan: number;
  /** Tendon radius, m. */
  tendon: number;
}

const DEFAULT: MuscleShape = { bellyCentre: 0.5, bellySpan: 0.7, tendon: 0.0025 };

/** Where the belly sits when it does not sit in the middle (Gray's; the fibre/tendon split of gait2392). */
const SHAPES: Partial<Record<MuscleName, Partial<MuscleShape>>> = {
  psoas_major: { bellyCentre: 0.38, bellySpan: 0.8, tendon: 0.005 },
  psoas_minor: { bellyCentre: 0.2, bellySpan: 0.35, tendon: 0.0015 },
  iliacus: { bellyCentre: 0.35, bellySpan: 0.8, tendon: 0.005 },
  quadratus_lumborum: { bellySpan: 0.95, tendon: 0.004 },
  gluteus_maximus: { bellyCentre: 0.42, bellySpan: 0.9, tendon: 0.004 },
  gluteus_medius: { bellyCentre: 0.4, bellySpan: 0.85, tendon: 0.004 },
  gluteus_minimus: { bellyCentre: 0.4, bellySpan: 0.85 },
  piriformis: { bellyCentre: 0.35, bellySpan: 0.75 },
  tensor_fasciae_latae: { bellyCentre: 0.1, bellySpan: 0.22, tendon: 0.003 },
  sartorius: { bellyCentre: 0.45, bellySpan: 0.85, tendon: 0.002 },
  rectus_femoris: { bellyCentre: 0.45, bellySpan: 0.7, tendon: 0.004 },
  adductor_magnus: { bellyCentre: 0.45, bellySpan: 0.85 },
  gracilis: { bellyCentre: 0.4, bellySpan: 0.7, tendon: 0.002 },
  biceps_femoris_long: { bellyCentre: 0.45, bellySpan: 0.65 },
  semitendinosus: { bellyCentre: 0.35, bellySpan: 0.55, tendon: 0.002 },
  semimembranosus: { bellyCentre: 0.55, bellySpan: 0.6 },
  iliocostalis_lumborum: { bellyCentre: 0.45, bellySpan: 0.9 },
  longissimus_thoracis: { bellyCentre: 0.45, bellySpan: 0.9 },
  multifidus_lumborum: { bellySpan: 0.95 },
};

export const shapeOf = (name: MuscleName): MuscleShape => ({ ...DEFAULT, ...SHAPES[name] });

/** Physiological cross-sectional area at the belly, m². */
export const bellyArea = (m: Muscle) => m.architecture.maxForce / SPECIFIC_TENSION;

/** 0 in tendon, rising smoothly to 1 at the belly's centre. */
export function bellyProfile(s: number, shape: MuscleShape): number {
  const half = shape.bellySpan / 2;
  const d = Math.abs(s - shape.bellyCentre) / half;
  if (d >= 1) return 0;
  const c = Math.cos((d * Math.PI) / 2);
  return c * c;
}
