/**
 * Muscles as path-bound bodies: each muscle's shape class, visible tendons and the few figures that make
 * it read as itself, with defaults for any muscle not listed (so a new muscle gets a body without an
 * entry here). Volume = physiological cross-section × optimal fibre length, with the cross-section
 * max isometric force / SPECIFIC_TENSION.
 */
import type { Muscle } from '../../anatomy/muscles/catalog';
import type { BodySpec, BodyTuning, ShapeClass } from '../bodies/spec';

/**
 * Specific tension, N/m²: 43 N/cm², the tension that gait2392's maximum forces imply. Rajagopal et al.
 * 2016 (source keys `rajagopal2016`, `handsfield2014`) built their forces as MRI muscle volumes ×
 * 60 N/cm² ÷ optimal fibre length, so their model gives each muscle's measured volume; dividing
 * gait2392's max force × optimal fibre length by that volume gives the tension gait2392's forces stand
 * for: 24–59 N/cm² over 16 hip muscles (biceps short head 136), median 43 (psoas 40, gluteus medius 41,
 * iliacus 59, gluteus maximus 32). With it the bodies come out at measured size on average; with
 * Rajagopal's own 60 N/cm² every gait2392 muscle would be drawn about 30 % too small.
 */
export const SPECIFIC_TENSION = 43e4;

/** Physiological cross-sectional area, m². */
export const pcsa = (m: Pick<Muscle, 'architecture'>) => m.architecture.maxForce / SPECIFIC_TENSION;

/** Volume of the muscle's fleshy part: PCSA × optimal fibre length, m³. */
export const targetVolume = (m: Pick<Muscle, 'architecture'>) => pcsa(m) * m.architecture.optimalFibreLength;

export interface MuscleShape extends Partial<Omit<BodyTuning, 'tendon' | 'spread' | 'tendonSection'>> {
  shape: ShapeClass;
  tendon?: Partial<BodyTuning['tendon']>;
  spread?: Partial<BodyTuning['spread']>;
  tendonSection?: Partial<BodyTuning['tendonSection']>;
}

const UP = [0, 1, 0] as const;

/** A flat abdominal muscle: a sheet whose aponeurosis is about a millimetre thick. */
const FLAT_WALL: MuscleShape = {
  shape: 'sheet',
  swell: 0.1,
  tendonSection: { halfWidth: 0.004, halfThickness: 0.0006 },
};

