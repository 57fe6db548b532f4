/**
 * Facts for the hamstrings: biceps femoris (long and short heads), semitendinosus, semimembranosus.
 */
import type { FactsFor } from './index';

const HAMSTRING_TS2 = { source: 'TS2', where: 'hamstring chapter (believed ch. 16)' };
const HAMSTRING_SYNONYMS = ['hamstring', 'hamstrings'];
const HAMSTRING_BLOOD =
  'Perforating branches of the profunda femoris and the inferior gluteal artery, with popliteal and genicular branches near the knee.';

const BICEPS_PATTERN =
  'The main pain is behind the knee, toward the outer side, spreading up the back-outer thigh toward the buttock crease and a little way past the knee into the top of the calf.';
const SEMIS_PATTERN =
  'Semitendinosus and semimembranosus share a pattern: the main pain sits at the lower buttock around the buttock crease and the top of the back of the thigh, and it can spread down the back-inner thigh to the back and inside of the knee and on to the top of the inner calf.';
const HAMSTRING_EFFECTS =
  'Sitting can hurt where the edge of the chair presses on the back of the thighs, especially with the feet dangling; walking may cause a limp, sleep can be disturbed, and lifting the straight leg is limited. Tight hamstrings can add to low back pain and alter posture.';
const HAMSTRING_AGGRAVATING =
  'Sprinting, running uphill, sitting for long with the knees bent, and chairs that are too high or press under the thighs.';
const HAMSTRING_SELF_CARE =
  'Adjust the seat height so the feet rest flat, using a footstool if needed, and avoid pressure under the thighs. Gentle hamstring stretches, and sitting on a ball placed under the thigh on a firm chair, are commonly suggested.';

