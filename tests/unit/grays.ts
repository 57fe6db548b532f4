/**
 * What the anatomy books say about each muscle, written out by hand for the tests (Gray's Anatomy; the
 * hip muscles as summarised in shared/reference/referred-pain.md): where it arises and ends, by bone and
 * by the words a description must use, and its nerve and spinal roots. Nothing here is read from the
 * code under test. Roots: `core` must all be named; nothing outside `allowed` may be (sources differ by
 * a level, so `allowed` takes in the usual variants).
 *
 * Bones are the model's segments: `pelvis` (the hip bones), `sacrum` (sacrum and coccyx), `t12`, `l1`…`l5`,
 * `torso` (the ribs), `femur`, `patella`, `tibia` (tibia and fibula), `foot` (calcaneus and the rest).
 * A muscle added to the model needs a row here.
 */
type Bone = 'pelvis' | 'sacrum' | 't12' | 'l1' | 'l2' | 'l3' | 'l4' | 'l5' | 'torso' | 'femur' | 'patella' | 'tibia' | 'foot';

/** An end: the bones it may be on, words its description must use, and (for ends on soft tissue or a
 * bone the model lacks, which a path marks as `attachedTo`) what that tissue may be. */
interface End {
  bones: Bone[];
  words: RegExp[];
  soft?: RegExp;
}

export interface GraysRow {
  origin: End;
  insertion: End;
  nerve: RegExp[];
  roots: { core: string[]; allowed: string[] };
  /** Trunk muscles whose fibres run upward from origin to insertion along the spine. */
  ascending?: true;
}

const LUMBAR: Bone[] = ['l1', 'l2', 'l3', 'l4', 'l5'];
const range = (from: string, to: string): string[] => {
  const all = ['T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4'];
  return all.slice(all.indexOf(from), all.indexOf(to) + 1);
};
const roots = (core: string[], allowed: string[] = core) => ({ core, allowed });
const row = (
  origin: [Bone[], ...RegExp[]],
  insertion: [Bone[], ...RegExp[]],
  nerve: RegExp[],
  r: GraysRow['roots'],
  ascending?: true,
): GraysRow => ({
  origin: { bones: origin[0], words: origin.slice(1) as RegExp[] },
  insertion: { bones: insertion[0], words: insertion.slice(1) as RegExp[] },
  nerve,
  roots: r,
  ...(ascending ? { ascending } : {}),
});

const SUPERIOR_GLUTEAL = [/superior gluteal nerve/i];
const FEMORAL = [/femoral nerve/i];
const OBTURATOR = [/obturator nerve/i];
const TIBIAL = [/tibial/i];
const TO_TROCHANTER: [Bone[], ...RegExp[]] = [['femur'], /greater trochanter|obturator internus/i];

