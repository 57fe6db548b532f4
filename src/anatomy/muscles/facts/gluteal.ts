/**
 * Facts for the gluteal muscles: gluteus maximus, medius and minimus, and piriformis.
 */
import type { FactsFor } from './index';

const GMAX_TS2 = { source: 'TS2', where: 'ch. 7 (gluteus maximus)' };
const GMED_TS2 = { source: 'TS2', where: 'ch. 8 (gluteus medius)' };
const GMIN_TS2 = { source: 'TS2', where: 'ch. 9 (gluteus minimus)' };
const PIRI_TS2 = { source: 'TS2', where: 'ch. 10 (piriformis and other short lateral rotators)' };

export const GLUTEAL_FACTS = {
  gluteus_maximus: {
    name: 'gluteus_maximus',
    displayName: 'Gluteus maximus',
    synonyms: ['glute', 'glutes', 'buttock', 'gluteal', 'glute max'],
    groups: ['extensor', 'external_rotator'],
    origin:
      'The ilium behind its posterior gluteal line, the rear part of the iliac crest, the back of the sacrum and coccyx, the sacrotuberous ligament, and the aponeurosis of erector spinae.',
    insertion:
      'Most fibres end in the iliotibial tract; the deep lower fibres attach to the gluteal tuberosity of the femur.',
    action:
      'Extends the hip, most powerfully from a bent position as in climbing stairs or rising from a chair, and turns the thigh outward. Its upper fibres help abduct the hip. Through the iliotibial tract it steadies the straightened knee, and it tilts the pelvis backward.',
    innervation: { nerve: 'Inferior gluteal nerve', roots: ['L5', 'S1', 'S2'] },
    bloodSupply:
      'Superior and inferior gluteal arteries, with the first perforating branch of the profunda femoris.',
    triggerPoints: [
      {
        id: 'gmax-trp1',
        description: 'TrP1: in the upper, inner part of the muscle, right beside the edge of the sacrum.',
        fibre: 1,
        along: 0.15,
        evidence: 'verified',
        citations: [GMAX_TS2, { source: 'BRS' }],
      },
      {
        id: 'gmax-trp2',
        description:
          'TrP2, the one found most often: immediately above the sitting bone (ischial tuberosity).',
        fibre: 2,
        along: 0.45,
        evidence: 'verified',
        citations: [GMAX_TS2, { source: 'BRS' }],
      },
      {
        id: 'gmax-trp3',
        description: 'TrP3: in the lowest and most inner fibres, close to the coccyx.',
        fibre: 2,
        along: 0.1,
        evidence: 'verified',
        citations: [GMAX_TS2, { source: 'BRS' }],
      },
    ],
    symptoms:
      'The pain mostly stays in the buttock instead of travelling down the leg. TrP1 gives a crescent next to the cleft between the buttocks, from the sacroiliac area down to just above the buttock crease, sometimes spilling onto the top of the back of the thigh. TrP2 makes the whole buttock ache, together with the lower sacrum and the area just under the iliac crest, but not the anus or coccyx; a hard seat can feel like sitting on something sharp. TrP3 refers to the coccyx and is one cause of tailbone pain. People fidget when sitting, find walking uphill painful (more so when leaning forward), may limp, and cannot bend the hip fully.',
    aggravating:
      'A fall, or bracing to stop one; injections into the buttock, front-crawl swimming, walking uphill bent forward, repeated kicking, heavy squats or deadlifts, and long periods of slumped sitting.',
    selfCare:
      'Rest on a tennis or similar ball under the buttock, on the floor or against a wall, pausing briefly on tender spots. A gentle stretch drawing one bent knee across toward the opposite side of the chest, a cushioned seat, and not sitting on a wallet also help.',
    notes:
      'One Massage Today article names the superior gluteal nerve; this is an error, and anatomy texts agree on the inferior gluteal nerve (L5–S2).',
    citations: [{ source: 'gray' }, { source: 'TMA' }, GMAX_TS2, { source: 'BRS' }, { source: 'KENT' }],
  },

  gluteus_medius: {
    name: 'gluteus_medius',
    displayName: 'Gluteus medius',
    synonyms: ['glute', 'glutes', 'buttock', 'gluteal', 'hip abductor', 'glute med'],
    groups: ['abductor'],
    origin:
      'Outer face of the ilium under the iliac crest, in the band between its anterior and posterior gluteal lines.',
    insertion: 'Lateral (upper-back) facet of the greater trochanter.',
    action:
      'Abducts the hip and, above all, keeps the pelvis level when standing on one leg; weakness shows as the pelvis dropping on the other side (Trendelenburg sign). Its front fibres turn the thigh inward and may help flex the hip; its back fibres turn it outward and may help extend it.',
    innervation: { nerve: 'Superior gluteal nerve', roots: ['L4', 'L5', 'S1'] },
    bloodSupply: 'Deep branch of the superior gluteal artery.',
    triggerPoints: [
      {
        id: 'gmed-trp1',
        description:
          'TrP1: back part of the muscle, just under the iliac crest near the PSIS and sacroiliac joint.',
        fibre: 2,
        along: 0.15,
        evidence: 'verified',
        citations: [GMED_TS2, { source: 'BRS' }],
      },
      {
        id: 'gmed-trp2',
        description: 'TrP2: middle part, below the midpoint of the iliac crest.',
        fibre: 1,
        along: 0.15,
        evidence: 'verified',
        citations: [GMED_TS2, { source: 'BRS' }],
      },
      {
        id: 'gmed-trp3',
        description:
          'TrP3: front part, just under the crest near the ASIS; the least common of the three. Its site is well described, its referral pattern less so.',
        fibre: 0,
        along: 0.15,
        evidence: 'verified',
        citations: [GMED_TS2, { source: 'BRS' }],
      },
    ],
    symptoms:
      'Low back pain along the belt line, over the sacrum and in the buttock, sometimes reaching the top of the back-outer thigh; unlike gluteus minimus it does not travel down the leg. TrP1 refers along the back of the iliac crest, over the sacroiliac joint and sacrum, with some spread onto the buttock. TrP2 refers to the side and middle of the buttock, with spread to the upper back-outer thigh. TrP3 is said to refer along the crest and across the low back and sacrum on both sides, but this is less certain. Walking, lying on the painful side or on the back, and slumped sitting hurt.',
    aggravating:
      'Falls, lying on the side with nothing between the knees, lying on the back with the legs straight, injections into the buttock, hours of tennis, long beach walks in soft sand, standing on one leg for long periods, sitting on a wallet, and a leg-length difference or a Morton’s foot shape.',
    selfCare:
      'Sleep with a pillow between your knees, lean against a ball on a wall just under the crest, try a gentle stretch bringing the leg across behind the other one, and deal with leg-length or seating asymmetries. Pain at the side of the hip has other causes too (lumbar facet joints, the sacroiliac joint, bursitis), so pain that persists needs a clinical check.',
    notes:
      'Sources disagree on TrP3: the spread across both sides of the low back comes from recall of TS2, while student notes link pain in the sacrum, coccyx and buttock cleft to a point on the side of the crest. The split between essential and spillover zones is inferred.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      GMED_TS2,
      { source: 'NAMTPT' },
      { source: 'BRS' },
      { source: 'massagelibrary' },
    ],
  },

  gluteus_minimus: {
    name: 'gluteus_minimus',
    displayName: 'Gluteus minimus',
    synonyms: ['glute', 'glutes', 'buttock', 'gluteal', 'hip abductor', 'glute min'],
    groups: ['abductor'],
    origin:
      'Outer face of the ilium in the band between its anterior and inferior gluteal lines, plus the margin of the greater sciatic notch.',
    insertion: 'Front facet of the greater trochanter, with some fibres into the hip joint capsule.',
    action:
      'Abducts the hip and keeps the pelvis level in single-leg stance; it also holds the head of the femur snugly in its socket. Its front fibres turn the thigh inward and may help flex the hip.',
    innervation: { nerve: 'Superior gluteal nerve', roots: ['L4', 'L5', 'S1'] },
    bloodSupply: 'Superior gluteal artery.',
    triggerPoints: [
      {
        id: 'gmin-anterior',
        description:
          'Front part: deep under tensor fasciae latae and the front of gluteus medius, in the area under the front of the crest, midway from the ASIS to the greater trochanter.',
        fibre: 0,
        along: 0.4,
        evidence: 'recalled',
        citations: [GMIN_TS2, { source: 'mortonsfoot' }],
      },
      {
        id: 'gmin-posterior',
        description:
          'Back part: in the upper buttock, under both gluteus maximus and medius, along the top edge of piriformis, on a line joining the upper sacrum to the greater trochanter.',
        fibre: 2,
        along: 0.5,
        evidence: 'recalled',
        citations: [GMIN_TS2],
      },
    ],
    symptoms:
      'Often called "pseudo-sciatica". The front part sends pain from the lower outer buttock down the side of the thigh, the outside of the knee and the outer shin to the ankle, and rarely onto the top of the foot. The back part sends a similar strip further back: lower inner buttock, back of the thigh and calf. The pain can be constant and severe, and because the muscle lies deep its role is easily missed. People limp, cannot lie on the painful side (it may wake them), find it hard to stand up from a chair, and struggle to get comfortable.',
    aggravating:
      'Sudden or repeated overload, staying still for a long time (such as a long drive with the foot on the accelerator), long standing or sitting, sacroiliac problems, irritation of the L5 or S1 nerve root, a leg-length difference, sitting on a wallet or cross-legged, and falls.',
    selfCare:
      'Lean the outer hip, just under the crest, against a ball on a wall, and get up and move regularly during long drives or desk work. Because the pattern imitates a trapped nerve, leg pain with numbness, weakness, or any change in bladder or bowel control needs prompt medical assessment.',
    notes:
      'Sources disagree on whether the front-part pattern includes the outer knee: PFH, closest to the book text, includes it, another secondary source says it skips the knee. How far the back-part pattern reaches toward the ankle is not settled, and the solid-versus-stippled split is not verified. TS2 is quoted as reporting that 55 of 70 patients in one series labelled as sciatica had muscle or ligament pain instead.',
    citations: [
      { source: 'SP' },
      { source: 'Beck2000' },
      { source: 'gray' },
      GMIN_TS2,
      { source: 'PFH' },
      { source: 'NAMTPT' },
      { source: 'KENT' },
    ],
  },

  piriformis: {
    name: 'piriformis',
    displayName: 'Piriformis',
    synonyms: ['deep six', 'short external rotator', 'deep rotator', 'piriformis syndrome', 'buttock'],
    groups: ['external_rotator'],
    origin:
      'Front (pelvic) surface of the sacrum from S2 to S4, between and beside the sacral foramina, the edge of the greater sciatic notch and the sacroiliac joint capsule, sometimes the sacrotuberous ligament. It leaves the pelvis through the greater sciatic foramen.',
    insertion:
      'Upper border of the greater trochanter; its tendon blends with the shared tendon of obturator internus and the gemelli.',
    action:
      'Turns the straightened hip outward, abducts the hip when it is bent, and helps hold the head of the femur in its socket. In deep hip flexion its rotating action is often said to reverse, so that it turns the thigh inward.',
    innervation: { nerve: 'Nerve to piriformis', roots: ['S1', 'S2'] },
    bloodSupply: 'Mainly the inferior gluteal artery, with the superior gluteal and lateral sacral arteries.',
    triggerPoints: [
      {
        id: 'piriformis-lateral',
        description:
          'Outer point near the greater trochanter, about where the outer and middle thirds meet on a line from the trochanter to the top of the sacral border.',
        fibre: 0,
        along: 0.67,
        evidence: 'recalled',
        citations: [PIRI_TS2],
      },
      {
        id: 'piriformis-medial',
        description:
          'Inner point near the sacrum and the greater sciatic foramen. About half of the muscle can also be reached from inside the pelvis, by a clinician during a rectal or vaginal examination.',
        fibre: 0,
        along: 0.3,
        evidence: 'recalled',
        citations: [PIRI_TS2, { source: 'MP' }],
      },
    ],
    symptoms:
      'Pain over the sacroiliac area, across the buttock and behind the hip joint, sometimes spreading over the upper two-thirds of the back of the thigh. It is worse with sitting, getting up from a seat, and activity. Because the sciatic nerve usually runs just below the muscle (and sometimes through it), a tight piriformis can also press on nerves, giving pain or tingling in the back of the thigh, the calf and the sole, or in the buttock, perineum or rectum; pain on opening the bowels or during intercourse can occur. A sacroiliac problem is often present as well. Women are affected about six times as often as men.',
    aggravating:
      'Long sitting (driving, desk work), sitting on a wallet, catching yourself in a fall, running and twisting, sacroiliac problems, and a leg-length difference.',
    selfCare:
      'Avoid long sitting and crossing the legs. A gentle piriformis stretch, lying or sitting with the hip bent to about a right angle and the knee then drawn across the body, and a ball under the middle of the buttock on the floor or against a wall, are commonly suggested. Numbness, weakness or loss of bladder or bowel control needs urgent medical care.',
    notes:
      'Some texts add L5 to the nerve supply. The sciatic nerve passes below the muscle in about 85–90% of people; in the rest part or all of it pierces the muscle. The reversal of its rotation at high hip flexion is widely quoted but was not checked here. TS2 covers piriformis and the other short lateral rotators in one chapter.',
    citations: [
      { source: 'gray' },
      { source: 'PP' },
      { source: 'MP' },
      PIRI_TS2,
      { source: 'NAMTPT' },
      { source: 'TPR' },
    ],
  },
} satisfies FactsFor<'gluteus_maximus' | 'gluteus_medius' | 'gluteus_minimus' | 'piriformis'>;
