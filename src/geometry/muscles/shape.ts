/**
 * How each muscle is drawn around its fibre paths: where along the path it is fleshy (the rest is tendon
 * or aponeurosis), and how thick. Belly thickness comes from the physiological cross-section, maximum
 * isometric force / 60 N/cm² (a specific tension after Ward et al. 2009).
 *
 * The fleshy part is given as fractions of the path (0 = origin): it rises over `rise`, stays full, and
 * falls over `fall` into the tendon — so a muscle that arises fleshy from bone (iliacus, glutei) is red
 * right up to its origin, and one with a long tendon (semitendinosus, psoas minor) shows it (Gray's).
 */
import type { Muscle } from '../../anatomy/muscles/catalog';
import type { MuscleName } from '../../anatomy/muscles/types';

/** N per m² of physiological cross-section. */
export const SPECIFIC_TENSION = 60e4;

export interface MuscleShape {
  rise: readonly [number, number];
  fall: readonly [number, number];
  /** Tendon radius, m. */
  tendon: number;
}

const DEFAULT: MuscleShape = { rise: [0.05, 0.18], fall: [0.78, 0.94], tendon: 0.0025 };

const FLESHY_ORIGIN = (fall: readonly [number, number], tendon = 0.003): Partial<MuscleShape> => ({
  rise: [0, 0.05],
  fall,
  tendon,
});

const SHAPES: Partial<Record<MuscleName, Partial<MuscleShape>>> = {
  psoas_major: FLESHY_ORIGIN([0.62, 0.88], 0.005),
  psoas_minor: { rise: [0, 0.05], fall: [0.25, 0.45], tendon: 0.0015 },
  iliacus: FLESHY_ORIGIN([0.6, 0.9], 0.005),
  quadratus_lumborum: FLESHY_ORIGIN([0.9, 1], 0.004),
  gluteus_maximus: FLESHY_ORIGIN([0.72, 0.96], 0.004),
  gluteus_medius: FLESHY_ORIGIN([0.65, 0.92], 0.004),
  gluteus_minimus: FLESHY_ORIGIN([0.65, 0.92]),
  piriformis: FLESHY_ORIGIN([0.55, 0.85]),
  gemellus_superior: FLESHY_ORIGIN([0.6, 0.9], 0.002),
  gemellus_inferior: FLESHY_ORIGIN([0.6, 0.9], 0.002),
  obturator_internus: FLESHY_ORIGIN([0.45, 0.7], 0.003),
  obturator_externus: FLESHY_ORIGIN([0.6, 0.9]),
  quadratus_femoris: FLESHY_ORIGIN([0.8, 0.97]),
  tensor_fasciae_latae: { rise: [0, 0.03], fall: [0.16, 0.26], tendon: 0.003 },
  sartorius: { rise: [0.02, 0.08], fall: [0.85, 0.95], tendon: 0.002 },
  rectus_femoris: { rise: [0.05, 0.18], fall: [0.72, 0.88], tendon: 0.004 },
  pectineus: FLESHY_ORIGIN([0.8, 0.95]),
  adductor_longus: { rise: [0.03, 0.12], fall: [0.85, 0.97] },
  adductor_brevis: FLESHY_ORIGIN([0.85, 0.97]),
  adductor_magnus: FLESHY_ORIGIN([0.85, 0.98]),
  gracilis: { rise: [0.03, 0.1], fall: [0.6, 0.8], tendon: 0.002 },
  biceps_femoris_long: { rise: [0.05, 0.18], fall: [0.7, 0.88] },
  biceps_femoris_short: FLESHY_ORIGIN([0.75, 0.92]),
  semitendinosus: { rise: [0.04, 0.12], fall: [0.5, 0.68], tendon: 0.002 },
  semimembranosus: { rise: [0.12, 0.3], fall: [0.75, 0.9] },
  iliocostalis_lumborum: FLESHY_ORIGIN([0.85, 1]),
  longissimus_thoracis: FLESHY_ORIGIN([0.85, 1]),
  multifidus_lumborum: FLESHY_ORIGIN([0.9, 1]),
};

export const shapeOf = (name: MuscleName): MuscleShape => ({ ...DEFAULT, ...SHAPES[name] });

/** Physiological cross-sectional area at the belly, m². */
export const bellyArea = (m: Muscle) => m.architecture.maxForce / SPECIFIC_TENSION;

const smooth = (a: number, b: number, x: number) => {
  if (b <= a) return x >= b ? 1 : 0;
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/**
 * 0 in tendon, up to 1 where the belly is fullest: a plateau over the fleshy part, gently swelling in its
 * middle so long bellies read as spindles rather than sausages.
 */
export function bellyProfile(s: number, shape: MuscleShape): number {
  const plateau = smooth(shape.rise[0], shape.rise[1], s) * (1 - smooth(shape.fall[0], shape.fall[1], s));
  const u = (s - shape.rise[0]) / Math.max(1e-6, shape.fall[1] - shape.rise[0]);
  const swell = 0.78 + 0.22 * Math.sin(Math.PI * Math.min(1, Math.max(0, u)));
  return plateau * swell;
}
