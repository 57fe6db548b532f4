/**
 * Facts for the hip flexor group: psoas major, psoas minor, iliacus, rectus femoris, sartorius,
 * tensor fasciae latae and pectineus.
 */
import type { FactsFor } from './index';

const ILIOPSOAS_TS2 = { source: 'TS2', where: 'ch. 5 (iliopsoas)' };

export const HIP_FLEXOR_FACTS = {
  psoas_major: {
    name: 'psoas_major',
    displayName: 'Psoas major',
    synonyms: ['psoas', 'hip flexor', 'iliopsoas'],
    groups: ['flexor', 'trunk'],
    origin:
      'Sides of the T12–L5 vertebral bodies, the intervening discs, and the roots of the L1–L5 transverse processes.',
    insertion: 'Lesser trochanter of the femur, by a tendon it shares with iliacus.',
    action:
      'Together with iliacus it is the main flexor of the hip. When the legs are fixed it bends the lumbar spine and trunk forward, and working on one side it helps bend the spine sideways. It also steadies the lumbar spine and may deepen the lumbar curve in standing. Any part it plays in turning the hip outward is small and disputed.',
    innervation: { nerve: 'Direct branches of the lumbar plexus (anterior rami)', roots: ['L1', 'L2', 'L3'] },
    bloodSupply:
      'Lumbar arteries and the iliolumbar artery (its lumbar branch), with small twigs from the deep circumflex iliac, external iliac and femoral arteries.',
    triggerPoints: [
      {
        id: 'psoas-abdominal',
        description:
          'Deep in the belly, next to the outer edge of the rectus abdominis ("six-pack") at or a little below navel height. It is reached only indirectly, by pressing slowly backward and inward toward the spine through a relaxed abdominal wall.',
        fibre: 3,
        along: 0.35,
        evidence: 'recalled',
        citations: [ILIOPSOAS_TS2, { source: 'NAT' }],
      },
      {
        id: 'iliopsoas-distal',
        description:
          'Near the common tendon at the top of the front of the thigh: in the outer floor of the femoral triangle, a little below the groin crease (inguinal ligament), between sartorius on the outside and the pulse of the femoral artery on the inside, pressing toward the lesser trochanter. This site belongs to iliacus as well.',
        fibre: 2,
        along: 0.85,
        evidence: 'verified',
        citations: [ILIOPSOAS_TS2, { source: 'FIN' }],
      },
    ],
    symptoms:
      'Travell and Simons treat psoas major and iliacus as one unit, the iliopsoas, with a single pattern. It is felt in two places on the same side: a vertical strip beside the lumbar spine, from about the lowest ribs down to the sacrum and sacroiliac joint, and the top of the front of the thigh and groin. It can spill a little into the upper buttock, and perhaps further down the front of the thigh. People tend to show where it hurts by sliding a hand vertically beside the spine. The back pain is usually worse when standing upright, milder when sitting, and eased by lying down, often curled up. Getting out of a deep, soft chair is hard, and sit-ups may be impossible. It is sometimes a hidden cause of back pain that continues after spinal surgery.',
    aggravating:
      'Sitting for long periods with the hips sharply bent (knees above hips), sleeping curled on one side, repeated sit-ups or straight-leg raises, jogging, and heavy weight-bearing work. Standing up after a long sit is the typical trigger.',
    selfCare:
      'Break up long spells of sitting and set the seat so the hips are less bent. Gentle stretches that take the hip backward, such as a half-kneeling lunge or lying on the back with the thigh hanging over the end of a bed, suit many people. If you try gentle pressure through the belly beside the rectus abdominis, go slowly and lightly: the aorta and the iliac arteries lie close by, so if you feel a pulse under your fingers, move off it. Stop if anything causes sharp pain, and see a clinician if the pain persists.',
    notes:
      'Sources differ on the nerve roots: most give L1–L3, some (e.g. Niel-Asher) L1–L4. The abdominal trigger point site is recalled from the usual description rather than checked against the book figure. How far the pattern spills down the front of the thigh is not verified.',
    citations: [
      { source: 'gray' },
      { source: 'wikimsk' },
      { source: 'SP' },
      ILIOPSOAS_TS2,
      { source: 'NAMTPT' },
      { source: 'contemporaryobgyn' },
      { source: 'TPT' },
    ],
  },

  psoas_minor: {
    name: 'psoas_minor',
    displayName: 'Psoas minor',
    synonyms: ['psoas'],
    groups: ['trunk'],
    origin: 'Sides of the T12 and L1 vertebral bodies and the intervening disc.',
    insertion:
      'Pectineal line and iliopubic (iliopectineal) eminence at the pelvic brim, blending with the iliac fascia and the iliopectineal arch.',
    action:
      'Weakly bends the lumbar spine forward and tightens the iliac fascia; it may help tilt the pelvis backward. It ends at the pelvic brim, short of the hip joint, so it cannot move the hip.',
    innervation: { nerve: 'Branch of the anterior ramus of L1', roots: ['L1'] },
    bloodSupply: 'Lumbar arteries.',
    triggerPoints: [],
    symptoms:
      'No referred-pain pattern of its own was found in the sources. Travell and Simons mention it within the iliopsoas chapter, and some authors simply assume it behaves like psoas major. Therapist writing links a stiff, flattened low back and a taut tendon felt through the abdomen to this muscle ("psoas minor syndrome"), but that evidence is weak.',
    aggravating: 'Not described separately; the factors listed for psoas major are usually assumed to apply.',
    selfCare:
      'The sources give no specific advice. General low-back care and the gentle hip-flexor measures described for psoas major are reasonable; avoid deep pressure into the abdomen.',
    notes:
      'Sources disagree on how common the muscle is: some say it is missing in about 40% of people, others that it is present in only about 40%, 50% or 60%. Some texts add L2 to its nerve supply.',
    citations: [{ source: 'gray' }, { source: 'imaios' }, ILIOPSOAS_TS2],
  },

  iliacus: {
    name: 'iliacus',
    displayName: 'Iliacus',
    synonyms: ['iliopsoas', 'hip flexor'],
    groups: ['flexor'],
    origin:
      'Most of the iliac fossa (its upper two-thirds), the crest’s inner lip, the sacral ala, and the anterior sacroiliac and iliolumbar ligaments.',
    insertion: 'Outer side of the psoas tendon, the lesser trochanter, and the femoral shaft just below it.',
    action: 'Flexes the hip together with psoas major and steadies the pelvis during running.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3'] },
    bloodSupply:
      'The iliolumbar artery (iliac branch) and the medial circumflex femoral artery, helped by the deep circumflex iliac and obturator arteries.',
    triggerPoints: [
      {
        id: 'iliacus-fossa',
        description:
          'Just inside the pelvic rim, behind and toward the midline from the ASIS (the bony point at the front of the hip). It is reached by hooking the fingertips over the crest into the bowl of the pelvis.',
        fibre: 0,
        along: 0.2,
        evidence: 'recalled',
        citations: [ILIOPSOAS_TS2, { source: 'FIN' }],
      },
    ],
    symptoms:
      'Shares the iliopsoas pattern with psoas major: an ache in a vertical strip beside the lower spine, down to the sacroiliac joint, and pain at the top of the front of the thigh and in the groin. The back pain tends to be worse when standing and better lying down. The trigger point near the common tendon in the groin, drawn on psoas major, belongs to both muscles.',
    aggravating:
      'Long sitting with the hips deeply bent, sleeping curled up, repeated sit-ups, and standing up after sitting for a long time.',
    selfCare:
      'Change position often, avoid deep, low seats, and use gentle stretches that take the hip backward, such as a half-kneeling lunge. Any pressure inside the pelvic rim should be light and slow, and stopped if it causes sharp or spreading pain.',
    notes:
      'Sources differ on the nerve roots: femoral nerve L2–L3 in most texts, L2–L4 in some, and L1–L4 in Niel-Asher.',
    citations: [{ source: 'gray' }, { source: 'TMA' }, { source: 'SP' }, { source: 'PP' }, ILIOPSOAS_TS2],
  },

  rectus_femoris: {
    name: 'rectus_femoris',
    displayName: 'Rectus femoris',
    synonyms: ['quadriceps', 'quad', 'quads', 'hip flexor'],
    groups: ['flexor'],
    origin: 'Straight head from the AIIS; reflected head from the ilium just above the acetabulum.',
    insertion:
      'Base of the patella through the quadriceps tendon, and on to the tibial tuberosity through the patellar ligament.',
    action:
      'Straightens the knee and flexes the hip. It is the only part of the quadriceps that crosses the hip.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] },
    bloodSupply: 'Descending branch of the lateral circumflex femoral artery.',
    triggerPoints: [
      {
        id: 'rf-proximal',
        description:
          'High on the front of the hip, immediately below the AIIS; easiest to feel with the hip straight. It is easily overlooked because the pain it causes is felt at the knee.',
        fibre: 0,
        along: 0.1,
        evidence: 'verified',
        citations: [
          { source: 'TS2', where: 'quadriceps femoris chapter (believed ch. 14)' },
          { source: 'mortonsfoot' },
          { source: 'aberdeen' },
        ],
      },
      {
        id: 'rf-distal',
        description: 'A less common point just above the knee, which refers deep around the knee.',
        fibre: 0,
        along: 0.9,
        evidence: 'verified',
        citations: [{ source: 'innerouterhealth' }],
      },
    ],
    symptoms:
      'Pain over and around the kneecap and deep inside the knee, sometimes also across the lower front of the thigh just above the kneecap, which can be worse at night. The knee may ache or feel weak, especially going down stairs.',
    aggravating:
      'A sudden load while the muscle is lengthening (stepping into a hole or off a kerb), injections into the thigh (for example insulin), running, cycling, and sitting for long periods.',
    selfCare:
      'A gentle heel-to-buttock stretch, lying face down or on the side, with the hip kept straight so the muscle is stretched at both ends. Knee pain with swelling, locking or giving way needs a clinical check.',
    notes:
      'The point above the knee is known from a single therapist web page, not from the book itself. Which parts of the pattern are essential and which spillover is inferred. The TS2 chapter number for the quadriceps is not confirmed.',
    citations: [
      { source: 'gray' },
      { source: 'TMA' },
      { source: 'TS2', where: 'quadriceps femoris chapter (believed ch. 14)' },
      { source: 'NAMTPT' },
    ],
  },

  sartorius: {
    name: 'sartorius',
    displayName: 'Sartorius',
    synonyms: ['hip flexor', "tailor's muscle"],
    groups: ['flexor', 'abductor', 'external_rotator'],
    origin: 'ASIS and the notch just below it.',
    insertion: 'Upper inner surface of the tibia, as part of the pes anserinus.',
    action:
      'Flexes, abducts and outwardly rotates the hip (together these give the cross-legged "tailor" position) and bends the knee; with the knee bent it turns the tibia inward. Its upper third forms the outer border of the femoral triangle.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3'] },
    bloodSupply: 'Muscular branches of the femoral artery.',
    triggerPoints: [
      {
        id: 'sartorius-upper',
        description: 'Upper part, near the ASIS at the outer edge of the femoral triangle.',
        fibre: 0,
        along: 0.1,
        evidence: 'recalled',
        citations: [{ source: 'TS2', where: 'sartorius chapter (number not confirmed)' }, { source: 'NAT' }],
      },
      {
        id: 'sartorius-middle',
        description: 'Middle part, where the muscle crosses the front of the thigh toward the inner side.',
        fibre: 0,
        along: 0.45,
        evidence: 'recalled',
        citations: [{ source: 'TS2', where: 'sartorius chapter (number not confirmed)' }, { source: 'NAT' }],
      },
      {
        id: 'sartorius-lower',
        description: 'Lower part, on the inner thigh above the knee.',
        fibre: 0,
        along: 0.8,
        evidence: 'recalled',
        citations: [{ source: 'TS2', where: 'sartorius chapter (number not confirmed)' }, { source: 'NAT' }],
      },
    ],
    symptoms:
      'Unlike the usual deep ache, this pain is close to the surface, sharp or tingling. It follows the strap-like muscle across the front and then the inner thigh, a short way above and below each trigger point, toward the inner knee; it is not usually felt deep in the knee. Near the ASIS the muscle may press on the lateral femoral cutaneous nerve, giving burning or numbness over the outer thigh similar to meralgia paraesthetica.',
    aggravating:
      'It is seldom affected alone and usually goes with trigger points in the quadriceps or adductors. A sudden strain, or feet that roll inward (pronation), can set it off and keep it going.',
    selfCare:
      'A pillow between the knees at night is said to help. Light pressure is enough for this thin, superficial muscle. New numbness over the outer thigh should be checked by a clinician.',
    notes:
      'Sources give different nerve roots: L2–L3, L2–L4 or L3–L4. The TS2 chapter number is not confirmed (it may share a chapter with tensor fasciae latae). The split of the strip into essential and spillover parts has not been verified.',
    citations: [
      { source: 'gray' },
      { source: 'NAT' },
      { source: 'AAMM' },
      { source: 'TS2', where: 'sartorius chapter (number not confirmed)' },
      { source: 'ABD' },
    ],
  },

  tensor_fasciae_latae: {
    name: 'tensor_fasciae_latae',
    displayName: 'Tensor fasciae latae',
    synonyms: ['TFL', 'IT band', 'ITB', 'iliotibial band', 'hip flexor'],
    groups: ['flexor', 'abductor', 'internal_rotator'],
    origin: 'Front part of the outer lip of the iliac crest and the outer surface of the ASIS.',
    insertion:
      'Iliotibial tract, at about the junction of the upper and middle thirds of the thigh; the tract carries on to the lateral condyle of the tibia (Gerdy’s tubercle).',
    action:
      'Helps flex, abduct and inwardly rotate the hip. It tightens the fascia lata and iliotibial tract, which steadies the straightened knee and the pelvis during walking.',
    innervation: { nerve: 'Superior gluteal nerve (inferior branch)', roots: ['L4', 'L5', 'S1'] },
    bloodSupply:
      'Ascending branch of the lateral circumflex femoral artery, with a contribution from the superior gluteal artery.',
    triggerPoints: [
      {
        id: 'tfl-trp1',
        description:
          'In the belly a little under the front end of the iliac crest, below and slightly behind the ASIS.',
        fibre: 0,
        along: 0.06,
        evidence: 'verified',
        citations: [
          { source: 'TS2', where: 'TFL chapter, pp. 217–221' },
          { source: 'DAV' },
          { source: 'FIN' },
        ],
      },
      {
        id: 'tfl-trp2',
        description:
          'A second point about 2–3 cm (an inch) further out, still in the belly, forward of the greater trochanter.',
        fibre: 0,
        along: 0.14,
        evidence: 'verified',
        citations: [{ source: 'TS2', where: 'TFL chapter, pp. 217–221' }, { source: 'DAV' }],
      },
    ],
    symptoms:
      'A deep ache at the front and side of the hip, over the greater trochanter and just forward of it, that feels as if it is inside the hip joint, and over the upper front-outer thigh. It can spread down the side of the thigh, now and then as far as the knee. Davies also describes a deep ache at the back of the hip, in the gap between the sitting bone and the trochanter. It is easily mistaken for trochanteric bursitis. People cannot lie on that side, find brisk walking painful, and struggle to straighten up after sitting, driving or sleeping curled up; they may stand with the hip and knee slightly bent.',
    aggravating:
      'Walking or running on uneven or sloping ground, having the leg immobilised, and sudden overload. Tension here also adds to tightness of the iliotibial band.',
    selfCare:
      'Slow pressure with a ball on the front-outer hip against a wall or the floor, a pillow between the knees at night, and a gentle stretch taking the leg backward and across behind the other one.',
    notes:
      'The TS2 pages for this muscle (about pp. 217–221) are confirmed; the chapter number (thought to be 12) is not. The exact split between essential and spillover zones is inferred from secondary sources.',
    citations: [
      { source: 'gray' },
      { source: 'imaios' },
      { source: 'NAT' },
      { source: 'FIN' },
      { source: 'TS2', where: 'TFL chapter, pp. 217–221' },
      { source: 'DAV' },
      { source: 'KENT' },
    ],
  },

  pectineus: {
    name: 'pectineus',
    displayName: 'Pectineus',
    synonyms: ['hip flexor', 'groin', 'adductor'],
    groups: ['flexor', 'adductor'],
    origin: 'Pecten (pectineal line) of the superior pubic ramus.',
    insertion: 'Pectineal line of the femur, just below the lesser trochanter.',
    action: 'Flexes and adducts the hip, and may help turn it inward.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3'] },
    bloodSupply: 'Obturator and medial circumflex femoral arteries.',
    triggerPoints: [
      {
        id: 'pectineus-trp',
        description:
          'Immediately under the superior pubic ramus, toward the inner side of the femoral triangle, between adductor longus on the inside and the femoral vessels and iliopsoas on the outside.',
        fibre: 0,
        along: 0.15,
        evidence: 'recalled',
        citations: [{ source: 'TS2', where: 'pectineus chapter (number not confirmed)' }, { source: 'NAT' }],
      },
    ],
    symptoms:
      'A deep ache in the front of the groin just under the inguinal ligament, over an area roughly 8–12 cm across, often felt as if it were inside the hip joint. It may spread as a vague oval onto the upper front-inner thigh. Taking the knees apart, as in cross-legged sitting, is limited.',
    aggravating:
      'Tripping or falling, gripping a horse with the thighs, gymnastics, skiing, hip arthritis or a hip replacement, a leg in a cast, and a leg-length difference. It usually appears along with trigger points in the adductors and iliopsoas.',
    selfCare:
      'Gentle stretches that take the knees apart, and not sitting with the legs crossed for long. Groin pain has many possible causes, including hernia, hip joint disease, nerve entrapment and problems at the pubic symphysis, so pain that persists, or any lump, needs a clinical check.',
    notes:
      'Usually supplied by the femoral nerve, but sometimes also by a branch of the obturator (or accessory obturator) nerve. The TS2 chapter number is not confirmed.',
    citations: [
      { source: 'gray' },
      { source: 'anatomyinsight' },
      { source: 'NAT' },
      { source: 'TS2', where: 'pectineus chapter (number not confirmed)' },
      { source: 'NAMTPT' },
    ],
  },
} satisfies FactsFor<
  | 'psoas_major'
  | 'psoas_minor'
  | 'iliacus'
  | 'rectus_femoris'
  | 'sartorius'
  | 'tensor_fasciae_latae'
  | 'pectineus'
>;
