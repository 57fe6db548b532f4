/**
 * Facts for the bones (both sides share one entry). Their landmarks and the muscles and ligaments
 * attached to them are derived from the data (../bones.ts); these texts say what a teacher says.
 * Written for this project from the sources in src/anatomy/sources.ts.
 */
import type { BoneName } from '../bones';
import type { BoneFacts } from '../types';

const GRAY = { source: 'gray' };
const NETTER = { source: 'netter' };
const BOGDUK = { source: 'bogduk2012' };

const lumbar = (level: string, extra: string): BoneFacts => ({
  displayName: `${level} vertebra`,
  synonyms: [level, `${level} vertebral body`, 'lumbar vertebra', 'lumbar spine'],
  description: `A lumbar vertebra: a large kidney-shaped body in front, joined by pedicles to the arch behind, which carries long flat transverse processes, a blunt spinous process and the facet joints with the vertebrae above and below. ${extra}`,
  relations:
    'Psoas major arises from the sides of the body and the front of the transverse processes; the aorta and vena cava lie on the front of the upper bodies; quadratus lumborum and the intertransverse muscles attach to the transverse processes, multifidus and the erector spinae to the arch behind. The spinal nerve of the same number leaves the foramen below the pedicle.',
  function:
    'Carries the weight of the trunk down to the sacrum through the body and disc, while the arch and facet joints guide and limit bending and twisting and shelter the nerve roots.',
  evidence: 'recalled',
  citations: [GRAY, BOGDUK],
});

