/**
 * Facts for the ligaments, the thoracolumbar fascia, the iliotibial tract and the diaphragm's crura and
 * arcuate ligaments. Texts written for this project from the sources in src/anatomy/sources.ts.
 */
import type { StructureFacts } from '../types';

const GRAY = { source: 'gray' };
const NETTER = { source: 'netter' };
const MOORE = { source: 'moore' };

export const LIGAMENT_FACTS: Readonly<Record<string, StructureFacts>> = {
  inguinal_ligament: {
    displayName: 'Inguinal ligament',
    synonyms: ['groin ligament', "Poupart's ligament"],
    description:
      'The rolled-in lower edge of the aponeurosis of the external oblique, stretched from the anterior superior iliac spine to the pubic tubercle. It marks the fold of the groin, the border between the abdomen and the thigh.',
    attachments: {
      from: 'Anterior superior iliac spine (ASIS).',
      to: 'Pubic tubercle (medially it also turns back onto the pecten as the lacunar ligament).',
    },
    relations:
      'Everything that passes from the abdomen into the front of the thigh goes under it: laterally iliopsoas with the femoral nerve on it and, just medial to the ASIS, the lateral femoral cutaneous nerve; at the mid-inguinal point (halfway between the ASIS and the pubic symphysis) the femoral artery, with the femoral vein medial to it and the femoral canal medial to the vein. It forms the upper border of the femoral triangle (sartorius lateral, adductor longus medial). Above its middle is the deep inguinal ring; the inguinal canal runs along and above its medial half.',
    function:
      'Anchors the lower abdominal wall muscles (external oblique, and in part internal oblique and transversus) and roofs the gap between the hip bone and the abdominal wall through which the hip flexors, nerves and vessels reach the thigh. It does not move a joint and its length does not change with posture.',
    clinical:
      'The femoral pulse is felt just below it at the mid-inguinal point. Inguinal hernias appear above it and medial to the deep ring, femoral hernias below it and lateral to the pubic tubercle. The lateral femoral cutaneous nerve can be pinched where it passes under or through it near the ASIS (meralgia paresthetica).',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  iliofemoral_ligament: {
    displayName: 'Iliofemoral ligament',
    synonyms: ['Y ligament', 'Y ligament of Bigelow', 'ligament of Bertin', 'hip capsule'],
    description:
      'A thickening of the front of the hip joint capsule and the strongest ligament of the body: an inverted Y from the anterior inferior iliac spine to the intertrochanteric line, with a lateral (superior, iliotrochanteric) band to the upper part of the line and a medial (inferior) band to its lower part, thinner capsule between them.',
    attachments: {
      from: 'Lower part of the anterior inferior iliac spine (AIIS) and the adjacent rim of the acetabulum.',
      to: 'Intertrochanteric line of the femur: the lateral band to its upper part near the greater trochanter, the medial band to its lower part above the lesser trochanter.',
    },
    relations:
      'Lies on the front of the hip capsule, under the iliopsoas tendon (a bursa between them) and rectus femoris; the femoral artery and nerve lie in front of the joint a little medial to it.',
    function:
      'Tightens as the hip extends and stops extension. In the back stride of walking the trailing hip extends 10–20°, and this ligament, wound tight over the front of the femoral head, is the main passive check there (in this model its length rises from ≈ 70 mm at heel strike to ≈ 84 mm in the back stride; `myomap motion gait --muscles iliofemoral_ligament_r`). In relaxed standing people lean on it, the trunk a little behind the hip joints, with little muscle work. Its lateral band also checks external rotation and adduction. It slackens as the hip flexes, which is why flexion is the free direction.',
    clinical:
      'A tight anterior capsule limits hip extension (for instance in hip osteoarthritis), shortening the stride and pushing extension into the lumbar spine. In a posterior hip dislocation the intact ligament holds the thigh flexed, adducted and turned in; Bigelow used it as the fulcrum of his reduction manoeuvre.',
    evidence: 'verified',
    notes:
      'Attachments checked against the public-domain 20th edition of Gray\u2019s Anatomy. How much each band contributes to limiting rotation differs between studies.',
    citations: [
      { source: 'gray', where: '20th ed. (1918), the hip joint' },
      { source: 'fuss_bacher1991' },
      { source: 'bigelow1869' },
      NETTER,
    ],
  },

  pubofemoral_ligament: {
    displayName: 'Pubofemoral ligament',
    synonyms: ['hip capsule'],
    description:
      'A triangular thickening of the lower front of the hip capsule, from the pubic part of the acetabular rim and the superior pubic ramus to the capsule above the lesser trochanter.',
    attachments: {
      from: 'Iliopubic eminence, obturator crest and superior ramus of the pubis.',
      to: 'The capsule and the lower intertrochanteric line, blending with the medial band of the iliofemoral ligament.',
    },
    relations:
      'Below the iliofemoral ligament, behind pectineus and the femoral vein; the obturator externus lies below it.',
    function: 'Limits abduction, and with the iliofemoral ligament extension and external rotation of the hip.',
    evidence: 'recalled',
    citations: [GRAY, { source: 'fuss_bacher1991' }],
  },

  ischiofemoral_ligament: {
    displayName: 'Ischiofemoral ligament',
    synonyms: ['hip capsule', 'posterior capsule'],
    description:
      'The thickening of the back of the hip capsule: from the ischium behind and below the acetabulum it spirals upward and laterally over the back of the femoral neck to the base of the greater trochanter.',
    attachments: {
      from: 'Ischium, behind and below the acetabulum.',
      to: 'Base of the greater trochanter (near the trochanteric fossa), blending with the zona orbicularis.',
    },
    relations:
      'Covered behind by the short external rotators (obturator internus and the gemelli, quadratus femoris); the sciatic nerve passes behind them.',
    function:
      'Tightens in internal rotation and, with the others, in extension; with the iliofemoral and pubofemoral ligaments it makes the capsule screw tight as the hip extends.',
    evidence: 'recalled',
    citations: [GRAY, { source: 'fuss_bacher1991' }],
  },

  sacrotuberous_ligament: {
    displayName: 'Sacrotuberous ligament',
    synonyms: ['sacrotuberal ligament'],
    description:
      'A broad, strong band at the back of the pelvis, from the posterior iliac spines and the side of the lower sacrum and coccyx, narrowing and thickening down to the ischial tuberosity.',
    attachments: {
      from: 'Posterior superior and inferior iliac spines, lateral margin of the lower sacrum and upper coccyx.',
      to: 'Medial margin of the ischial tuberosity.',
    },
    relations:
      'Gluteus maximus arises partly from its back; the long head of biceps femoris often blends with its lower end. With the sacrospinous ligament in front of it, it turns the sciatic notches into the greater and lesser sciatic foramina; the pudendal nerve and vessels pass between the two ligaments.',
    function:
      'Resists the sacrum tipping forward (nutation) under the weight of the trunk, steadying the sacroiliac joints.',
    clinical:
      'The pudendal nerve can be compressed between the sacrotuberous and sacrospinous ligaments (pudendal neuralgia, pain on sitting).',
    evidence: 'recalled',
    citations: [GRAY, NETTER, { source: 'vleeming2012' }],
  },

  sacrospinous_ligament: {
    displayName: 'Sacrospinous ligament',
    synonyms: [],
    description:
      'A thin triangle from the lateral margin of the lower sacrum and coccyx to the ischial spine, in front of the sacrotuberous ligament, with coccygeus on its pelvic surface.',
    attachments: { from: 'Lateral margin of the lower sacrum and coccyx.', to: 'Ischial spine.' },
    relations:
      'It separates the greater sciatic foramen (above: piriformis, the sciatic nerve, the gluteal and pudendal vessels and nerves) from the lesser (below: the obturator internus tendon, the pudendal nerve re-entering the perineum).',
    function: 'Like the sacrotuberous ligament, it resists forward tipping of the sacrum.',
    clinical:
      'Used as an anchor in surgery for vaginal vault prolapse; the pudendal nerve passes just behind it near the ischial spine.',
    evidence: 'recalled',
    citations: [GRAY, NETTER],
  },

  iliolumbar_ligament: {
    displayName: 'Iliolumbar ligament',
    synonyms: [],
    description:
      'A strong band from the tip of the L5 transverse process to the back of the iliac crest, with a lower band to the ala of the sacrum.',
    attachments: {
      from: 'Tip and front of the transverse process of L5 (sometimes also L4).',
      to: 'Inner lip of the posterior iliac crest in front of the sacroiliac joint; lower band to the sacral ala.',
    },
    relations:
      'Quadratus lumborum arises partly from it; psoas lies in front of it and the lumbosacral trunk passes down medial to it.',
    function:
      'Ties the lowest lumbar vertebra to the pelvis: it limits L5 slipping forward on the sacrum and its side bending and flexion.',
    clinical: 'Proposed as a source of pain at the back of the iliac crest; the evidence is limited.',
    evidence: 'recalled',
    citations: [GRAY, { source: 'bogduk2012' }],
  },

  thoracolumbar_fascia: {
    displayName: 'Thoracolumbar fascia',
    synonyms: ['lumbodorsal fascia', 'TLF', 'lumbar fascia'],
    description:
      'The deep fascia of the lower back. Its posterior layer covers the erector spinae from the spinous processes to the lateral raphe at their lateral border; its middle layer runs from the tips of the lumbar transverse processes behind quadratus lumborum; its anterior layer covers quadratus lumborum in front. Laterally the layers fuse and give origin to transversus abdominis and internal oblique.',
    attachments: {
      from: 'Spinous processes and supraspinous ligaments of the lumbar vertebrae, the median sacral crest, and (middle layer) the tips of the transverse processes.',
      to: 'The posterior iliac crest and posterior superior iliac spine below, the 12th rib above (its anterior layer thickening into the lateral arcuate ligament), and the lateral raphe where the abdominal muscles arise.',
    },
    relations:
      'Between the skin and the erector spinae behind; latissimus dorsi and serratus posterior inferior arise from its posterior layer; gluteus maximus is continuous with it below.',
    function:
      'Wraps the back muscles into a compartment and joins the abdominal wall, latissimus dorsi and gluteus maximus across the lumbar spine, so that tension in one is passed to the other side of the body and across the sacroiliac joints.',
    clinical:
      'It is innervated and has been proposed as one source of non-specific low-back pain; how much it contributes is debated.',
    evidence: 'recalled',
    citations: [GRAY, { source: 'willard2012' }, { source: 'bogduk2012' }],
  },

  iliotibial_tract: {
    displayName: 'Iliotibial tract',
    synonyms: ['iliotibial band', 'IT band', 'ITB', 'fascia lata'],
    description:
      'The thickened lateral band of the fascia lata, the deep fascia of the thigh: broad at the hip, where tensor fasciae latae lies between its layers and three quarters of gluteus maximus insert into it, narrowing down the outside of the thigh to the lateral tibial condyle.',
    attachments: {
      from: 'Outer lip of the iliac crest from the ASIS back to the iliac tubercle, with the insertions of tensor fasciae latae and gluteus maximus.',
      to: "Gerdy's tubercle on the front of the lateral tibial condyle, with slips to the patella and the lateral intermuscular septum.",
    },
    relations:
      'It lies on vastus lateralis, under the skin of the outer thigh, and slides over the greater trochanter (trochanteric bursa beneath) above and the lateral femoral epicondyle below.',
    function:
      'A tension band on the outside of the thigh: tensor fasciae latae and gluteus maximus tighten it to steady the pelvis over the standing leg and to brace the extended knee. It lies in front of the knee axis when the knee is straight and behind it beyond about 30° of flexion.',
    clinical:
      'Iliotibial band syndrome: lateral knee pain in runners and cyclists where the tract crosses the lateral epicondyle, worst at about 30° of knee flexion. Pain over the greater trochanter (greater trochanteric pain syndrome) involves the tract, the bursa and the gluteal tendons.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  diaphragm: {
    displayName: 'Diaphragm (crura and arcuate ligaments)',
    synonyms: [
      'diaphragm',
      'crus',
      'crura',
      'median arcuate ligament',
      'medial arcuate ligament',
      'lateral arcuate ligament',
    ],
    description:
      'The dome of muscle between chest and abdomen arises at the back from the lumbar spine by two crura and from three arcuate ligaments. The right crus comes from the front of the L1–L3 bodies and discs, the left from L1–L2; the median arcuate ligament joins them over the aorta at T12; each medial arcuate ligament arches over psoas from the L1 body to the L1 transverse process, and each lateral arcuate ligament over quadratus lumborum from that process to the 12th rib. The model shows these posterior attachments only, not the dome.',
    attachments: {
      from: 'Crura: anterolateral L1–L3 (right) and L1–L2 (left) bodies and discs. Arcuate ligaments: L1 body, L1 transverse process, 12th rib.',
      to: 'The central tendon of the diaphragm (above the model).',
    },
    relations:
      'The aorta passes behind the median arcuate ligament (aortic hiatus, T12); the vena cava lies in front of the right crus. Psoas major passes under the medial arcuate ligament, quadratus lumborum under the lateral: this is why both seem to "end in mid-air" at the top of the posterior abdominal wall. The sympathetic trunk passes behind the medial arcuate ligament, the subcostal nerve and vessels behind the lateral.',
    function:
      'The main muscle of breathing in. Its crura anchor it to the lumbar spine; contracting, they also pull on the upper lumbar bodies and, with the abdominal muscles, raise the pressure in the abdomen that helps steady the spine.',
    clinical:
      'Median arcuate ligament syndrome: the ligament compresses the coeliac trunk. Infection tracking down inside the psoas sheath passes under the medial arcuate ligament into the groin (psoas abscess).',
    evidence: 'recalled',
    notes:
      'Kind `ligament` in this model: only the diaphragm\u2019s tendinous posterior attachments are drawn, alongside the other ligaments.',
    citations: [GRAY, NETTER, MOORE],
  },
};