export const GRAYS: Readonly<Record<string, GraysRow>> = {
  psoas_major: row(
    [['t12', ...LUMBAR], /T12/, /L5|lumbar/i, /transverse process/i],
    [['femur'], /lesser trochanter/i],
    [/lumbar plexus|anterior rami/i],
    roots(['L1', 'L2', 'L3'], range('L1', 'L4')),
  ),
  psoas_minor: row(
    [['t12', 'l1'], /T12/, /L1/],
    [['pelvis'], /pectineal line|iliopubic|iliopectineal/i],
    [/L1|anterior ramus/i],
    roots(['L1'], ['L1', 'L2']),
  ),
  iliacus: row(
    [['pelvis', 'sacrum'], /iliac fossa/i],
    [['femur'], /lesser trochanter/i],
    FEMORAL,
    roots(['L2', 'L3'], range('L1', 'L4')),
  ),
  quadratus_lumborum: row(
    [['pelvis', 'l1', 'l2', 'l3', 'l4'], /iliac crest/i, /iliolumbar/i],
    [['torso', 'l1', 'l2', 'l3', 'l4'], /12th rib|twelfth rib/i, /transverse process/i],
    [/subcostal|T12|lumbar/i],
    roots(['T12', 'L1', 'L2', 'L3'], range('T12', 'L4')),
    true,
  ),
  gluteus_maximus: row(
    [['pelvis', 'sacrum'], /ilium/i, /sacrum/i, /coccyx/i],
    [['femur', 'tibia'], /iliotibial tract/i, /gluteal tuberosity/i],
    [/inferior gluteal nerve/i],
    roots(['L5', 'S1', 'S2']),
  ),
  gluteus_medius: row([['pelvis'], /ilium/i], [['femur'], /greater trochanter/i], SUPERIOR_GLUTEAL, roots(['L4', 'L5', 'S1'])),
  gluteus_minimus: row([['pelvis'], /ilium/i], [['femur'], /greater trochanter/i], SUPERIOR_GLUTEAL, roots(['L4', 'L5', 'S1'])),
  piriformis: row(
    [['sacrum', 'pelvis'], /sacrum/i],
    [['femur'], /greater trochanter/i],
    [/nerve to piriformis/i],
    roots(['S1', 'S2'], ['L5', 'S1', 'S2']),
  ),
  gemellus_superior: row([['pelvis'], /ischial spine/i], TO_TROCHANTER, [/obturator internus/i], roots(['L5', 'S1'], ['L5', 'S1', 'S2'])),
  obturator_internus: row(
    [['pelvis'], /obturator (membrane|foramen)/i],
    [['femur'], /greater trochanter/i],
    [/nerve to obturator internus/i],
    roots(['L5', 'S1'], ['L5', 'S1', 'S2']),
  ),
  gemellus_inferior: row([['pelvis'], /ischial tuberosity/i], TO_TROCHANTER, [/quadratus femoris/i], roots(['L5', 'S1'], ['L4', 'L5', 'S1'])),
  obturator_externus: row(
    [['pelvis'], /obturator membrane/i],
    [['femur'], /trochanteric fossa/i],
    OBTURATOR,
    roots(['L3', 'L4'], ['L2', 'L3', 'L4']),
  ),
  quadratus_femoris: row(
    [['pelvis'], /ischial tuberosity/i],
    [['femur'], /quadrate tubercle|intertrochanteric crest/i],
    [/nerve to quadratus femoris/i],
    roots(['L5', 'S1'], ['L4', 'L5', 'S1']),
  ),
  tensor_fasciae_latae: row(
    [['pelvis'], /iliac crest/i, /ASIS|anterior superior iliac spine/i],
    [['tibia'], /iliotibial tract/i],
    SUPERIOR_GLUTEAL,
    roots(['L4', 'L5', 'S1']),
  ),
  sartorius: row(
    [['pelvis'], /ASIS|anterior superior iliac spine/i],
    [['tibia'], /tibia/i, /pes anserinus/i],
    FEMORAL,
    roots(['L2', 'L3'], ['L2', 'L3', 'L4']),
  ),
  rectus_femoris: row(
    [['pelvis'], /AIIS|anterior inferior iliac spine/i, /acetabulum/i],
    [['patella', 'tibia'], /patella/i],
    FEMORAL,
    roots(['L3', 'L4'], ['L2', 'L3', 'L4']),
  ),
  pectineus: row(
    [['pelvis'], /pecten|pectineal line/i, /pubi/i],
    [['femur'], /pectineal line of the femur/i],
    FEMORAL,
    roots(['L2', 'L3'], ['L2', 'L3', 'L4']),
  ),
  adductor_longus: row([['pelvis'], /pubi/i], [['femur'], /linea aspera/i], OBTURATOR, roots(['L2', 'L3', 'L4'])),
  adductor_brevis: row([['pelvis'], /pubi/i], [['femur'], /linea aspera|pectineal line/i], OBTURATOR, roots(['L2', 'L3', 'L4'])),
  adductor_magnus: row(
    [['pelvis'], /ischial tuberosity/i, /pubic ramus/i],
    [['femur'], /linea aspera/i, /adductor tubercle/i],
    [/obturator nerve/i, /sciatic/i],
    roots(['L2', 'L3', 'L4'], range('L2', 'S1')),
  ),
  gracilis: row([['pelvis'], /pubi/i], [['tibia'], /tibia/i], OBTURATOR, roots(['L2', 'L3'], ['L2', 'L3', 'L4'])),
  biceps_femoris_long: row(
    [['pelvis'], /ischial tuberosity/i],
    [['tibia'], /fibula/i],
    [/tibial/i, /sciatic/i],
    roots(['L5', 'S1', 'S2'], range('L4', 'S3')),
  ),
  biceps_femoris_short: row(
    [['femur'], /linea aspera/i],
    [['tibia'], /fibula/i],
    [/fibular|peroneal/i],
    roots(['L5', 'S1', 'S2'], range('L4', 'S2')),
  ),
  semitendinosus: row(
    [['pelvis'], /ischial tuberosity/i],
    [['tibia'], /tibia/i, /pes anserinus/i],
    TIBIAL,
    roots(['L5', 'S1', 'S2'], range('L4', 'S2')),
  ),
  semimembranosus: row(
    [['pelvis'], /ischial tuberosity/i],
    [['tibia'], /medial condyle of the tibia/i],
    TIBIAL,
    roots(['L5', 'S1', 'S2'], range('L4', 'S2')),
  ),
  iliocostalis_lumborum: row(
    [['pelvis', 'sacrum'], /sacrum/i, /iliac crest/i],
    [['torso', ...LUMBAR], /ribs/i],
    [/dorsal rami/i, /lateral/i],
    roots(['L1', 'L2', 'L3'], range('T6', 'L5')),
    true,
  ),
  longissimus_thoracis: row(
    [['pelvis', 'sacrum'], /sacrum/i, /iliac crest|ilium/i],
    [['torso', 't12', ...LUMBAR], /transverse/i],
    [/dorsal rami/i, /intermediate/i],
    roots(['L1', 'L2', 'L3'], range('T6', 'L5')),
    true,
  ),
  multifidus_lumborum: row(
    [['pelvis', 'sacrum', ...LUMBAR], /sacrum/i, /mammillary/i],
    [['t12', ...LUMBAR], /spinous process/i],
    [/dorsal rami/i, /medial/i],
    roots(['L1', 'L2', 'L3', 'L4', 'L5'], range('T12', 'S3')),
    true,
  ),

  // The thigh, calf and abdominal wall (the last ten names of SPEC.md).
  vastus_lateralis: row(
    [['femur'], /greater trochanter|linea aspera/i],
    [['patella', 'tibia'], /patella|quadriceps tendon/i],
    FEMORAL,
    roots(['L3', 'L4'], ['L2', 'L3', 'L4']),
  ),
  vastus_medialis: row(
    [['femur'], /intertrochanteric line|linea aspera/i],
    [['patella', 'tibia'], /patella|quadriceps tendon/i],
    FEMORAL,
    roots(['L3', 'L4'], ['L2', 'L3', 'L4']),
  ),
  vastus_intermedius: row(
    [['femur'], /femur|femoral shaft/i],
    [['patella', 'tibia'], /patella|quadriceps tendon/i],
    FEMORAL,
    roots(['L3', 'L4'], ['L2', 'L3', 'L4']),
  ),
  gastrocnemius_medial: row(
    [['femur'], /medial (femoral )?condyle|femur/i],
    [['foot'], /calcane|Achilles/i],
    TIBIAL,
    roots(['S1', 'S2']),
  ),
  gastrocnemius_lateral: row(
    [['femur'], /lateral (femoral )?condyle|femur/i],
    [['foot'], /calcane|Achilles/i],
    TIBIAL,
    roots(['S1', 'S2']),
  ),
  soleus: row([['tibia'], /fibula/i, /tibia|soleal line/i], [['foot'], /calcane|Achilles/i], TIBIAL, roots(['S1', 'S2'], ['L5', 'S1', 'S2'])),
  rectus_abdominis: row(
    [['pelvis'], /pubi/i],
    [['torso'], /xiphoid|costal cartilage/i],
    [/intercostal|thoraco-?abdominal|subcostal/i],
    roots(['T7', 'T8', 'T9', 'T10', 'T11'], range('T5', 'L1')),
  ),
  external_oblique: row(
    [['torso'], /ribs?/i],
    [['pelvis', 'torso'], /iliac crest|linea alba|pubic/i],
    [/intercostal|thoraco-?abdominal|subcostal/i],
    roots(['T8', 'T9', 'T10', 'T11'], range('T5', 'L1')),
  ),
  internal_oblique: row(
    [['pelvis', ...LUMBAR], /thoracolumbar fascia|iliac crest|inguinal ligament/i],
    [['torso', 'pelvis'], /ribs?|linea alba/i],
    [/intercostal|thoraco-?abdominal|iliohypogastric|ilioinguinal/i],
    roots(['T10', 'T11', 'T12'], range('T6', 'L1')),
  ),
  transversus_abdominis: row(
    [['torso', 'pelvis', ...LUMBAR], /costal cartilage|thoracolumbar fascia|iliac crest|inguinal ligament/i],
    [['torso', 'pelvis'], /linea alba|pubic/i],
    [/intercostal|thoraco-?abdominal|iliohypogastric|ilioinguinal/i],
    roots(['T10', 'T11', 'T12'], range('T6', 'L1')),
  ),
};

