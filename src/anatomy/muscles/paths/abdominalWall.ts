/**
 * The abdominal wall: rectus abdominis, external oblique, internal oblique and transversus abdominis.
 * Neither gait2392 nor Rajagopal 2016 has them; they are placed from their anatomical description
 * (Gray's) on the landmarks of the pelvis and lower ribcage (landmarks.ts), each as a sheet of several
 * fibres that a body builder can fill between.
 *
 * The wall is curved round the belly, so a fibre is a chain of points on it: `wall()` gives a point of the
 * wall at a height, an angle round the trunk and a depth, from a table of the wall's horizontal sections
 * in neutral standing. Each point is carried by the segment that moves with that part of the wall — the
 * pelvis below the anterior superior iliac spines, L3 at the navel, L1 above it and the torso (ribcage)
 * higher up — so the wall bends with the lumbar spine and its chords stay outside the abdominal cavity as
 * the trunk flexes, extends, bends and turns. The layers keep their order: external oblique outermost,
 * then internal oblique, then transversus; rectus abdominis in front, in its sheath, from the midline to
 * the linea semilunaris. Aponeuroses are part of the path (the fleshy part is for the body builder).
 */
import type { Vec3 } from '../../math/vec3';
import { neutralFrames, toSegment } from '../../model/kinematics';
import type { FibreDef, MusclePathDef, PathPointDef } from '../types';
import { at, attached, pt } from './helpers';

/**
 * Horizontal sections of the outer surface of the abdominal muscles (neutral world, metres), about
 * 12–14 mm (skin and a lean subcutaneous layer) inside the body surface of a lean 1.8 m man: height,
 * centre x, reach in front and behind the centre, half breadth, and the superellipse exponent in front.
 */
type Section = [y: number, cx: number, front: number, back: number, half: number, n: number];
const SECTIONS: Section[] = [
  [0.93, -0.074, 0.085, 0.1, 0.14, 2.6],
  [0.98, -0.064, 0.084, 0.09, 0.136, 2.5],
  [1.04, -0.056, 0.083, 0.086, 0.132, 2.4],
  [1.09, -0.052, 0.084, 0.084, 0.129, 2.4],
  [1.14, -0.052, 0.085, 0.084, 0.128, 2.3],
  [1.19, -0.052, 0.089, 0.09, 0.131, 2.2],
  [1.24, -0.05, 0.094, 0.098, 0.135, 2.2],
  [1.29, -0.046, 0.099, 0.106, 0.138, 2.2],
];

/** Depth of the middle of each layer below the outer surface, metres (thicknesses after gray; urquhart2005). */
export const LAYER = { rectus: 0.006, external: 0.004, internal: 0.012, transversus: 0.019 } as const;

function section(y: number): Section {
  let i = 0;
  while (i < SECTIONS.length - 2 && SECTIONS[i + 1]![0] < y) i++;
  const a = SECTIONS[i]!;
  const b = SECTIONS[i + 1]!;
  const t = Math.min(1, Math.max(0, (y - a[0]) / (b[0] - a[0])));
  return a.map((v, k) => v + (b[k]! - v) * t) as Section;
}

