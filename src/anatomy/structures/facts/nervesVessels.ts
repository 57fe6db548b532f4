/**
 * Facts for the lumbar plexus and its branches, the sciatic nerve, and the great vessels of the lumbar
 * region and thigh. Texts written for this project from the sources in src/anatomy/sources.ts.
 */
import type { StructureFacts } from '../types';

const GRAY = { source: 'gray' };
const NETTER = { source: 'netter' };
const MOORE = { source: 'moore' };

export const NERVE_FACTS: Readonly<Record<string, StructureFacts>> = {
  lumbar_plexus: {
    displayName: 'Lumbar plexus',
    synonyms: [
      'lumbar nerves',
      'lumbar nerve roots',
      'iliohypogastric nerve',
      'ilioinguinal nerve',
      'lumbosacral trunk',
    ],
    description:
      'The network formed by the ventral rami of L1–L4 (often with a twig from T12) inside psoas major. Its branches leave the muscle at its borders and front: iliohypogastric, ilioinguinal, genitofemoral, lateral femoral cutaneous, femoral and obturator nerves. Part of L4 joins L5 as the lumbosacral trunk, which descends into the pelvis to the sacral plexus.',
    course: {
      from: 'The intervertebral foramina of L1–L4, in front of the transverse processes.',
      to: 'Its branches, at the borders of psoas; the lumbosacral trunk to the sacral plexus on piriformis.',
    },
    roots: ['L1', 'L2', 'L3', 'L4'],
    relations:
      'Embedded in the back part of psoas major, between the slips arising from the vertebral bodies and those from the transverse processes; quadratus lumborum lies behind and lateral. Iliohypogastric and ilioinguinal cross the front of quadratus lumborum, femoral and lateral femoral cutaneous leave the lateral border of psoas, obturator and the lumbosacral trunk the medial border, genitofemoral its front.',
    function:
      'Supplies the muscles that flex and adduct the hip and extend the knee, psoas and quadratus lumborum themselves, the lower abdominal wall, and the skin of the groin and of the front, side and inside of the thigh.',
    supplies:
      'Psoas, iliacus, quadriceps, sartorius, pectineus, the adductors, gracilis, quadratus lumborum (with T12), lower abdominal muscles; skin of the groin, front and sides of the thigh and inside of the leg.',
    clinical:
      'At risk in lateral (transpsoas) lumbar spine surgery; a psoas haematoma or abscess can compress it. Anaesthetists block it within psoas (psoas compartment block).',
    evidence: 'recalled',
    citations: [GRAY, NETTER, { source: 'bogduk2012' }],
  },

  femoral_nerve: {
    displayName: 'Femoral nerve',
    synonyms: ['anterior crural nerve', 'saphenous nerve'],
    description:
      'The largest branch of the lumbar plexus. It forms within psoas, leaves its lateral border low in the abdomen, runs down in the groove between psoas and iliacus under the iliac fascia, and passes under the inguinal ligament into the femoral triangle, where it splits into its branches a few centimetres below the ligament. Its longest branch, the saphenous nerve, goes with the femoral artery through the adductor canal and on down the inside of the leg.',
    course: {
      from: 'Lumbar plexus (posterior divisions of L2–L4) within psoas.',
      to: 'Femoral triangle (muscular and cutaneous branches); the saphenous nerve to the medial ankle and foot.',
    },
    roots: ['L2', 'L3', 'L4'],
    relations:
      'Under the inguinal ligament it lies on iliopsoas, lateral to the femoral artery and outside the femoral sheath: from lateral to medial, nerve, artery, vein, femoral canal ("NAVY").',
    function:
      'Extends the knee (quadriceps) and helps flex the hip (iliacus, pectineus, sartorius, rectus femoris); carries feeling from the front of the thigh and the inside of the leg.',
    supplies:
      'Iliacus, pectineus, sartorius, quadriceps femoris; skin of the front and inner thigh (anterior cutaneous branches) and of the inner leg and foot (saphenous nerve).',
    clinical:
      'Injury (pelvic surgery, psoas haematoma, hip replacement) weakens knee extension, removes the knee jerk and numbs the front of the thigh. It is blocked with local anaesthetic just below the inguinal ligament, lateral to the femoral pulse.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  obturator_nerve: {
    displayName: 'Obturator nerve',
    synonyms: [],
    description:
      'Formed within psoas from the anterior divisions of L2–L4, it leaves the medial border of the muscle at the pelvic brim, passes behind the common iliac vessels, runs along the side wall of the pelvis on obturator internus and leaves through the obturator canal into the thigh, where it divides into anterior and posterior divisions around adductor brevis.',
    course: {
      from: 'Lumbar plexus (anterior divisions of L2–L4) within psoas.',
      to: 'Adductor muscles and gracilis; skin of the inner thigh.',
    },
    roots: ['L2', 'L3', 'L4'],
    relations:
      'It leaves the medial border of psoas at the pelvic brim, behind the common iliac vessels and lateral to the internal iliac vessels and the ureter; in the thigh the anterior division lies in front of adductor brevis (behind pectineus and adductor longus), the posterior division behind it, on adductor magnus.',
    function:
      'Supplies the hip adductors; carries feeling from the inner thigh and a branch to the hip and knee joints.',
    supplies:
      'Adductor longus, brevis and magnus (adductor part), gracilis, obturator externus, sometimes pectineus; skin of the medial thigh.',
    clinical:
      'Hip disease can be felt in the knee through this shared supply. Entrapment (athletes) and pelvic surgery injure it, weakening adduction.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  lateral_femoral_cutaneous_nerve: {
    displayName: 'Lateral femoral cutaneous nerve',
    synonyms: ['lateral cutaneous nerve of the thigh', 'LFCN', 'meralgia paresthetica'],
    description:
      'A sensory nerve of L2–L3 that leaves the lateral border of psoas, crosses iliacus obliquely towards the anterior superior iliac spine and passes under (sometimes through) the inguinal ligament about 1–2 cm medial to the spine into the thigh.',
    course: { from: 'Lumbar plexus (L2–L3), lateral border of psoas.', to: 'Skin of the front and outer thigh.' },
    roots: ['L2', 'L3'],
    relations: 'On the iliacus under the iliac fascia; at the ASIS it crosses over or through the origin of sartorius.',
    function:
      'A purely sensory nerve: it carries feeling from the skin of the front and outer thigh, so pressing on it gives numbness or burning there but never weakness.',
    supplies: 'Skin of the anterior and lateral thigh down towards the knee.',
    clinical:
      'Meralgia paresthetica: compression where it passes the inguinal ligament near the ASIS (tight belts or clothing, weight gain, pregnancy, prolonged hip flexion) gives burning, tingling or numbness on the outer thigh with no weakness.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  genitofemoral_nerve: {
    displayName: 'Genitofemoral nerve',
    synonyms: [],
    description:
      'From L1–L2, it pierces psoas and runs down its front under the psoas fascia, behind the ureter, dividing above the inguinal ligament into a genital branch, which passes through the deep inguinal ring and the inguinal canal, and a femoral branch, which goes under the ligament lateral to the femoral artery.',
    course: {
      from: 'Lumbar plexus (L1–L2), through the front of psoas.',
      to: 'Cremaster and the skin of the scrotum or labium (genital branch); skin over the femoral triangle (femoral branch).',
    },
    roots: ['L1', 'L2'],
    relations:
      'The only branch of the plexus on the front of psoas; the ureter and the gonadal vessels cross in front of it.',
    function:
      'Motor to cremaster; sensory to the front of the scrotum or labium majus and the skin of the upper front thigh.',
    supplies: 'Cremaster; skin of the genital region and of the upper anterior thigh.',
    clinical:
      'Its femoral branch carries part of the cremasteric reflex. It can be irritated in hernia repair or by psoas disease (groin pain, genitofemoral neuralgia).',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  sciatic_nerve: {
    displayName: 'Sciatic nerve',
    synonyms: ['ischiadic nerve', 'sciatica', 'tibial nerve', 'common fibular nerve', 'common peroneal nerve'],
    description:
      'The largest nerve of the body, about 2 cm wide where it leaves the pelvis. It forms from L4–S3 on the front of piriformis, leaves through the greater sciatic foramen below piriformis, passes midway between the ischial tuberosity and the greater trochanter under gluteus maximus, and runs down the back of the thigh on adductor magnus, under the long head of biceps femoris, dividing at the top of the popliteal fossa into the tibial and common fibular nerves.',
    course: {
      from: 'Sacral plexus (L4–S3) on the front of piriformis.',
      to: 'Tibial and common fibular nerves at the apex of the popliteal fossa.',
    },
    roots: ['L4', 'L5', 'S1', 'S2', 'S3'],
    relations:
      'Behind the hip it lies on the gemelli, the obturator internus tendon and quadratus femoris; piriformis is above it. Sometimes all or part of it passes through or above piriformis. The common fibular nerve winds round the neck of the fibula just under the skin.',
    function:
      'Supplies the hamstrings and the hamstring part of adductor magnus, and through its branches every muscle below the knee; carries feeling from the leg and foot except the inner side.',
    supplies:
      'Hamstrings (biceps femoris, semitendinosus, semimembranosus), adductor magnus (hamstring part); through the tibial and common fibular nerves all the muscles of the leg and foot.',
    clinical:
      'Sciatica is pain down the back of the leg, most often from a lumbar disc pressing on the L5 or S1 root rather than on the nerve itself. The nerve can be hurt in posterior hip dislocation or surgery, or by injections given too low and medial in the buttock (hence the upper outer quadrant). Whether piriformis compresses it ("piriformis syndrome") is debated. Its common fibular part at the fibular neck is easily compressed (foot drop).',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },
};

export const VESSEL_FACTS: Readonly<Record<string, StructureFacts>> = {
  abdominal_aorta: {
    displayName: 'Abdominal aorta',
    synonyms: ['aorta', 'aortic bifurcation'],
    description:
      'The aorta enters the abdomen through the aortic hiatus behind the median arcuate ligament at T12 and descends on the front of the lumbar vertebral bodies, a little left of the midline, to divide into the two common iliac arteries in front of the L4 body.',
    course: {
      from: 'Aortic hiatus of the diaphragm (T12).',
      to: 'Its bifurcation in front of L4, into the common iliac arteries.',
    },
    relations:
      'On the left front of the L1–L4 bodies, with the vena cava to its right and the left psoas to its left; the crura of the diaphragm flank it above. The bifurcation lies at about the level of the iliac crests and the umbilicus.',
    function:
      'Carries all the blood for the abdomen, pelvis and legs; its branches supply the gut, kidneys, abdominal wall and (lumbar arteries) psoas and the back muscles.',
    supplies: 'Abdominal organs, posterior abdominal wall (lumbar arteries), pelvis and lower limbs.',
    clinical:
      'An abdominal aortic aneurysm is felt as a pulsatile mass around the navel. Someone pressing deep through the belly to reach psoas should feel for a pulse and move off it.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE, { source: 'joh2013' }],
  },

  inferior_vena_cava: {
    displayName: 'Inferior vena cava',
    synonyms: ['IVC', 'vena cava'],
    description:
      'The great vein of the lower body, formed in front of the L5 body, right of the midline, by the union of the two common iliac veins; it ascends on the right of the aorta in front of the lumbar bodies and the right crus, and leaves the abdomen through the diaphragm at T8.',
    course: {
      from: 'Union of the common iliac veins in front of L5.',
      to: 'Right atrium, through the caval opening of the diaphragm (T8, above the model).',
    },
    relations:
      'To the right of the aorta, on the right psoas and the right crus; the right common iliac artery crosses in front of its beginning.',
    function: 'Returns the blood of the legs, pelvis and abdomen to the heart.',
    supplies: 'Drains the lower limbs, pelvis, kidneys and posterior abdominal wall.',
    clinical:
      'Lying flat on the back late in pregnancy, the uterus can compress it and lower the blood pressure (supine hypotension), which is why pregnant women are tilted to the left.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  common_iliac_artery: {
    displayName: 'Common iliac artery',
    synonyms: ['iliac artery'],
    description:
      'Each runs down and out from the aortic bifurcation at L4 to the pelvic brim, where it divides in front of the sacroiliac joint into the external iliac (to the leg) and internal iliac (to the pelvis) arteries. The right one is the longer and crosses in front of the beginning of the vena cava and the end of the left common iliac vein.',
    course: {
      from: 'Aortic bifurcation (L4).',
      to: 'External and internal iliac arteries, in front of the sacroiliac joint.',
    },
    relations:
      'On the medial border of psoas; the ureter crosses the front of its division; the common iliac vein lies behind and to the right.',
    function:
      'Carries all the blood for the pelvis (through the internal iliac artery) and for the leg (through the external iliac) of its side.',
    supplies: 'Pelvis and lower limb.',
    clinical: 'Aneurysm and narrowing by atherosclerosis (buttock and thigh pain on walking).',
    evidence: 'recalled',
    citations: [GRAY, NETTER, { source: 'paivansalo2000' }],
  },

  common_iliac_vein: {
    displayName: 'Common iliac vein',
    synonyms: ['iliac vein', 'May-Thurner'],
    description:
      'Formed in front of the sacroiliac joint by the external and internal iliac veins; the two join in front of the L5 body, right of the midline, as the inferior vena cava. The left vein is therefore the longer: it crosses the front of L5 behind the right common iliac artery.',
    course: {
      from: 'Union of the external and internal iliac veins in front of the sacroiliac joint.',
      to: 'Inferior vena cava, in front of L5.',
    },
    relations:
      'Behind and medial to the common iliac artery; the left one passes between the right common iliac artery in front and the L5 body behind.',
    function:
      'Carries the blood of the pelvis and the leg of its side back towards the heart, into the inferior vena cava.',
    supplies: 'Drains the pelvis and lower limb of its side.',
    clinical:
      'May–Thurner syndrome: the left common iliac vein compressed between the right common iliac artery and L5, one reason deep-vein thrombosis is commoner in the left leg.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, { source: 'may1957' }],
  },

  external_iliac_artery: {
    displayName: 'External iliac artery',
    synonyms: ['iliac artery'],
    description:
      'Continues the common iliac artery along the pelvic brim, on the medial border of psoas, to pass under the inguinal ligament at the mid-inguinal point, where it becomes the femoral artery.',
    course: {
      from: 'Division of the common iliac artery in front of the sacroiliac joint.',
      to: 'Femoral artery, under the inguinal ligament.',
    },
    relations:
      'Along the medial border of psoas; its vein lies medial (and behind it higher up); the genitofemoral nerve lies on psoas lateral to it.',
    function:
      'The main supply of the leg; gives the inferior epigastric and deep circumflex iliac arteries just above the ligament.',
    supplies: 'Lower limb; lower anterior abdominal wall (inferior epigastric).',
    clinical: 'Endofibrosis of this artery, kinked with the hip flexed, causes thigh pain in competitive cyclists.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },

  external_iliac_vein: {
    displayName: 'External iliac vein',
    synonyms: ['iliac vein'],
    description:
      'Continues the femoral vein from the inguinal ligament along the pelvic brim, medial to its artery, to join the internal iliac vein in front of the sacroiliac joint.',
    course: {
      from: 'Femoral vein, at the inguinal ligament.',
      to: 'Common iliac vein, in front of the sacroiliac joint.',
    },
    relations:
      'Medial to the external iliac artery at the ligament, behind it higher up; on psoas and the pelvic brim.',
    function:
      'Carries the blood of the whole leg from the inguinal ligament up into the pelvis, on its way to the vena cava.',
    supplies: 'Drains the lower limb.',
    clinical: 'A site of deep-vein thrombosis extending up from the thigh.',
    evidence: 'recalled',
    citations: [GRAY, NETTER],
  },

  femoral_artery: {
    displayName: 'Femoral artery',
    synonyms: ['femoral pulse', 'common femoral artery', 'superficial femoral artery'],
    description:
      'Continues the external iliac artery from under the inguinal ligament at the mid-inguinal point, down the femoral triangle to its apex, through the adductor canal under sartorius, and through the adductor hiatus into the popliteal fossa as the popliteal artery. Its deep branch (profunda femoris), arising a few centimetres below the ligament, supplies most of the thigh.',
    course: {
      from: 'Mid-inguinal point, under the inguinal ligament.',
      to: 'Adductor hiatus, where it becomes the popliteal artery.',
    },
    relations:
      'In the femoral triangle, in front of psoas, pectineus and adductor longus, with the femoral nerve lateral and the femoral vein medial (vein behind it at the apex); in the adductor canal between vastus medialis and the adductors, with the saphenous nerve.',
    function:
      'The main artery of the lower limb: through it and its deep branch flows the blood for the thigh, knee, leg and foot.',
    supplies: 'Thigh (through profunda femoris), knee, leg and foot.',
    clinical:
      'The femoral pulse is felt at the mid-inguinal point, where the artery lies on the femoral head and can be compressed against it; catheters for the heart and vessels are passed in here.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE, { source: 'sandgren1999' }],
  },

  femoral_vein: {
    displayName: 'Femoral vein',
    synonyms: ['common femoral vein'],
    description:
      'Continues the popliteal vein up through the adductor hiatus and canal and the femoral triangle, behind the artery below and medial to it at the inguinal ligament, where it becomes the external iliac vein. The great saphenous vein joins it a few centimetres below the ligament.',
    course: { from: 'Adductor hiatus (popliteal vein).', to: 'External iliac vein, under the inguinal ligament.' },
    relations:
      'Medial to the femoral artery at the ligament, in front of pectineus; the femoral canal (lymphatics) lies medial to it.',
    function:
      'The main deep vein of the thigh: the blood of the leg returns through it, helped by the calf and thigh muscles pumping in walking.',
    supplies: 'Drains the thigh, leg and foot.',
    clinical: 'Central venous access just medial to the femoral pulse; a common site of deep-vein thrombosis.',
    evidence: 'recalled',
    citations: [GRAY, NETTER, MOORE],
  },
};
