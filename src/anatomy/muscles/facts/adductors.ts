/**
 * Facts for the adductor group: adductor longus, brevis and magnus, and gracilis.
 */
import type { FactsFor } from './index';

const ADDUCTOR_TS2 = { source: 'TS2', where: 'adductor muscles of the hip (believed ch. 15)' };
const ADDUCTOR_SYNONYMS = ['adductor', 'adductors', 'groin', 'inner thigh'];

const LONGUS_BREVIS_PATTERN =
  'Adductor longus and brevis have the same pattern. Points high in the muscle send pain up into the deep groin and the front of the hip; points lower down send it down the front-inner thigh to the upper inner knee, and sometimes further down the front-inner shin toward the ankle. Summaries of the book rank it first among muscles that cause groin pain. It hurts with weight-bearing and sudden twists, and the hip feels stiff when the leg is taken out to the side.';
const ADDUCTOR_AGGRAVATING =
  'Slipping (on ice, for example), skiing, horse riding, sprinting and sports with quick changes of direction, sitting cross-legged for long periods, and hip arthritis.';
const ADDUCTOR_SELF_CARE =
  'Avoid sitting with the legs crossed for long, use gentle adductor stretches, and try light pressure with a hand or ball on the upper inner thigh, keeping away from the pulse of the femoral artery in the groin.';