export const HAMSTRING_FACTS = {
  biceps_femoris_long: {
    name: 'biceps_femoris_long',
    displayName: 'Biceps femoris (long head)',
    synonyms: [...HAMSTRING_SYNONYMS, 'biceps femoris', 'lateral hamstring'],
    groups: ['extensor'],
    origin:
      'Ischial tuberosity, by a tendon shared with semitendinosus, sometimes also from the sacrotuberous ligament.',
    insertion:
      'Head of the fibula (sometimes also the lateral condyle of the tibia), together with the short head.',
    action:
      'Extends the hip and bends the knee; with the knee bent it turns the tibia outward. It may add a little outward rotation at the hip.',
    innervation: { nerve: 'Tibial division of the sciatic nerve', roots: ['L5', 'S1', 'S2'] },
    bloodSupply: HAMSTRING_BLOOD,
    triggerPoints: [
      {
        id: 'biceps-femoris-long-trp',
        description: 'Middle to lower part of the muscle, on the back-outer thigh.',
        fibre: 0,
        along: 0.65,
        evidence: 'verified',
        citations: [HAMSTRING_TS2, { source: 'massagelibrary' }],
      },
    ],
    symptoms: `${BICEPS_PATTERN} ${HAMSTRING_EFFECTS}`,
    aggravating: HAMSTRING_AGGRAVATING,
    selfCare: HAMSTRING_SELF_CARE,
    notes:
      'Niel-Asher gives the sciatic branches to the hamstrings as L4–S3. The heads of biceps femoris are not separated in the referred-pain sources. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'NAT' },
      HAMSTRING_TS2,
      { source: 'massagelibrary' },
      { source: 'TPT' },
    ],
  },

  biceps_femoris_short: {
    name: 'biceps_femoris_short',
    displayName: 'Biceps femoris (short head)',
    synonyms: [...HAMSTRING_SYNONYMS, 'biceps femoris', 'lateral hamstring'],
    groups: [],
    origin: 'Lateral lip of the linea aspera and the lateral supracondylar line of the femur.',
    insertion: 'Head of the fibula, together with the long head.',
    action:
      'Works only at the knee: it bends the knee and, with the knee bent, turns the tibia outward. It does not cross the hip.',
    innervation: {
      nerve: 'Common fibular (peroneal) division of the sciatic nerve',
      roots: ['L5', 'S1', 'S2'],
    },
    bloodSupply: HAMSTRING_BLOOD,
    triggerPoints: [
      {
        id: 'biceps-femoris-short-trp',
        description:
          'Lower back-outer thigh, under the long head. The sources describe biceps femoris points without separating the two heads.',
        fibre: 0,
        along: 0.4,
        evidence: 'recalled',
        citations: [HAMSTRING_TS2, { source: 'massagelibrary' }],
      },
    ],
    symptoms: `${BICEPS_PATTERN} ${HAMSTRING_EFFECTS}`,
    aggravating: HAMSTRING_AGGRAVATING,
    selfCare: HAMSTRING_SELF_CARE,
    notes:
      'The referred-pain sources treat biceps femoris as one muscle; this entry uses the same pattern, and the trigger point site is placed on the short head by anatomy, not from a source that names it. The blood supply is recalled from standard anatomy.',
    citations: [{ source: 'gray' }, { source: 'NAT' }, HAMSTRING_TS2, { source: 'massagelibrary' }],
  },

  semitendinosus: {
    name: 'semitendinosus',
    displayName: 'Semitendinosus',
    synonyms: [...HAMSTRING_SYNONYMS, 'medial hamstring'],
    groups: ['extensor'],
    origin: 'Ischial tuberosity, by a tendon shared with the long head of biceps femoris.',
    insertion: 'Upper inner surface of the tibia, as part of the pes anserinus.',
    action: 'Extends the hip and bends the knee; with the knee bent it turns the tibia inward.',
    innervation: { nerve: 'Tibial division of the sciatic nerve', roots: ['L5', 'S1', 'S2'] },
    bloodSupply: HAMSTRING_BLOOD,
    triggerPoints: [
      {
        id: 'semitendinosus-trp',
        description: 'Middle to lower part of the muscle, on the back-inner thigh.',
        fibre: 0,
        along: 0.6,
        evidence: 'verified',
        citations: [HAMSTRING_TS2, { source: 'massagelibrary' }],
      },
    ],
    symptoms: `${SEMIS_PATTERN} ${HAMSTRING_EFFECTS}`,
    aggravating: HAMSTRING_AGGRAVATING,
    selfCare: HAMSTRING_SELF_CARE,
    notes:
      'Niel-Asher carries the spread down to the Achilles tendon; other summaries of the book stop at the upper or middle calf. Niel-Asher gives the nerve roots as L4–S3. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'NAT' },
      HAMSTRING_TS2,
      { source: 'massagelibrary' },
      { source: 'TPT' },
    ],
  },

  semimembranosus: {
    name: 'semimembranosus',
    displayName: 'Semimembranosus',
    synonyms: [...HAMSTRING_SYNONYMS, 'medial hamstring'],
    groups: ['extensor'],
    origin: 'Upper outer facet of the ischial tuberosity.',
    insertion:
      'Back of the medial condyle of the tibia, with expansions that include the oblique popliteal ligament.',
    action: 'Extends the hip and bends the knee; with the knee bent it turns the tibia inward.',
    innervation: { nerve: 'Tibial division of the sciatic nerve', roots: ['L5', 'S1', 'S2'] },
    bloodSupply: HAMSTRING_BLOOD,
    triggerPoints: [
      {
        id: 'semimembranosus-trp',
        description: 'Middle to lower part of the muscle, on the back-inner thigh.',
        fibre: 0,
        along: 0.6,
        evidence: 'verified',
        citations: [HAMSTRING_TS2, { source: 'massagelibrary' }],
      },
    ],
    symptoms: `${SEMIS_PATTERN} ${HAMSTRING_EFFECTS}`,
    aggravating: HAMSTRING_AGGRAVATING,
    selfCare: HAMSTRING_SELF_CARE,
    notes:
      'Niel-Asher carries the spread down to the Achilles tendon; other summaries of the book stop at the upper or middle calf. Niel-Asher gives the nerve roots as L4–S3. The blood supply is recalled from standard anatomy.',
    citations: [{ source: 'gray' }, { source: 'NAT' }, HAMSTRING_TS2, { source: 'massagelibrary' }],
  },
} satisfies FactsFor<'biceps_femoris_long' | 'biceps_femoris_short' | 'semitendinosus' | 'semimembranosus'>;
