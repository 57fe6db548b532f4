/**
 * Facts for the short lateral rotators other than piriformis: the gemelli, obturator internus and
 * externus, and quadratus femoris. Travell & Simons did not separate their referred pain from that of
 * piriformis, so their trigger points are shown with low confidence.
 */
import type { FactsFor } from './index';

const ROTATORS_TS2 = { source: 'TS2', where: 'ch. 10 (piriformis and other short lateral rotators)' };
const ROTATOR_SYNONYMS = ['deep six', 'short external rotator', 'deep rotator'];

const PIRIFORMIS_LIKE_SYMPTOMS =
  'Travell and Simons report that the pain from this muscle has not been told apart from that of piriformis, so the piriformis pattern is used: the sacroiliac area, across the buttock and behind the hip joint, sometimes the upper back of the thigh.';
const PIRIFORMIS_LIKE_AGGRAVATING =
  'Not described separately; thought to be the same as for piriformis (long sitting, sitting on a wallet, catching a fall, running and twisting).';

export const DEEP_ROTATOR_FACTS = {
  gemellus_superior: {
    name: 'gemellus_superior',
    displayName: 'Superior gemellus',
    synonyms: [...ROTATOR_SYNONYMS, 'gemelli', 'gemellus'],
    groups: ['external_rotator'],
    origin: 'Outer surface of the ischial spine.',
    insertion:
      'Joins the tendon of obturator internus, which ends on the inner surface of the greater trochanter next to the trochanteric fossa.',
    action:
      'With the other short rotators it turns the straightened hip outward, helps abduct the bent hip, and holds the head of the femur in its socket.',
    innervation: { nerve: 'Nerve to obturator internus', roots: ['L5', 'S1', 'S2'] },
    bloodSupply: 'Inferior gluteal and internal pudendal arteries.',
    triggerPoints: [
      {
        id: 'gemellus-superior-trp',
        description:
          'Not described for this muscle on its own. The sources only name the deep region under gluteus maximus, between the sitting bone and the greater trochanter, where both gemelli, quadratus femoris and the obturator internus tendon lie together.',
        fibre: 0,
        along: 0.5,
        evidence: 'uncertain',
        citations: [ROTATORS_TS2, { source: 'TPR' }],
      },
    ],
    symptoms: PIRIFORMIS_LIKE_SYMPTOMS,
    aggravating: PIRIFORMIS_LIKE_AGGRAVATING,
    selfCare:
      'As for piriformis: break up long sitting, avoid crossing the legs, and use gentle hip rotation stretches. The muscle is small and deep and cannot be picked out by touch.',
    notes:
      'Sources give the nerve roots as L5 and S1, with or without S2. The blood supply is recalled from standard anatomy rather than checked in a retrieved source.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      { source: 'albany' },
      ROTATORS_TS2,
      { source: 'TPR' },
    ],
  },

  obturator_internus: {
    name: 'obturator_internus',
    displayName: 'Obturator internus',
    synonyms: [...ROTATOR_SYNONYMS, 'pelvic floor'],
    groups: ['external_rotator'],
    origin: 'Inner (pelvic) surface of the obturator membrane and the bony margins of the obturator foramen.',
    insertion:
      'Inner surface of the greater trochanter, above the trochanteric fossa. Its tendon bends sharply around the lesser sciatic notch as it leaves the pelvis through the lesser sciatic foramen.',
    action:
      'Turns the straightened hip outward, helps abduct the bent hip, and holds the head of the femur in its socket. Inside the pelvis it forms part of the side wall.',
    innervation: { nerve: 'Nerve to obturator internus', roots: ['L5', 'S1', 'S2'] },
    bloodSupply: 'Internal pudendal and obturator arteries.',
    triggerPoints: [
      {
        id: 'obturator-internus-external',
        description:
          'From outside: deep under gluteus maximus, between the sitting bone and the greater trochanter, where its tendon runs between the two gemelli.',
        fibre: 0,
        along: 0.75,
        evidence: 'recalled',
        citations: [ROTATORS_TS2, { source: 'TPR' }],
      },
      {
        id: 'obturator-internus-intrapelvic',
        description:
          'From inside the pelvis: on its side wall, reached only by a clinician during a vaginal or rectal examination.',
        fibre: 0,
        along: 0.25,
        evidence: 'recalled',
        citations: [{ source: 'TS2', where: 'ch. 6 (pelvic floor muscles)' }, ROTATORS_TS2],
      },
    ],
    symptoms:
      'On the outside, Travell and Simons give it the same pattern as piriformis (sacroiliac area, buttock, back of the hip). Discussed also with the pelvic floor muscles, it is thought to refer toward the coccyx and the area around the anus and to the vagina, sometimes with spread to the upper back of the thigh; this part is not verified. A case report links deep buttock and pelvic-floor pain to trigger points in it.',
    aggravating:
      'Not described separately; treated like piriformis (long sitting, catching a fall, twisting) and linked with other pelvic-floor problems.',
    selfCare:
      'General piriformis measures: break up long sitting and use gentle hip rotation stretches. Work from inside the pelvis belongs to a trained clinician, such as a pelvic-health physiotherapist.',
    notes:
      'Its pelvic pattern overlaps those of coccygeus and levator ani and is described as similar to, but distinct from, the coccygeus pattern; the details were not checked in the book. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'albany' },
      { source: 'TS2', where: 'ch. 6 (pelvic floor muscles)' },
      ROTATORS_TS2,
      { source: 'TPR' },
      { source: 'AAMM' },
    ],
  },

  gemellus_inferior: {
    name: 'gemellus_inferior',
    displayName: 'Inferior gemellus',
    synonyms: [...ROTATOR_SYNONYMS, 'gemelli', 'gemellus'],
    groups: ['external_rotator'],
    origin: 'Upper part of the ischial tuberosity.',
    insertion:
      'Joins the tendon of obturator internus, which ends on the inner surface of the greater trochanter next to the trochanteric fossa.',
    action:
      'With the other short rotators it turns the straightened hip outward, helps abduct the bent hip, and holds the head of the femur in its socket.',
    innervation: { nerve: 'Nerve to quadratus femoris', roots: ['L4', 'L5', 'S1'] },
    bloodSupply: 'Inferior gluteal and medial circumflex femoral arteries.',
    triggerPoints: [
      {
        id: 'gemellus-inferior-trp',
        description:
          'Not described for this muscle on its own. The sources only name the deep region under gluteus maximus, between the sitting bone and the greater trochanter, shared with the superior gemellus, quadratus femoris and the obturator internus tendon.',
        fibre: 0,
        along: 0.5,
        evidence: 'uncertain',
        citations: [ROTATORS_TS2, { source: 'TPR' }],
      },
    ],
    symptoms: PIRIFORMIS_LIKE_SYMPTOMS,
    aggravating: PIRIFORMIS_LIKE_AGGRAVATING,
    selfCare:
      'As for piriformis: break up long sitting, avoid crossing the legs, and use gentle hip rotation stretches. The muscle is small and deep and cannot be picked out by touch.',
    notes:
      'Some sources list the roots as L5 and S1 only. The blood supply is recalled from standard anatomy rather than checked in a retrieved source.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      { source: 'albany' },
      ROTATORS_TS2,
      { source: 'TPR' },
    ],
  },

  obturator_externus: {
    name: 'obturator_externus',
    displayName: 'Obturator externus',
    synonyms: [...ROTATOR_SYNONYMS],
    groups: ['external_rotator'],
    origin: 'Outer surface of the obturator membrane and the surrounding bone of the pubis and ischium.',
    insertion: 'Trochanteric fossa of the femur.',
    action:
      'Turns the thigh outward and helps hold the head of the femur in its socket; it may give minor help with adduction.',
    innervation: { nerve: 'Obturator nerve (posterior branch)', roots: ['L3', 'L4'] },
    bloodSupply: 'Obturator and medial circumflex femoral arteries.',
    triggerPoints: [
      {
        id: 'obturator-externus-trp',
        description:
          'Very deep in the upper inner thigh, over the obturator foramen, beneath pectineus and the adductors.',
        fibre: 0,
        along: 0.2,
        evidence: 'recalled',
        citations: [ROTATORS_TS2, { source: 'TPR' }],
      },
    ],
    symptoms: PIRIFORMIS_LIKE_SYMPTOMS,
    aggravating: PIRIFORMIS_LIKE_AGGRAVATING,
    selfCare:
      'Gentle hip rotation stretches and breaking up long sitting. The muscle lies too deep, and too close to the groin vessels and nerves, to press on yourself.',
    notes:
      'Unlike the other short rotators it is supplied by the obturator nerve, and Terminologia Anatomica 2 places it with the medial (adductor) muscles of the thigh. Adduction is listed only as a helping action, so it is not given the adductor group here. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      { source: 'albany' },
      ROTATORS_TS2,
      { source: 'TPR' },
    ],
  },

  quadratus_femoris: {
    name: 'quadratus_femoris',
    displayName: 'Quadratus femoris',
    synonyms: [...ROTATOR_SYNONYMS],
    groups: ['external_rotator'],
    origin: 'Outer border of the ischial tuberosity.',
    insertion: 'Quadrate tubercle on the intertrochanteric crest of the femur.',
    action: 'A strong outward rotator of the thigh that also steadies the hip; it may help with adduction.',
    innervation: { nerve: 'Nerve to quadratus femoris', roots: ['L4', 'L5', 'S1'] },
    bloodSupply: 'Inferior gluteal and medial circumflex femoral arteries.',
    triggerPoints: [
      {
        id: 'quadratus-femoris-trp',
        description:
          'Not described for this muscle on its own. The sources only name the deep region under gluteus maximus between the sitting bone and the greater trochanter, which it shares with the gemelli and the obturator internus tendon.',
        fibre: 0,
        along: 0.5,
        evidence: 'uncertain',
        citations: [ROTATORS_TS2, { source: 'TPR' }],
      },
    ],
    symptoms: `${PIRIFORMIS_LIKE_SYMPTOMS} Therapist websites (not Travell and Simons) also mention deep buttock pain and pain at the outer hip and upper thigh.`,
    aggravating: PIRIFORMIS_LIKE_AGGRAVATING,
    selfCare:
      'As for piriformis: break up long sitting, avoid crossing the legs, and use gentle hip rotation stretches.',
    notes:
      'Adduction is listed only as a helping action, so it is not given the adductor group here. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      { source: 'albany' },
      ROTATORS_TS2,
      { source: 'TPR' },
    ],
  },
} satisfies FactsFor<
  | 'gemellus_superior'
  | 'obturator_internus'
  | 'gemellus_inferior'
  | 'obturator_externus'
  | 'quadratus_femoris'
>;