/** Right-side names; the left side uses the same entry. Ids in `over` name the right side (`_r`). */
export const MUSCLE_SHAPES: Partial<Record<string, MuscleShape>> = {
  psoas_major: {
    // Each fascicle joins thin at its vertebra and the belly is fullest low, at L5 and the brim.
    shape: 'fusiform',
    tendon: { distal: 0.11 },
    tendonSection: { halfWidth: 0.007, halfThickness: 0.004 },
    swell: 0.75,
    peak: 0.4,
    push: 1,
    fill: 0.03,
    // Into the thigh through the muscular lacuna, behind the inguinal ligament.
    beneath: ['inguinal_ligament_r'],
  },
  psoas_minor: {
    shape: 'strap',
    aspect: 2,
    tendon: { distal: 0.11 },
    tendonSection: { halfWidth: 0.004, halfThickness: 0.001 },
    over: ['psoas_major_r'],
  },
  iliacus: {
    shape: 'fan',
    tendon: { distal: 0.05 },
    tendonSection: { halfWidth: 0.007, halfThickness: 0.004 },
    spread: { origin: 0.01 },
    fill: 0.04,
    over: ['psoas_major_r'],
    beneath: ['inguinal_ligament_r'],
  },
  quadratus_lumborum: { shape: 'sheet', swell: 0.2, over: ['psoas_major_r'] },
  gluteus_maximus: {
    // From the posterior ilium, the back of the sacrum and the coccyx: wider than gait2392's three lines.
    shape: 'fan',
    fanOrigin: 1.3,
    swell: 0.5,
    tendon: { distal: 0.05 },
    tendonSection: { halfWidth: 0.02, halfThickness: 0.002 },
    over: [
      'gluteus_medius_r',
      'piriformis_r',
      'gemellus_superior_r',
      'obturator_internus_r',
      'gemellus_inferior_r',
      'quadratus_femoris_r',
    ],
  },
  gluteus_medius: {
    // Over the outer ilium between the anterior and posterior gluteal lines, up to the crest.
    shape: 'fan',
    tendon: { distal: 0.025 },
    tendonSection: { halfWidth: 0.01, halfThickness: 0.003 },
    spread: { origin: 0 },
    over: ['gluteus_minimus_r', 'piriformis_r'],
  },
  gluteus_minimus: {
    shape: 'fan',
    tendon: { distal: 0.015 },
    tendonSection: { halfWidth: 0.008, halfThickness: 0.003 },
    spread: { origin: 0 },
  },
  piriformis: {
    shape: 'fusiform',
    aspect: 1.5,
    widthAxis: UP,
    tendon: { distal: 0.035 },
    spread: { origin: 0.012 },
  },
  gemellus_superior: { shape: 'strap', aspect: 1.6, widthAxis: UP, tendon: { distal: 0.012 } },
  obturator_internus: {
    shape: 'fan',
    aspect: 2,
    widthAxis: UP,
    tendon: { distal: 0.04 },
    spread: { origin: 0.015 },
  },
  gemellus_inferior: { shape: 'strap', aspect: 1.6, widthAxis: UP, tendon: { distal: 0.012 } },
  obturator_externus: { shape: 'fan', aspect: 2, tendon: { distal: 0.02 }, spread: { origin: 0.012 } },
  quadratus_femoris: { shape: 'strap', aspect: 2.5, widthAxis: UP, tendon: { distal: 0.004 } },
  tensor_fasciae_latae: {
    shape: 'strap',
    aspect: 1.8,
    // The belly is the top ≈15 cm; the rest of the path is the iliotibial tract, a broad flat band.
    bellyLength: 0.15,
    tendonSection: { halfWidth: 0.022, halfThickness: 0.0016 },
  },
  sartorius: { shape: 'strap', aspect: 3.2, tendon: { proximal: 0.015, distal: 0.07 }, swell: 0.2 },
  rectus_femoris: {
    shape: 'pennate',
    tendon: { proximal: 0.04, distal: 0.07 },
    swell: 0.35,
    over: ['vastus_intermedius_r'],
  },
  pectineus: { shape: 'strap', aspect: 2.2, tendon: { distal: 0.008 } },
  adductor_longus: {
    shape: 'fan',
    aspect: 2.2,
    widthAxis: UP,
    tendon: { proximal: 0.03, distal: 0.01 },
    spread: { insertion: 0.03 },
    over: ['adductor_brevis_r'],
  },
  adductor_brevis: {
    shape: 'fan',
    aspect: 2,
    widthAxis: UP,
    tendon: { distal: 0.008 },
    spread: { insertion: 0.02 },
    over: ['adductor_magnus_r'],
  },
  adductor_magnus: { shape: 'fan', tendon: { distal: 0.02 } },
  gracilis: { shape: 'strap', aspect: 2.5, tendon: { proximal: 0.02, distal: 0.12 } },
  biceps_femoris_long: { shape: 'fusiform', tendon: { proximal: 0.05, distal: 0.08 } },
  biceps_femoris_short: { shape: 'fan', aspect: 1.8, tendon: { distal: 0.04 }, spread: { origin: 0.03 } },
  semitendinosus: { shape: 'fusiform', tendon: { proximal: 0.02, distal: 0.16 } },
  semimembranosus: {
    shape: 'pennate',
    aspect: 1.4,
    tendon: { proximal: 0.12, distal: 0.04 },
    tendonSection: { halfWidth: 0.008, halfThickness: 0.002 },
  },
  iliocostalis_lumborum: { shape: 'sheet', swell: 0.25, over: ['multifidus_lumborum_r'] },
  longissimus_thoracis: { shape: 'sheet', swell: 0.25, over: ['multifidus_lumborum_r'] },
  multifidus_lumborum: { shape: 'sheet', swell: 0.2 },
  // The quadriceps: the vasti wrap the femoral shaft (intermedius deepest), rectus femoris lies over them.
  vastus_intermedius: { shape: 'fan', tendon: { distal: 0.05 }, tendonSection: { halfWidth: 0.012, halfThickness: 0.003 } },
  vastus_lateralis: {
    shape: 'fan',
    tendon: { distal: 0.05 },
    tendonSection: { halfWidth: 0.012, halfThickness: 0.003 },
    over: ['vastus_intermedius_r'],
  },
  vastus_medialis: {
    shape: 'fan',
    tendon: { distal: 0.03 },
    tendonSection: { halfWidth: 0.01, halfThickness: 0.003 },
    over: ['vastus_intermedius_r'],
  },
  // The calf: the gastrocnemius heads over soleus, all into the calcaneal tendon.
  soleus: { shape: 'fan', tendon: { distal: 0.07 }, tendonSection: { halfWidth: 0.008, halfThickness: 0.003 } },
  gastrocnemius_medial: {
    shape: 'fan',
    tendon: { proximal: 0.02, distal: 0.14 },
    tendonSection: { halfWidth: 0.008, halfThickness: 0.003 },
    over: ['soleus_r'],
  },
  gastrocnemius_lateral: {
    shape: 'fan',
    tendon: { proximal: 0.02, distal: 0.14 },
    tendonSection: { halfWidth: 0.008, halfThickness: 0.003 },
    over: ['soleus_r'],
  },
  // The abdominal wall: three layers (external over internal over transversus) and rectus in front.
  // The three flat muscles are fleshy for about their optimal fascicle length from their lateral origins
  // (Urquhart et al. 2005; Brown et al. 2011) and end medially in thin aponeuroses to the linea alba.
  rectus_abdominis: { shape: 'sheet', swell: 0.15 },
  transversus_abdominis: { ...FLAT_WALL, bellyLength: 0.09 },
  internal_oblique: { ...FLAT_WALL, bellyLength: 0.08, over: ['transversus_abdominis_r'] },
  external_oblique: { ...FLAT_WALL, bellyLength: 0.1, over: ['internal_oblique_r'] },
};