/** A point of the wall in the neutral world: height y, `angle` degrees round from the front midline towards the right side, `depth` below the outer surface. */
function wallWorld(y: number, angle: number, depth: number): Vec3 {
  const [, cx, front, back, half, n] = section(y);
  const t = (angle * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const reach = c >= 0 ? front : back;
  const r = 1 / ((Math.abs(c) / reach) ** n + (Math.abs(s) / half) ** n) ** (1 / n) - depth;
  return [cx + r * c, y, r * s];
}

type WallSegment = 'pelvis' | 'l3' | 'l1' | 'torso';

/** A point of the wall (see wallWorld), carried by `segment`. */
export function wall(segment: WallSegment, y: number, angle: number, depth: number): PathPointDef {
  return { segment, at: toSegment(neutralFrames(), segment, wallWorld(y, angle, depth)) as Vec3 };
}

const WALL_SOURCE = 'gray (attachments and fibre directions), placed on the landmarks by myomap';

const sheet = (name: string, points: PathPointDef[], share: number, source = WALL_SOURCE): FibreDef => ({
  name,
  points,
  share,
  source,
});

// ——— Rectus abdominis: pubic crest and symphysis → xiphoid and costal cartilages 5–7 ———

const R = LAYER.rectus;

/** A rectus fibre `z` from the midline at the navel, widening upwards as the muscle does. */
function rectusFibre(name: string, origin: PathPointDef, zNavel: number, insertion: PathPointDef): FibreDef {
  const angleAt = (y: number, z: number) => (Math.atan2(z, section(y)[2]) * 180) / Math.PI;
  return sheet(
    name,
    [
      origin,
      wall('pelvis', 0.98, angleAt(0.98, zNavel * 0.7), R),
      wall('l3', 1.09, angleAt(1.09, zNavel), R),
      wall('l1', 1.17, angleAt(1.17, zNavel * 1.08), R),
      wall('torso', 1.235, angleAt(1.235, zNavel * 1.12), R),
      insertion,
    ],
    0.25,
  );
}

export const rectusAbdominis: MusclePathDef = {
  name: 'rectus_abdominis',
  fibres: [
    rectusFibre(
      'from the symphysis to the xiphoid',
      pt('pelvis', -0.0292, -0.0742, 0.0075),
      0.012,
      attached(at('xiphoid_process', [0.004, 0.002, 0.01]), 'xiphoid process'),
    ),
    rectusFibre(
      'to the seventh cartilage',
      pt('pelvis', -0.0282, -0.0735, 0.0125),
      0.03,
      attached(at('costal_cartilage_7_r', [0.004, 0, 0]), 'seventh costal cartilage'),
    ),
    rectusFibre(
      'to the sixth cartilage',
      pt('pelvis', -0.0214, -0.0709, 0.0191),
      0.048,
      attached(at('costal_cartilage_6_r', [0.004, 0, 0]), 'sixth costal cartilage'),
    ),
    rectusFibre(
      'from the pubic crest to the fifth cartilage',
      pt('pelvis', -0.0194, -0.0732, 0.0281),
      0.065,
      attached(at('costal_cartilage_5_r', [0.004, 0, 0]), 'fifth costal cartilage'),
    ),
  ],
  architecture: {
    maxForce: 156,
    optimalFibreLength: 0.283,
    tendonSlackLength: 0.03,
    pennation: 0,
    source: 'delp2001 (PCSA 2.6 cm² at 60 N/cm², optimal fascicle length 28.3 cm); tendon slack length estimated',
  },
};

// ——— External oblique: outer surfaces of ribs 6–12 (the model's ribcage ends below the 5th) → anterior
// iliac crest, inguinal ligament and pubic tubercle, and by its aponeurosis the linea alba ———

const E = LAYER.external;

export const externalOblique: MusclePathDef = {
  name: 'external_oblique',
  fibres: [
    sheet(
      'from the twelfth rib to the iliac crest',
      [at('rib12_tip_r', [0.002, -0.002, 0.002]), pt('pelvis', -0.0633, 0.0832, 0.1145)],
      0.15,
    ),
    sheet(
      'from the eleventh rib to the iliac crest',
      [at('rib11_end_r', [0, -0.002, 0.003]), wall('l3', 1.08, 100, E), pt('pelvis', -0.0449, 0.0656, 0.1304)],
      0.2,
    ),
    sheet(
      'from the ninth rib to the anterior superior iliac spine',
      [
        attached(at('rib9_lateral_r', [0, 0, 0.006]), 'ninth rib'),
        wall('l1', 1.16, 86, E),
        wall('l3', 1.07, 72, E),
        at('asis_r', [0.0062, 0.0058, 0.0031]),
      ],
      0.2,
    ),
    sheet(
      'from the seventh rib to the pubic tubercle',
      [
        attached(at('rib7_lateral_r', [0, 0, 0.006]), 'seventh rib'),
        wall('torso', 1.22, 62, E),
        wall('l1', 1.15, 48, E),
        wall('l3', 1.07, 34, E),
        wall('pelvis', 0.98, 22, E),
        // Along the inguinal ligament's medial end to the pubic tubercle.
        // Along the medial end of the inguinal ligament, in front of it, to the pubic tubercle.
        pt('pelvis', -0.014, -0.055, 0.05),
        at('pubic_tubercle_r', [0.004, 0.003, 0.001]),
      ],
      0.25,
    ),
    sheet(
      'from the sixth rib to the linea alba',
      [
        attached(at('rib6_lateral_r', [0, 0, 0.006]), 'sixth rib'),
        wall('torso', 1.24, 40, E),
        wall('l1', 1.16, 18, E),
        attached(wall('l3', 1.1, 2, E), 'linea alba'),
      ],
      0.2,
    ),
  ],
  architecture: {
    maxForce: 400,
    optimalFibreLength: 0.1,
    tendonSlackLength: 0.08,
    pennation: 0,
    source:
      'estimate after brown2011 (PCSA between rectus abdominis and internal oblique, ≈6.7 cm² at 60 N/cm²; fascicles second longest after rectus), not checked against its table',
  },
};

// ——— Internal oblique: thoracolumbar fascia, iliac crest and lateral inguinal ligament → lower borders
// of ribs 10–12, and by its aponeurosis the linea alba and (conjoint tendon) the pubic crest ———

const I = LAYER.internal;

export const internalOblique: MusclePathDef = {
  name: 'internal_oblique',
  fibres: [
    sheet(
      'from the posterior iliac crest to the twelfth rib',
      [pt('pelvis', -0.0828, 0.0907, 0.0905), at('rib12_tip_r', [0.001, -0.003, 0.001])],
      0.15,
    ),
    sheet(
      'from the iliac crest to the eleventh rib',
      [pt('pelvis', -0.0675, 0.0865, 0.1082), wall('l3', 1.09, 100, I), at('rib11_end_r', [0, -0.004, 0])],
      0.2,
    ),
    sheet(
      'from the iliac crest to the tenth cartilage',
      [
        pt('pelvis', -0.045, 0.072, 0.123),
        wall('l3', 1.08, 82, I),
        attached(at('costal_margin_low_r', [-0.004, -0.006, -0.004]), 'tenth costal cartilage'),
      ],
      0.2,
    ),
    sheet(
      'from the anterior iliac crest to the linea alba',
      [
        at('asis_r', [-0.01, 0.01, -0.008]),
        wall('pelvis', 1.0, 62, I),
        wall('l3', 1.07, 32, I),
        attached(wall('l3', 1.1, 2, I), 'linea alba'),
      ],
      0.25,
    ),
    sheet(
      'from the inguinal ligament to the pubic crest',
      [
        // On the lateral two-thirds of the inguinal ligament (structures/paths/ligaments.ts), just above it.
        attached(pt('pelvis', -0.014, -0.031, 0.085), 'inguinal ligament'),
        wall('pelvis', 0.94, 26, I),
        pt('pelvis', -0.022, -0.0696, 0.0207),
      ],
      0.2,
    ),
  ],
  architecture: {
    maxForce: 440,
    optimalFibreLength: 0.08,
    tendonSlackLength: 0.06,
    pennation: 0,
    source:
      'estimate after brown2011 (the largest PCSA of the abdominal wall, ≈7.3 cm² at 60 N/cm²; shorter fascicles than rectus and external oblique), not checked against its table',
  },
};

// ——— Transversus abdominis: inner surfaces of costal cartilages 7–12, thoracolumbar fascia, iliac crest
// and lateral inguinal ligament → linea alba (and the pubic crest by the conjoint tendon); horizontal ———

const T = LAYER.transversus;

export const transversusAbdominis: MusclePathDef = {
  name: 'transversus_abdominis',
  fibres: [
    sheet(
      'from the eighth costal cartilage',
      [
        attached(at('costal_margin_8_r', [-0.012, 0, -0.006]), 'eighth costal cartilage'),
        wall('torso', 1.225, 30, T),
        attached(wall('torso', 1.23, 4, T), 'linea alba'),
      ],
      0.15,
    ),
    sheet(
      'from the lower costal cartilages',
      [
        attached(at('costal_margin_low_r', [-0.008, 0.004, -0.01]), 'tenth costal cartilage'),
        wall('l1', 1.15, 62, T),
        wall('l1', 1.15, 30, T),
        attached(wall('l1', 1.15, 3, T), 'linea alba'),
      ],
      0.2,
    ),
    sheet(
      'from the thoracolumbar fascia',
      [
        attached(pt('l3', -0.046, 0.002, 0.09), 'thoracolumbar fascia'),
        wall('l3', 1.09, 105, T),
        wall('l3', 1.09, 75, T),
        wall('l3', 1.09, 42, T),
        attached(wall('l3', 1.09, 3, T), 'linea alba'),
      ],
      0.3,
    ),
    sheet(
      'from the iliac crest',
      [
        pt('pelvis', -0.05, 0.068, 0.113),
        wall('pelvis', 1.0, 62, T),
        wall('pelvis', 0.99, 30, T),
        attached(wall('pelvis', 0.98, 3, T), 'linea alba'),
      ],
      0.2,
    ),
    sheet(
      'from the inguinal ligament to the pubic crest',
      [
        // On the lateral third of the inguinal ligament, just above and behind it.
        attached(pt('pelvis', -0.016, -0.017, 0.1), 'inguinal ligament'),
        wall('pelvis', 0.935, 30, T),
        pt('pelvis', -0.0291, -0.0709, 0.0142),
      ],
      0.15,
    ),
  ],
  architecture: {
    maxForce: 310,
    optimalFibreLength: 0.09,
    tendonSlackLength: 0.06,
    pennation: 0,
    source:
      'estimate after brown2011 (PCSA ≈5.1 cm² at 60 N/cm²), with fascicle lengths after urquhart2005; not checked against their tables',
  },
};
