/**
 * Facts for the three vasti (with rectus femoris, the quadriceps). None of them crosses the hip.
 * Trigger-point sites and their patterns follow Travell & Simons' quadriceps chapter as recalled, not
 * checked against its figures.
 */
import type { FactsFor } from './index';

const QUADRICEPS_TS2 = { source: 'TS2', where: 'ch. 14 (quadriceps femoris)' };
const QUADRICEPS_SYNONYMS = ['quadriceps', 'quad', 'quads', 'thigh muscle', 'knee extensor', 'front of thigh'];
const FEMORAL = { nerve: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] };
const KNEE_SAFETY =
  'A knee that swells, locks, gives way repeatedly or hurts after an injury needs a clinical check; do not press hard on a tender swelling.';

export const VASTI_FACTS = {
  vastus_lateralis: {
    name: 'vastus_lateralis',
    displayName: 'Vastus lateralis',
    synonyms: [...QUADRICEPS_SYNONYMS, 'VL', 'outer thigh', 'vastus externus'],
    groups: ['knee_extensor'],
    origin:
      'Upper part of the intertrochanteric line, the front and lower borders of the greater trochanter, the lateral lip of the gluteal tuberosity and the upper half of the lateral lip of the linea aspera, with the lateral intermuscular septum.',
    insertion:
      'Lateral border of the patella and the quadriceps tendon, and through the patellar ligament the tibial tuberosity; an expansion (the lateral patellar retinaculum) reaches the lateral tibial condyle.',
    action:
      'Straightens (extends) the knee. It is the largest part of the quadriceps and, unlike rectus femoris, does not cross the hip, so it does not flex it.',
    innervation: FEMORAL,
    bloodSupply:
      'Descending branch of the lateral circumflex femoral artery, with perforating branches of the profunda femoris artery.',
    triggerPoints: [
      {
        id: 'vl-above-knee',
        description: 'Low on the front-outer thigh, a hand’s breadth or less above the outer edge of the kneecap.',
        fibre: 0,
        along: 0.8,
        evidence: 'recalled',
        citations: [QUADRICEPS_TS2],
      },
      {
        id: 'vl-mid-thigh',
        description:
          'Halfway down the outer side of the thigh, in the thick of the muscle (felt through the iliotibial band).',
        fibre: 1,
        along: 0.5,
        evidence: 'recalled',
        citations: [QUADRICEPS_TS2],
      },
      {
        id: 'vl-back-of-knee',
        description: 'Low on the back-outer thigh, above the outer side of the back of the knee.',
        fibre: 3,
        along: 0.45,
        evidence: 'recalled',
        citations: [QUADRICEPS_TS2],
      },
      {
        id: 'vl-proximal',
        description: 'High on the outer thigh, just below the greater trochanter.',
        fibre: 0,
        along: 0.15,
        evidence: 'uncertain',
        citations: [QUADRICEPS_TS2],
      },
    ],
    symptoms:
      'Pain along the outer side of the thigh, which can run the whole way from the hip (rarely as high as the iliac crest) to the outer knee, and pain around the outer edge of the kneecap. Points in the back of the muscle can send pain behind the outer knee. Points next to the kneecap can hold it so that it hardly slides ("stuck patella"), making the knee hard to straighten or bend. Lying on that side may be too painful to sleep.',
    aggravating:
      'A sudden load while the muscle lengthens (a fall, landing from a jump, deep squats), sitting long with the knee straight and locked, direct blows to the outer thigh and injections into it.',
    selfCare: `Slow pressure with a ball or roller along the outer thigh, gentle heel-to-buttock stretches, and not sitting for long with the knee straight and locked. ${KNEE_SAFETY}`,
    notes:
      'Travell & Simons describe several trigger points along this muscle; which of them gives which part of the pattern, and their numbering, are recalled, not checked against the book figure.',
    citations: [{ source: 'gray' }, QUADRICEPS_TS2],
  },

  vastus_medialis: {
    name: 'vastus_medialis',
    displayName: 'Vastus medialis',
    synonyms: [...QUADRICEPS_SYNONYMS, 'VMO', 'VM', 'teardrop muscle', 'inner thigh', 'vastus medialis obliquus'],
    groups: ['knee_extensor'],
    origin:
      'Lower part of the intertrochanteric line, the spiral line, the medial lip of the linea aspera, the upper medial supracondylar line and the medial intermuscular septum, and the tendons of adductor longus and adductor magnus.',
    insertion:
      'Medial border of the patella and the quadriceps tendon, and through the patellar ligament the tibial tuberosity; an expansion (the medial patellar retinaculum) reaches the medial tibial condyle.',
    action:
      'Extends the knee. Its lowest fibres run almost across the thigh (the "oblique" part, the teardrop above the inner knee) and hold the patella against drifting outward, mostly near full extension.',
    innervation: FEMORAL,
    bloodSupply:
      'Muscular branches of the femoral and profunda femoris arteries, with the descending genicular artery to its lower part.',
    triggerPoints: [
      {
        id: 'vm-above-knee',
        description: 'In the teardrop of muscle just above and inside the kneecap (the oblique fibres).',
        fibre: 3,
        along: 0.3,
        evidence: 'recalled',
        citations: [QUADRICEPS_TS2],
      },
      {
        id: 'vm-mid-thigh',
        description: 'Higher on the inner front of the thigh, about halfway up, beside sartorius.',
        fibre: 0,
        along: 0.45,
        evidence: 'recalled',
        citations: [QUADRICEPS_TS2],
      },
    ],
    symptoms:
      'A toothache-like pain in the front of the knee and along its inner side; the upper point spreads it in a strip up the inner front of the thigh. It can wake people at night. Some feel little pain but find that the knee suddenly gives way ("buckling knee"), typically on uneven ground.',
    aggravating:
      'Stairs, kneeling and deep squats, running downhill or on slopes, feet that roll inward, and falls onto the knee.',
    selfCare: `Slow pressure on the inner front of the thigh above the knee, gentle heel-to-buttock stretches, and attention to footwear if the feet roll inward. ${KNEE_SAFETY}`,
    notes:
      'The "buckling knee" and the knee patterns are recalled from Travell & Simons, not checked against the book figure. Whether the oblique part is a separate muscle is debated; it is treated here as part of vastus medialis.',
    citations: [{ source: 'gray' }, QUADRICEPS_TS2],
  },

  vastus_intermedius: {
    name: 'vastus_intermedius',
    displayName: 'Vastus intermedius',
    synonyms: [...QUADRICEPS_SYNONYMS, 'VI', 'crureus', 'deep quad'],
    groups: ['knee_extensor'],
    origin:
      'Front and lateral surfaces of the upper two-thirds of the femoral shaft, and the lower part of the lateral intermuscular septum.',
    insertion:
      'The deep part of the quadriceps tendon to the base of the patella, and through the patellar ligament the tibial tuberosity. A few deep fibres (articularis genus) lift the suprapatellar bursa.',
    action: 'Extends the knee. It lies on the bone under rectus femoris and between the other two vasti.',
    innervation: FEMORAL,
    bloodSupply:
      'Descending branch of the lateral circumflex femoral artery and branches of the profunda femoris artery.',
    triggerPoints: [
      {
        id: 'vi-mid-thigh',
        description:
          'Deep in the middle of the front of the thigh, under rectus femoris and a little to the outer side; found by pressing through rectus femoris while it is slack, and easily missed.',
        fibre: 1,
        along: 0.3,
        evidence: 'recalled',
        citations: [QUADRICEPS_TS2],
      },
    ],
    symptoms:
      'Pain over the front of the thigh, strongest in its middle and sometimes reaching toward the knee. It is felt on moving (climbing stairs, straightening the knee after sitting) more than at rest, and the knee may be hard to straighten fully, with a limp.',
    aggravating:
      'Sudden overload of the knee extensors, stairs and hills, long sitting with the knee bent, and injections into the thigh.',
    selfCare: `Heel-to-buttock stretches and gentle pressure through the front of the thigh with the leg relaxed. ${KNEE_SAFETY}`,
    notes: 'The pattern is recalled from Travell & Simons, not checked against the book figure.',
    citations: [{ source: 'gray' }, QUADRICEPS_TS2],
  },
} satisfies FactsFor<'vastus_lateralis' | 'vastus_medialis' | 'vastus_intermedius'>;
