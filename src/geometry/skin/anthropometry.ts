/**
 * The girths the body surface is built to: published means of adult men, scaled to the model's subject,
 * and where on this body each is taken.
 *
 * Reference: the 247 men of Heinz G, Peterson LJ, Johnson RW, Kerk CJ. Exploring relationships in body
 * dimensions. Journal of Statistics Education 2003;11(2) (physically active men, mostly in their twenties
 * and thirties), means of the published data file (`bdims`), in cm: stature 177.75, mass 78.14 kg, waist
 * girth 84.53 (narrowest part of the torso below the rib cage), hip girth 97.76 (at the level of the
 * bitrochanteric diameter), thigh girth 56.50 (just below the gluteal fold), knee girth 37.20 (over the
 * patella), calf girth 37.21 (maximum). Evidence: recalled — the variables and their definitions were
 * checked against the data set's documentation and the men's rows look consistent with these means, but
 * the means were not recomputed here. One study measured all five girths with one tape protocol, which is
 * why it is used rather than a mix of surveys. For comparison (recalled, not checked against the report): the
 * ANSUR II men (Gordon et al. 2014, NATICK/TR-15/007) are heavier (about 85 kg at 1.76 m), waist about
 * 94 cm at the omphalion, buttock 102 cm, thigh 62 cm, calf 39 cm.
 *
 * Scaling: the model's subject is the gait2392 one, 1.80 m and 75.16 kg. A body of the same shape scaled
 * to another stature H and mass m has girths ∝ √(m / H) (its volume ∝ girth² × H), so every girth is
 * multiplied by √((75.16 / 1.80) / (78.14 / 1.7775)) ≈ 0.975; heights and lengths come from the skeleton.
 */
import { lm } from './anchors';

export const SUBJECT = { stature: 1.8, mass: 75.16 } as const;
export const REFERENCE = { stature: 1.7775, mass: 78.14, n: 247 } as const;

/** Girths scale with √(mass / stature). */
export const GIRTH_SCALE = Math.sqrt(SUBJECT.mass / SUBJECT.stature / (REFERENCE.mass / REFERENCE.stature));

export interface GirthSite {
  id: 'waist' | 'hip' | 'thigh' | 'knee' | 'calf';
  /** Reference mean as published (metres). */
  published: number;
  /** Where the tape goes, in the reference's words and on this body. */
  where: string;
  /** Heights (neutral world y) to try; the girth is the smallest or largest of them, or the only one. */
  heights: number[];
  pick: 'min' | 'max' | 'only';
  /** One leg (the right, z > 0) or the whole section. */
  side: 'right' | 'whole';
}

const range = (a: number, b: number, step = 0.005) =>
  Array.from({ length: Math.round((b - a) / step) + 1 }, (_, i) => a + i * step);

const PATELLA_Y = (lm('patella_base_r')[1] + lm('patella_apex_r')[1]) / 2;

export const GIRTH_SITES: readonly GirthSite[] = [
  {
    id: 'waist',
    published: 0.8453,
    where: 'narrowest part of the torso between the iliac crests and the costal margin',
    heights: range(lm('iliac_crest_top_r')[1] + 0.02, lm('costal_margin_r')[1]),
    pick: 'min',
    side: 'whole',
  },
  {
    id: 'hip',
    published: 0.9776,
    where: 'at the height of the greater trochanters',
    heights: [lm('greater_trochanter_r')[1]],
    pick: 'only',
    side: 'whole',
  },
  {
    id: 'thigh',
    published: 0.565,
    where: '1 cm below the gluteal fold',
    heights: [lm('gluteal_fold_r')[1] - 0.01],
    pick: 'only',
    side: 'right',
  },
  {
    id: 'knee',
    published: 0.372,
    where: 'over the middle of the patella',
    heights: [PATELLA_Y],
    pick: 'only',
    side: 'right',
  },
  {
    id: 'calf',
    published: 0.3721,
    where: 'the largest girth of the calf',
    heights: range(lm('medial_malleolus_r')[1] + 0.15, lm('tibial_tuberosity_r')[1] - 0.02),
    pick: 'max',
    side: 'right',
  },
];

/** The girth this body should have at a site (metres). */
export const targetGirth = (site: GirthSite) => site.published * GIRTH_SCALE;