export const BONE_FACTS: Readonly<Record<BoneName, BoneFacts>> = {
  t11: {
    displayName: 'T11 vertebra',
    synonyms: ['T11', 'eleventh thoracic vertebra', 'thoracic spine'],
    description:
      'The eleventh thoracic vertebra: a thoracic arch with a body approaching the lumbar shape, and a single full facet on each side for the head of the 11th rib; its transverse processes are short and carry no rib facet.',
    relations:
      'The 11th ribs articulate with its body; the crura of the diaphragm rise in front of it towards the oesophageal hiatus.',
    function: 'Part of the transition from the stiff rib-bearing thoracic spine to the mobile lumbar spine.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  t12: {
    displayName: 'T12 vertebra',
    synonyms: ['T12', 'twelfth thoracic vertebra', 'thoracolumbar junction'],
    description:
      'The twelfth thoracic vertebra, the transitional vertebra: thoracic above (facets for the 12th ribs, upper facets facing back) and lumbar below (lower facets facing sideways like the lumbar ones).',
    relations:
      'The 12th ribs articulate with it; the uppermost fibres of psoas major arise from its body; the aorta passes the diaphragm in front of it, behind the median arcuate ligament.',
    function:
      'Where the thoracic spine, which mainly turns, meets the lumbar spine, which mainly bends; a common level for compression fractures.',
    evidence: 'recalled',
    citations: [GRAY, BOGDUK],
  },
  l1: lumbar(
    'L1',
    'The right crus of the diaphragm and the medial arcuate ligament attach to its body, and the arcuate ligaments to its transverse processes.',
  ),
  l2: lumbar('L2', 'The crura of the diaphragm attach to the front of its body.'),
  l3: lumbar(
    'L3',
    'Usually the longest transverse processes of the lumbar spine; the right crus reaches down to its body.',
  ),
  l4: lumbar(
    'L4',
    'The aorta divides in front of it; the iliac crests reach the level of the L4/L5 disc (Tuffier\u2019s line), a landmark for lumbar punctures.',
  ),
  l5: lumbar(
    'L5',
    'The largest lumbar body, taller in front than behind (it makes much of the lumbosacral angle), with stout transverse processes tied to the pelvis by the iliolumbar ligaments. The L4/L5 and L5/S1 discs are where most lumbar disc herniations occur.',
  ),
  sacrum: {
    displayName: 'Sacrum',
    synonyms: ['sacral bone', 'sacral promontory', 'sacroiliac joint', 'SI joint'],
    description:
      'Five fused vertebrae forming a curved triangle wedged between the hip bones. Its base (the S1 body, with the promontory at its front edge) carries L5; its wings (alae) form the sacroiliac joints with the ilia; four pairs of foramina in front and behind let out the sacral nerves.',
    relations:
      'Piriformis arises from its front between the foramina; the sacral plexus and the sciatic nerve form on it; gluteus maximus and multifidus attach behind; the sacrotuberous and sacrospinous ligaments tie it to the ischium.',
    function:
      'Passes the weight of the trunk from the spine to the two hip bones through the sacroiliac joints, whose ligaments lock it in place (nutation) under load.',
    clinical: 'The sacroiliac joint is one source of low-back and buttock pain.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, { source: 'vleeming2012' }],
  },
  coccyx: {
    displayName: 'Coccyx',
    synonyms: ['tailbone'],
    description: 'Three to five small fused vertebrae at the tip of the spine, below the sacrum.',
    relations:
      'Gluteus maximus, the sacrotuberous and sacrospinous ligaments, coccygeus and the levator ani (pelvic floor) attach to it.',
    function: 'An anchor for the pelvic floor and part of the base of support in sitting leaning back.',
    clinical: 'Coccydynia: pain at the tailbone on sitting, often after a fall.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  pelvis: {
    displayName: 'Pelvis (hip bones)',
    synonyms: [
      'hip bone',
      'innominate',
      'os coxae',
      'ilium',
      'ischium',
      'pubis',
      'pelvic girdle',
      'ASIS',
      'iliac crest',
      'acetabulum',
    ],
    description:
      'The two hip bones, each fused from ilium, ischium and pubis at the acetabulum (the hip socket), joined to each other at the pubic symphysis and to the sacrum at the sacroiliac joints. Main landmarks: the iliac crest with the anterior and posterior superior iliac spines, the anterior inferior iliac spine, the iliac fossa, the pelvic brim (arcuate line, pecten), the pubic tubercle, the obturator foramen, the ischial spine and tuberosity, and the greater and lesser sciatic notches.',
    relations:
      'Most hip muscles arise from it: iliacus from the iliac fossa, the glutei from the outer ilium, sartorius from the ASIS, rectus femoris from the AIIS, the hamstrings from the ischial tuberosity, the adductors from the pubis and ischium. The inguinal ligament spans the ASIS to the pubic tubercle; the psoas and the femoral nerve and vessels cross its brim.',
    function:
      'Carries the trunk on the legs: weight passes from the sacrum through the sacroiliac joints and the thick bone above the acetabulum to the femoral heads (or to the ischial tuberosities in sitting). Its tilt sets the lumbar curve.',
    clinical:
      'The ASIS, iliac crest, pubic tubercle and ischial tuberosity are felt through the skin and used to find everything else.',
    evidence: 'recalled',
    citations: [GRAY, NETTER],
  },
  rib_11: {
    displayName: '11th rib',
    synonyms: ['floating rib', 'eleventh rib'],
    description:
      'A floating rib: it articulates with the T11 body behind but its tip ends free in the muscles of the flank, without a costal cartilage joining the sternum.',
    relations:
      'The diaphragm, external and internal oblique, transversus abdominis and latissimus dorsi attach to it; the kidney lies in front of its back part.',
    function: 'Guards the upper kidney and gives the flank muscles an anchor that can move with breathing.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  rib_12: {
    displayName: '12th rib',
    synonyms: ['floating rib', 'twelfth rib'],
    description:
      'The lowest, shortest floating rib, articulating with T12 and ending free in the posterior abdominal wall.',
    relations:
      'Quadratus lumborum inserts into the medial half of its lower border and the lateral arcuate ligament (the diaphragm) attaches to it; the thoracolumbar fascia and iliocostalis reach it; the kidney and pleura lie in front of it.',
    function:
      'Anchors quadratus lumborum, which holds it down when the diaphragm pulls so that breathing in can work against a steady base.',
    clinical:
      'Its tip is a landmark for the kidney and for posterior approaches to it; the pleura reaches below its medial part.',
    evidence: 'recalled',
    citations: [GRAY, NETTER],
  },
  femur: {
    displayName: 'Femur',
    synonyms: ['thigh bone', 'femoral head', 'femoral neck', 'greater trochanter', 'lesser trochanter'],
    description:
      'The thigh bone, the longest bone of the body: a round head in the acetabulum, a neck set at about 125–130° to the shaft and turned forward about 10–15° (anteversion), the greater and lesser trochanters, a shaft with the linea aspera behind, and the two condyles of the knee with the trochlear groove for the patella in front.',
    relations:
      'Psoas and iliacus insert on the lesser trochanter; gluteus medius and minimus and the short rotators on the greater trochanter; gluteus maximus on the gluteal tuberosity; the adductors on the linea aspera; the vasti wrap the shaft; the iliofemoral ligament reaches the intertrochanteric line.',
    function: 'The lever of the thigh and the pillar that carries body weight from the hip to the knee.',
    clinical:
      'Fractures of the neck in older people; the neck-shaft angle and anteversion shape how the hip moves (coxa vara/valga, in- or out-toeing).',
    evidence: 'recalled',
    citations: [GRAY, NETTER],
  },
  patella: {
    displayName: 'Patella',
    synonyms: ['kneecap'],
    description:
      'A triangular sesamoid bone within the quadriceps tendon, gliding in the trochlear groove of the femur; the patellar ligament joins its apex to the tibial tuberosity.',
    relations:
      'Rectus femoris and the vasti insert on its base and sides; the iliotibial tract sends slips to its lateral edge.',
    function: 'Lifts the quadriceps tendon away from the knee axis, increasing the moment arm of knee extension.',
    clinical: 'Patellofemoral pain and maltracking; fractures from falls on the knee.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  tibia: {
    displayName: 'Tibia',
    synonyms: ['shin bone', 'tibial plateau', "Gerdy's tubercle", 'medial malleolus'],
    description:
      "The weight-bearing bone of the leg: the medial and lateral condyles (the tibial plateau) under the femur, the tibial tuberosity in front for the patellar ligament, Gerdy's tubercle on the lateral condyle for the iliotibial tract, a shaft whose medial surface lies just under the skin, and the medial malleolus at the ankle.",
    relations:
      "Sartorius, gracilis and semitendinosus insert together below the medial condyle (pes anserinus); semimembranosus behind the medial condyle; the iliotibial tract on Gerdy's tubercle.",
    function: 'Carries the body weight from the knee to the ankle.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  fibula: {
    displayName: 'Fibula',
    synonyms: ['fibular head', 'lateral malleolus', 'peroneal bone'],
    description:
      'The slender outer bone of the leg, with its head below the lateral tibial condyle and its lower end forming the lateral malleolus of the ankle.',
    relations:
      'Biceps femoris and the lateral collateral ligament attach to its head; the common fibular nerve winds round its neck just under the skin.',
    function: 'Carries little weight; it anchors muscles and forms the outer wall of the ankle mortise.',
    clinical:
      'Pressure on the fibular neck (crossed legs, casts) can injure the common fibular nerve and cause foot drop.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  talus: {
    displayName: 'Talus',
    synonyms: ['ankle bone', 'astragalus'],
    description:
      'The bone of the ankle joint: its dome sits in the mortise between the malleoli and it rests on the calcaneus; no muscle attaches to it.',
    relations: 'Held between the medial and lateral malleoli; the tendons of the leg muscles pass around it.',
    function: 'Passes the weight of the leg to the foot and allows the ankle to flex and extend.',
    evidence: 'recalled',
    citations: [GRAY],
  },
  foot: {
    displayName: 'Foot (calcaneus to toes)',
    synonyms: ['calcaneus', 'heel bone', 'metatarsals', 'toes'],
    description:
      'The calcaneus (heel), the other tarsal bones, the five metatarsals and the toes, modelled together as one segment.',
    relations: 'The Achilles tendon (gastrocnemius and soleus) inserts on the back of the calcaneus.',
    function:
      'The base of support: the heel strikes first in walking and the forefoot pushes off at the end of the back stride.',
    evidence: 'recalled',
    citations: [GRAY],
  },
};