export interface MuscleShapeFull extends BodyTuning {
  shape: ShapeClass;
}

/** Defaults by shape class, for what an entry leaves out. */
const BASE: Record<ShapeClass, Omit<BodyTuning, 'over'>> = {
  fusiform: {
    peak: 0.5,
    fill: 0.015,
    tendon: { proximal: 0, distal: 0.03 },
    tendonSection: { halfWidth: 0.003, halfThickness: 0.003 },
    aspect: 1,
    swell: 0.4,
    push: 0.5,
    spread: { origin: 0, insertion: 0 },
  },
  fan: {
    peak: 0.5,
    fill: 0.03,
    tendon: { proximal: 0, distal: 0.02 },
    tendonSection: { halfWidth: 0.006, halfThickness: 0.003 },
    aspect: 2,
    swell: 0.35,
    push: 0.85,
    spread: { origin: 0.01, insertion: 0 },
  },
  strap: {
    peak: 0.5,
    fill: 0.01,
    tendon: { proximal: 0, distal: 0.02 },
    tendonSection: { halfWidth: 0.005, halfThickness: 0.0015 },
    aspect: 2.5,
    swell: 0.25,
    push: 0.5,
    spread: { origin: 0, insertion: 0 },
  },
  pennate: {
    peak: 0.5,
    fill: 0.01,
    tendon: { proximal: 0.03, distal: 0.05 },
    tendonSection: { halfWidth: 0.005, halfThickness: 0.003 },
    aspect: 1.2,
    swell: 0.35,
    push: 0.5,
    spread: { origin: 0, insertion: 0 },
  },
  sheet: {
    peak: 0.5,
    fill: 0.03,
    tendon: { proximal: 0, distal: 0 },
    tendonSection: { halfWidth: 0.004, halfThickness: 0.002 },
    aspect: 3,
    swell: 0.2,
    push: 0.4,
    spread: { origin: 0.005, insertion: 0.005 },
  },
  tube: {
    peak: 0.5,
    fill: 0,
    tendon: { proximal: 0, distal: 0 },
    tendonSection: { halfWidth: 0.002, halfThickness: 0.002 },
    aspect: 1,
    swell: 0,
    push: 1,
    spread: { origin: 0, insertion: 0 },
  },
};

/** The class a muscle without an entry gets: one fibre → fusiform; several → fan. */
const guessClass = (m: Muscle): ShapeClass => (m.fibres.length > 1 ? 'fan' : 'fusiform');

/** A muscle's full shape: its entry over its class's defaults (`over` and `beneath` ids turned to the muscle's side). */
export function muscleShape(m: Muscle): MuscleShapeFull {
  const entry = MUSCLE_SHAPES[m.name];
  const shape = entry?.shape ?? guessClass(m);
  const base = BASE[shape];
  return {
    ...base,
    ...entry,
    shape,
    tendon: { ...base.tendon, ...entry?.tendon },
    spread: { ...base.spread, ...entry?.spread },
    tendonSection: { ...base.tendonSection, ...entry?.tendonSection },
    over: (entry?.over ?? []).map((id) => id.replace(/_r$/, `_${m.side}`)),
    beneath: (entry?.beneath ?? []).map((id) => id.replace(/_r$/, `_${m.side}`)),
  };
}

/** The builder's spec for a muscle. */
export function muscleBodySpec(m: Muscle): BodySpec {
  const { shape, ...tuning } = muscleShape(m);
  return { id: m.id, fibres: m.fibres, shape, size: { volume: targetVolume(m) }, tuning };
}