/** Order up the spine, for `ascending` muscles: the pelvis and sacrum lowest, the ribs highest. */
export const SPINE_ORDER: Readonly<Record<string, number>> = {
  pelvis: 0,
  sacrum: 0,
  l5: 1,
  l4: 2,
  l3: 3,
  l2: 4,
  l1: 5,
  t12: 6,
  torso: 7,
};

/** Ends on soft tissue (the aponeuroses of the abdominal wall, the soleal arch) or on ribs and cartilage the model does not draw. */
const SOFT: Record<string, { origin?: RegExp; insertion?: RegExp }> = {
  rectus_abdominis: { insertion: /xiphoid|costal cartilage/i },
  external_oblique: { origin: /\brib\b/i, insertion: /linea alba|inguinal ligament/i },
  soleus: { origin: /tendinous arch/i },
  internal_oblique: { origin: /thoracolumbar fascia|inguinal ligament/i, insertion: /linea alba|costal cartilage/i },
  transversus_abdominis: { origin: /thoracolumbar fascia|costal cartilage|inguinal ligament/i, insertion: /linea alba/i },
};
for (const [name, ends] of Object.entries(SOFT)) {
  const row = GRAYS[name] as GraysRow;
  if (ends.origin) row.origin.soft = ends.origin;
  if (ends.insertion) row.insertion.soft = ends.insertion;
}
