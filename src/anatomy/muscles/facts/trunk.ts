/**
 * Facts for the trunk muscles: quadratus lumborum and the lumbar paraspinals (iliocostalis lumborum,
 * longissimus thoracis, lumbar multifidus). None of them moves the hip.
 */
import type { FactsFor } from './index';

const QL_TS2 = { source: 'TS2', where: 'ch. 4 (quadratus lumborum)' };
const PARASPINAL_TS1 = { source: 'TS1', where: 'ch. 48 (thoracolumbar paraspinal muscles)' };
const PARASPINAL_SYNONYMS = ['erector spinae', 'paraspinal', 'paraspinals', 'back extensor'];

const PARASPINAL_EFFECTS =
  'Back pain is typical on rising from a chair, on stairs, and when bending or lifting.';
const PARASPINAL_AGGRAVATING =
  'Sudden overload, above all bending and twisting at the same time; tiredness; staying in one position for a long time; and poor posture.';
const PARASPINAL_SELF_CARE =
  'A ball between the back and a wall or the floor, beside the spine rather than on the bones; gentle knee-to-chest and forward-bending stretches; lifting with the load held close to the body; and a lumbar support when sitting. Back pain with leg weakness, numbness around the genitals or buttocks, or changes in bladder or bowel control needs urgent medical care.';
const PARASPINAL_NOTES =
  'Which parts of the paraspinal patterns are essential and which spillover is not settled. These muscles are supplied segment by segment, so the root levels listed are approximate. The blood supply is recalled from standard anatomy.';