export const ADDUCTOR_FACTS = {
  adductor_longus: {
    name: 'adductor_longus',
    displayName: 'Adductor longus',
    synonyms: [...ADDUCTOR_SYNONYMS],
    groups: ['adductor', 'flexor'],
    origin:
      'Front of the pubic body, under the pubic crest, in the angle where the crest meets the symphysis.',
    insertion: 'Middle third of the linea aspera of the femur.',
    action:
      'Adducts the hip and helps flex it from the standing position. Its effect on rotation depends on the position of the hip and is debated.',
    innervation: { nerve: 'Obturator nerve (anterior division)', roots: ['L2', 'L3', 'L4'] },
    bloodSupply: 'Profunda femoris and medial circumflex femoral arteries, with the obturator artery.',
    triggerPoints: [
      {
        id: 'adductor-longus-proximal',
        description: 'Upper inner thigh, a few centimetres below the attachment to the pubis.',
        fibre: 0,
        along: 0.15,
        evidence: 'recalled',
        citations: [ADDUCTOR_TS2, { source: 'aberdeen' }],
      },
      {
        id: 'adductor-longus-distal',
        description: 'A little further down in the upper part of the muscle.',
        fibre: 0,
        along: 0.35,
        evidence: 'recalled',
        citations: [ADDUCTOR_TS2, { source: 'aberdeen' }],
      },
    ],
    symptoms: LONGUS_BREVIS_PATTERN,
    aggravating: ADDUCTOR_AGGRAVATING,
    selfCare: ADDUCTOR_SELF_CARE,
    notes:
      'The TS2 chapter number (thought to be 15) is not confirmed, and the pattern comes from therapist summaries of the book. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'TMA' },
      { source: 'anatomyinsight' },
      ADDUCTOR_TS2,
      { source: 'aberdeen' },
      { source: 'ABD' },
    ],
  },

  adductor_brevis: {
    name: 'adductor_brevis',
    displayName: 'Adductor brevis',
    synonyms: [...ADDUCTOR_SYNONYMS],
    groups: ['adductor', 'flexor'],
    origin: 'Body and inferior ramus of the pubis.',
    insertion: 'Pectineal line of the femur and the upper third of the linea aspera.',
    action: 'Adducts the hip and gives some help with flexion.',
    innervation: { nerve: 'Obturator nerve', roots: ['L2', 'L3', 'L4'] },
    bloodSupply: 'Profunda femoris, obturator and medial circumflex femoral arteries.',
    triggerPoints: [
      {
        id: 'adductor-brevis-trp',
        description:
          'Upper inner thigh, deep to adductor longus; by touch it cannot be told apart from the longus points.',
        fibre: 0,
        along: 0.25,
        evidence: 'recalled',
        citations: [ADDUCTOR_TS2, { source: 'aberdeen' }],
      },
    ],
    symptoms: LONGUS_BREVIS_PATTERN,
    aggravating: ADDUCTOR_AGGRAVATING,
    selfCare: ADDUCTOR_SELF_CARE,
    notes:
      'The obturator nerve splits around this muscle: its anterior branch lies in front of it and its posterior branch behind. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'TMA' },
      { source: 'anatomyinsight' },
      ADDUCTOR_TS2,
      { source: 'aberdeen' },
    ],
  },

  adductor_magnus: {
    name: 'adductor_magnus',
    displayName: 'Adductor magnus',
    synonyms: [...ADDUCTOR_SYNONYMS],
    groups: ['adductor'],
    origin:
      'Adductor part: inferior pubic ramus and ischial ramus. Hamstring (ischiocondylar) part: ischial tuberosity.',
    insertion:
      'Adductor part: gluteal tuberosity, linea aspera and medial supracondylar line. Hamstring part: adductor tubercle of the femur. The gap between them, the adductor hiatus, lets the femoral vessels pass to the back of the knee.',
    action:
      'A powerful hip adductor. The adductor part also helps flex the hip and the hamstring part helps extend it (and may turn it inward), so the muscle as a whole is not counted as a flexor or an extensor.',
    innervation: {
      nerve: 'Obturator nerve (adductor part) and tibial division of the sciatic nerve (hamstring part)',
      roots: ['L2', 'L3', 'L4'],
    },
    bloodSupply:
      'Profunda femoris (including its perforating branches) and obturator arteries; popliteal and descending genicular branches near the hiatus.',
    triggerPoints: [
      {
        id: 'admag-trp1',
        description:
          'TrP1: middle third of the inner thigh, behind and to the inside of gracilis and adductor longus.',
        fibre: 2,
        along: 0.5,
        evidence: 'recalled',
        citations: [ADDUCTOR_TS2, { source: 'KENT' }],
      },
      {
        id: 'admag-trp2',
        description:
          'TrP2: high in the back-inner thigh near the sitting bone (ischial tuberosity); usually examined lying on the side.',
        fibre: 3,
        along: 0.1,
        evidence: 'recalled',
        citations: [ADDUCTOR_TS2, { source: 'KENT' }],
      },
    ],
    symptoms:
      'TrP1 refers along the front-inner thigh from the groin to just above the knee. TrP2 causes pain inside the pelvis, felt as a diffuse ache or a sudden sharp burst at the pubic bone, the vagina or the rectum, and possibly the bladder or prostate.',
    aggravating:
      'Common in ice hockey and football (soccer) players; skiing, riding and climbing. It may be part of presentations labelled osteitis pubis.',
    selfCare:
      'Gentle wide-stance or "frog" adductor stretches, and not sitting cross-legged for long. Pelvic, bladder or rectal symptoms need a medical assessment first.',
    notes:
      'The hamstring part is supplied through the tibial division of the sciatic nerve, usually from L4. The split of the thigh zone into essential and spillover parts is inferred. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'anatomyinsight' },
      { source: 'TMA' },
      ADDUCTOR_TS2,
      { source: 'KENT' },
      { source: 'aberdeen' },
    ],
  },

  gracilis: {
    name: 'gracilis',
    displayName: 'Gracilis',
    synonyms: [...ADDUCTOR_SYNONYMS],
    groups: ['adductor'],
    origin: 'Body and inferior ramus of the pubis.',
    insertion: 'Upper inner surface of the tibia, as part of the pes anserinus.',
    action:
      'Adducts the hip, bends the knee and, with the knee bent, turns the tibia inward; it gives some help with hip flexion.',
    innervation: { nerve: 'Obturator nerve (anterior branch)', roots: ['L2', 'L3'] },
    bloodSupply: 'Profunda femoris or medial circumflex femoral artery, and the obturator artery.',
    triggerPoints: [
      {
        id: 'gracilis-trp',
        description:
          'In the upper to middle belly on the inner thigh; it is the most superficial of the adductors.',
        fibre: 0,
        along: 0.35,
        evidence: 'recalled',
        citations: [ADDUCTOR_TS2],
      },
    ],
    symptoms:
      'A hot, stinging pain close to the skin that travels up and down the inner thigh along the muscle, mainly its upper and middle parts, perhaps toward the inner knee. It can hurt at rest, and sitting with the knees pressed together may be uncomfortable.',
    aggravating: ADDUCTOR_AGGRAVATING,
    selfCare: 'Gentle adductor stretches and light pressure along the inner thigh.',
    notes:
      'How far the pain reaches toward the knee, and which part is essential, is not verified. The blood supply is recalled from standard anatomy.',
    citations: [
      { source: 'gray' },
      { source: 'TMA' },
      { source: 'anatomyinsight' },
      ADDUCTOR_TS2,
      { source: 'ABD' },
    ],
  },
} satisfies FactsFor<'adductor_longus' | 'adductor_brevis' | 'adductor_magnus' | 'gracilis'>;