export const TRUNK_FACTS = {
  quadratus_lumborum: {
    name: 'quadratus_lumborum',
    displayName: 'Quadratus lumborum',
    synonyms: ['QL', 'quadratus', 'hip hiker'],
    groups: ['trunk'],
    origin: 'The iliolumbar ligament and the posterior iliac crest.',
    insertion:
      'Inner half of the lower border of the 12th rib and the tips of the L1–L4 transverse processes. Its fibres fall into three sets: iliocostal, iliolumbar and lumbocostal.',
    action:
      'Working on one side it bends the lumbar spine sideways and hitches the pelvis up on that side. Both sides together extend the lumbar spine, anchor the 12th rib for breathing in, and help forced breathing out such as coughing. It does not move the hip.',
    innervation: {
      nerve: 'Anterior rami of the subcostal and upper lumbar nerves',
      roots: ['T12', 'L1', 'L2', 'L3'],
    },
    bloodSupply: 'Lumbar and subcostal arteries, and the iliolumbar artery through its lumbar branch.',
    triggerPoints: [
      {
        id: 'ql-superficial-upper',
        description:
          'Outer edge of the muscle just below the 12th rib, to the side of the long back muscles (erector spinae).',
        fibre: 0,
        along: 0.85,
        evidence: 'verified',
        citations: [QL_TS2, { source: 'BRS' }, { source: 'RH' }],
      },
      {
        id: 'ql-superficial-lower',
        description:
          'Outer edge of the muscle just above the iliac crest, to the side of the erector spinae.',
        fibre: 0,
        along: 0.12,
        evidence: 'verified',
        citations: [QL_TS2, { source: 'BRS' }, { source: 'RH' }],
      },
      {
        id: 'ql-deep-upper',
        description:
          'Deep and close to the spine, level with the L3 transverse process, next to the erector spinae.',
        fibre: 4,
        along: 0.85,
        evidence: 'verified',
        citations: [QL_TS2, { source: 'BRS' }, { source: 'RH' }],
      },
      {
        id: 'ql-deep-lower',
        description:
          'Deep and close to the spine, in the gap between the L4 and L5 transverse processes, immediately above the crest.',
        fibre: 4,
        along: 0.12,
        evidence: 'verified',
        citations: [QL_TS2, { source: 'BRS' }, { source: 'RH' }],
      },
    ],
    symptoms:
      'A deep ache in the low back, present even at rest, which can turn sharp with movement. The deep points refer to the sacroiliac joint (upper point) and the lower buttock (lower point); the superficial points refer along the top of the pelvis, sometimes round to the lower belly and groin (upper point), and around the greater trochanter and partly down the outer thigh (lower point). Turning over in bed, standing up straight and walking can be very painful, coughing and sneezing hurt, and lying down helps; some people have to crawl. Tenderness at the side of the hip can disturb sleep and be mistaken for trochanteric bursitis. Rarely, a sudden, lightning-like pain runs down the front and side of the thigh to the kneecap, or pain is felt in the testicle or scrotum. When the deep points are active on both sides, the pain can stretch across the top of the sacrum.',
    aggravating:
      'Often starts with a sudden strain: a car accident, lifting awkwardly while twisting, lifting an object off the floor, or getting out of a low chair. Long sitting, a difference in leg length, or one half of the pelvis being smaller than the other can keep it going.',
    selfCare:
      'Slow pressure from a ball between the back and a wall or the floor, just below the ribs and to the side of the spine, moved gently from side to side; a gentle side-lying stretch; and evening out asymmetries such as a wallet in a back pocket or an uneven seat. Pushing down on the armrests eases sitting and standing up.',
    notes:
      'Some sources extend the nerve supply to L4. The trigger points are easiest to reach lying on the other side over a bolster with the top arm raised overhead, which opens the gap between rib and crest. Active points here can set up secondary ones in gluteus minimus, which give sciatica-like leg pain. Which parts of the pattern are essential and which spillover is inferred from secondary sources, not seen in the book figure.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      { source: 'FIN' },
      QL_TS2,
      { source: 'GAL' },
      { source: 'RH' },
      { source: 'BRS' },
      { source: 'NAMTPT' },
      { source: 'TPT' },
    ],
  },

  iliocostalis_lumborum: {
    name: 'iliocostalis_lumborum',
    displayName: 'Iliocostalis lumborum',
    synonyms: [...PARASPINAL_SYNONYMS, 'iliocostalis'],
    groups: ['trunk'],
    origin:
      'The shared tendon and aponeurosis of erector spinae, from the sacrum, the iliac crest and the lumbar spinous processes.',
    insertion:
      'Angles of the lower six or seven ribs, and by its lumbar part the tips of the lumbar transverse processes.',
    action:
      'Extends the lumbar spine and, working on one side, bends it sideways. With the other back extensors it tips the pelvis forward. It does not move the hip.',
    innervation: {
      nerve: 'Lateral branches of the dorsal rami of the lower thoracic and lumbar spinal nerves',
      roots: ['T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4'],
    },
    bloodSupply:
      'Dorsal branches of the lumbar arteries and the lateral sacral arteries; higher up, the posterior intercostal and subcostal arteries.',
    triggerPoints: [
      {
        id: 'iliocostalis-l1',
        description: 'Outer fibres at about the level of L1, just below the lower edge of the ribs.',
        fibre: 1,
        along: 0.8,
        evidence: 'verified',
        citations: [PARASPINAL_TS1, { source: 'BRS' }],
      },
    ],
    symptoms: `Pain is sent downward to the middle of the buttock on the same side, and now and then to the lower abdomen. ${PARASPINAL_EFFECTS}`,
    aggravating: PARASPINAL_AGGRAVATING,
    selfCare: PARASPINAL_SELF_CARE,
    notes: PARASPINAL_NOTES,
    citations: [
      { source: 'gray' },
      { source: 'bogduk1992' },
      PARASPINAL_TS1,
      { source: 'NAMTPT' },
      { source: 'BRS' },
    ],
  },

  longissimus_thoracis: {
    name: 'longissimus_thoracis',
    displayName: 'Longissimus thoracis',
    synonyms: [...PARASPINAL_SYNONYMS, 'longissimus'],
    groups: ['trunk'],
    origin:
      'The shared erector spinae tendon from the sacrum and iliac crest; its lumbar fascicles come from the ilium near the PSIS.',
    insertion: 'Transverse and accessory processes of the lumbar and thoracic vertebrae, and the lower ribs.',
    action:
      'Extends the spine and, working on one side, bends it sideways; it helps tip the pelvis forward. It does not move the hip.',
    innervation: {
      nerve: 'Intermediate branches of the dorsal rami of the thoracic and lumbar spinal nerves',
      roots: ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'],
    },
    bloodSupply:
      'Dorsal branches of the lumbar arteries and the lateral sacral arteries; higher up, the posterior intercostal and subcostal arteries.',
    triggerPoints: [
      {
        id: 'longissimus-trp',
        description:
          'In the muscle mass beside the spine, from the lower thoracic region to about L1 (roughly T10–L1).',
        fibre: 2,
        along: 0.6,
        evidence: 'recalled',
        citations: [PARASPINAL_TS1, { source: 'BRS' }],
      },
    ],
    symptoms: `Pain is sent a long way down, several segments below the trigger point, to the lower buttock near the sacroiliac area. ${PARASPINAL_EFFECTS}`,
    aggravating: PARASPINAL_AGGRAVATING,
    selfCare: PARASPINAL_SELF_CARE,
    notes: `${PARASPINAL_NOTES} The root levels given cover only the lower part of the muscle drawn here; its thoracic part is supplied from higher levels.`,
    citations: [
      { source: 'gray' },
      { source: 'bogduk1992' },
      PARASPINAL_TS1,
      { source: 'NAMTPT' },
      { source: 'BRS' },
    ],
  },

  multifidus_lumborum: {
    name: 'multifidus_lumborum',
    displayName: 'Multifidus (lumbar)',
    synonyms: ['paraspinal', 'paraspinals', 'back extensor', 'multifidi', 'transversospinalis'],
    groups: ['trunk'],
    origin:
      'Back of the sacrum, the PSIS and nearby iliac crest, and the mammillary processes of the lumbar vertebrae.',
    insertion: 'Spinous processes two to four levels above where each fascicle starts.',
    action:
      'Extends the lumbar spine one segment at a time, keeps the segments steady and resists twisting. It does not move the hip.',
    innervation: {
      nerve: 'Medial branches of the lumbar dorsal rami',
      roots: ['L1', 'L2', 'L3', 'L4', 'L5'],
    },
    bloodSupply: 'Dorsal branches of the lumbar arteries and the lateral sacral arteries.',
    triggerPoints: [
      {
        id: 'multifidus-l1',
        description: 'Deep, right next to the spinous process at the L1 level.',
        fibre: 0,
        along: 0.85,
        evidence: 'verified',
        citations: [PARASPINAL_TS1, { source: 'BRS' }],
      },
      {
        id: 'multifidus-s1',
        description:
          'Deep, beside the midline of the sacrum at the S1 level, where the lowest fascicles begin.',
        fibre: 4,
        along: 0.1,
        evidence: 'verified',
        citations: [PARASPINAL_TS1, { source: 'BRS' }],
      },
    ],
    symptoms: `Pain is felt over the spinous processes at the level of the trigger point or a few levels lower; the lumbar levels may also refer to the abdomen. A point at S1 is said to refer to the coccyx (tailbone). Trigger points can occur beside the spine at any level. ${PARASPINAL_EFFECTS}`,
    aggravating: PARASPINAL_AGGRAVATING,
    selfCare: PARASPINAL_SELF_CARE,
    notes: `Sources disagree on the sacral levels: the coccyx referral from S1 comes from recall of the book and from Niel-Asher, while BRS sends S1 to the low back, buttock and upper hamstring area and S4 to the lower sacrum, and sends L1 to the upper lumbar area and the nearby upper abdomen. The classic S4 site lies below the part of the muscle drawn here and is not shown. Multifidus belongs to the transversospinalis group, not to erector spinae proper. ${PARASPINAL_NOTES}`,
    citations: [
      { source: 'gray' },
      { source: 'bogduk1992' },
      PARASPINAL_TS1,
      { source: 'NAMTPT' },
      { source: 'BRS' },
      { source: 'NAT' },
    ],
  },
} satisfies FactsFor<
  'quadratus_lumborum' | 'iliocostalis_lumborum' | 'longissimus_thoracis' | 'multifidus_lumborum'
>;
