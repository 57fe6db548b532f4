/**
 * Facts for the abdominal wall: rectus abdominis, the external and internal obliques and transversus
 * abdominis. None of them crosses the hip. Trigger points and patterns follow Travell & Simons' chapter
 * on the abdominal muscles (vol. 1) as recalled, not checked against its figures.
 */
import type { FactsFor } from './index';

const ABDOMINAL_TS1 = { source: 'TS1', where: 'ch. 49 (abdominal muscles)' };
const WALL_SYNONYMS = ['abs', 'abdominals', 'core', 'stomach muscles', 'belly', 'abdominal wall'];
const LOWER_THORACIC = ['T7', 'T8', 'T9', 'T10', 'T11', 'T12'];
const WALL_BLOOD =
  'Lower posterior intercostal and subcostal arteries, the superior and inferior epigastric arteries, and the deep circumflex iliac artery.';

/** Abdominal pain can come from the organs: said with every abdominal muscle. */
const ABDOMINAL_SAFETY =
  'Pain in the abdomen can come from the organs rather than the muscles: pain with fever, vomiting, blood in vomit, urine or stool, weight loss, a rigid tender belly, or chest pain needs prompt medical care — do not assume it is muscular.';
const WALL_AGGRAVATING =
  'Overdone sit-ups and crunches, heavy lifting with the breath held, a long bout of coughing or vomiting, slumped sitting, abdominal surgery scars, emotional tension, and disease of the abdominal organs, which can both set off these trigger points and be imitated by them.';
const WALL_NOTES =
  'The abdominal patterns are recalled from Travell & Simons (vol. 1, ch. 49), not checked against the figures. Travell & Simons describe the obliques and transversus together as the lateral abdominal wall, so which of the three gives which pattern is partly uncertain.';

export const ABDOMINAL_WALL_FACTS = {
  rectus_abdominis: {
    name: 'rectus_abdominis',
    displayName: 'Rectus abdominis',
    synonyms: [...WALL_SYNONYMS, 'six-pack', 'six pack', 'rectus', 'RA', 'trunk flexor'],
    groups: ['abdominal'],
    origin: 'Pubic crest and pubic tubercle (lateral tendon) and the front of the pubic symphysis (medial tendon).',
    insertion:
      'Fifth, sixth and seventh costal cartilages and the xiphoid process. Three or more tendinous intersections cross it (the "six-pack"); it lies in the rectus sheath, formed by the aponeuroses of the other three abdominal muscles.',
    action:
      'Bends the trunk forward (flexes the lumbar spine) and, with the trunk fixed, tilts the front of the pelvis up. With the other abdominal muscles it raises the pressure in the abdomen in forced breathing out, coughing, straining and childbirth.',
    innervation: {
      nerve: 'Anterior rami of the lower six thoracic nerves (intercostal nerves and the subcostal nerve)',
      roots: LOWER_THORACIC,
    },
    bloodSupply:
      'The superior epigastric artery (from the internal thoracic) and the inferior epigastric artery (from the external iliac), which meet within the muscle, with the lower posterior intercostal arteries.',
    triggerPoints: [
      {
        id: 'rectus-upper',
        description:
          'At the top of the muscle, just below the lower edge of the ribs beside the tip of the breastbone.',
        fibre: 1,
        along: 0.9,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
      {
        id: 'rectus-periumbilical',
        description: 'Beside the navel, at the outer part of the muscle.',
        fibre: 2,
        along: 0.47,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
      {
        id: 'rectus-lower',
        description: 'Low in the muscle, a few centimetres above the pubic bone.',
        fibre: 1,
        along: 0.1,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
      {
        id: 'rectus-mcburney',
        description:
          'At the lower outer edge of the muscle, about a third of the way from the front of the hip bone to the navel (on the right, McBurney’s point).',
        fibre: 3,
        along: 0.22,
        evidence: 'uncertain',
        citations: [ABDOMINAL_TS1],
      },
    ],
    symptoms:
      'The upper end of the muscle refers a horizontal band of pain across the back at the level of the lowest ribs (both sides), and a feeling of fullness, heartburn or nausea in the upper belly. The lower end refers a band across the low back at the level of the sacroiliac joints, and may add to painful periods. Points beside the navel give cramping, colicky pain in the belly, and a point at the lower outer edge can imitate appendicitis.',
    aggravating: WALL_AGGRAVATING,
    selfCare: `Relaxed belly breathing; a gentle backward-bending stretch lying face down on the forearms or over a pillow; and light pressure along the muscle lying on the back with the knees bent. ${ABDOMINAL_SAFETY}`,
    notes: WALL_NOTES,
    citations: [{ source: 'gray' }, ABDOMINAL_TS1],
  },

  external_oblique: {
    name: 'external_oblique',
    displayName: 'External oblique',
    synonyms: [...WALL_SYNONYMS, 'obliques', 'side abs', 'love handles', 'waist', 'external abdominal oblique', 'EO'],
    groups: ['abdominal'],
    origin: 'Outer surfaces of the lower eight ribs (5–12), interlocking with serratus anterior and latissimus dorsi.',
    insertion:
      'Outer lip of the front half of the iliac crest. The rest becomes a broad aponeurosis that passes in front of rectus abdominis to the linea alba, from the xiphoid to the pubic symphysis; its free lower edge, from the anterior superior iliac spine to the pubic tubercle, is the inguinal ligament.',
    action:
      'Both sides together bend the trunk forward and compress the abdomen. One side bends the trunk to its own side and turns it toward the opposite side, working with the internal oblique of the other side.',
    innervation: {
      nerve: 'Anterior rami of the lower six thoracic nerves (intercostal nerves and the subcostal nerve)',
      roots: LOWER_THORACIC,
    },
    bloodSupply: `${WALL_BLOOD} The superficial circumflex iliac artery reaches its lower part.`,
    triggerPoints: [
      {
        id: 'external-oblique-upper',
        description: 'High in the muscle, over the lower ribs at the front of the side of the chest.',
        fibre: 4,
        along: 0.25,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
      {
        id: 'external-oblique-lower',
        description: 'Low in the side of the belly, in the muscle just above the groin crease (the inguinal ligament).',
        fibre: 3,
        along: 0.8,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
    ],
    symptoms:
      'Points high in the muscle, over the lower ribs at the front, give heartburn-like pain in the upper belly that is easily taken for indigestion or a hiatus hernia. Points low in the muscle send pain into the groin and, in men, the testicle, and across the lower belly; the pain can cross the midline.',
    aggravating: `${WALL_AGGRAVATING} Twisting sports (golf, racket sports, rowing) load it too.`,
    selfCare: `Relaxed belly breathing, gentle side-bending and rotation stretches, and light pressure on the side of the belly while lying on the back with the knees bent. ${ABDOMINAL_SAFETY}`,
    notes: WALL_NOTES,
    citations: [{ source: 'gray' }, ABDOMINAL_TS1],
  },

  internal_oblique: {
    name: 'internal_oblique',
    displayName: 'Internal oblique',
    synonyms: [...WALL_SYNONYMS, 'obliques', 'side abs', 'waist', 'internal abdominal oblique', 'IO'],
    groups: ['abdominal'],
    origin:
      'Thoracolumbar fascia, the intermediate line of the front two-thirds of the iliac crest, and the lateral two-thirds of the inguinal ligament.',
    insertion:
      'Lower borders of ribs 10–12 and their cartilages; an aponeurosis to the linea alba, which splits round rectus abdominis above the navel; its lowest fibres join those of transversus in the conjoint tendon to the pubic crest and pecten pubis.',
    action:
      'Both sides together bend the trunk forward and compress the abdomen. One side bends the trunk to its own side and turns it toward the same side. With transversus it tightens the thoracolumbar fascia.',
    innervation: {
      nerve:
        'Anterior rami of the lower six thoracic nerves and the first lumbar nerve (iliohypogastric and ilioinguinal nerves)',
      roots: [...LOWER_THORACIC, 'L1'],
    },
    bloodSupply: WALL_BLOOD,
    triggerPoints: [
      {
        id: 'internal-oblique-lower',
        description: 'Low in the side of the belly, just above the outer part of the groin crease.',
        fibre: 4,
        along: 0.35,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
      {
        id: 'internal-oblique-lateral',
        description: 'In the flank between the lowest ribs and the iliac crest.',
        fibre: 2,
        along: 0.5,
        evidence: 'uncertain',
        citations: [ABDOMINAL_TS1],
      },
    ],
    symptoms:
      'Points low in the lateral abdominal wall refer pain into the groin and, in men, the testicle, and along the lower belly; some people notice bladder symptoms (frequency, discomfort). Higher points in the flank give a local ache that can be taken for pain from the kidney.',
    aggravating: `${WALL_AGGRAVATING} Twisting sports load it too.`,
    selfCare: `Relaxed belly breathing, gentle side-bending and rotation stretches, and light pressure just above the groin crease while lying on the back with the knees bent. ${ABDOMINAL_SAFETY}`,
    notes: WALL_NOTES,
    citations: [{ source: 'gray' }, ABDOMINAL_TS1],
  },

  transversus_abdominis: {
    name: 'transversus_abdominis',
    displayName: 'Transversus abdominis',
    synonyms: [...WALL_SYNONYMS, 'TA', 'TrA', 'transverse abdominis', 'transversus', 'deep core', 'corset muscle'],
    groups: ['abdominal'],
    origin:
      'Inner surfaces of the lower six costal cartilages (7–12, interlocking with the diaphragm), the thoracolumbar fascia, the inner lip of the front two-thirds of the iliac crest and the lateral third of the inguinal ligament.',
    insertion:
      'An aponeurosis to the linea alba, behind rectus abdominis above the navel and in front of it below; its lowest fibres join the internal oblique’s in the conjoint tendon to the pubic crest and pecten pubis.',
    action:
      'Pulls the abdominal wall in like a corset, raising the pressure in the abdomen in breathing out, coughing and straining; through the thoracolumbar fascia it helps stiffen the lumbar spine. It moves the trunk little.',
    innervation: {
      nerve:
        'Anterior rami of the lower six thoracic nerves and the first lumbar nerve (intercostal, subcostal, iliohypogastric and ilioinguinal nerves)',
      roots: [...LOWER_THORACIC, 'L1'],
    },
    bloodSupply: WALL_BLOOD,
    triggerPoints: [
      {
        id: 'transversus-upper',
        description: 'Just below the lower edge of the ribs in front, deep to the other muscles.',
        fibre: 1,
        along: 0.35,
        evidence: 'recalled',
        citations: [ABDOMINAL_TS1],
      },
    ],
    symptoms:
      'A band of pain across the upper belly, between the two lower edges of the ribs in front, sometimes felt like a tight belt or a cramp.',
    aggravating: `${WALL_AGGRAVATING} Repeated forceful breathing out (singing, playing wind instruments, coughing) loads it too.`,
    selfCare: `Relaxed belly breathing and gentle backward-bending stretches. ${ABDOMINAL_SAFETY}`,
    notes: WALL_NOTES,
    citations: [{ source: 'gray' }, ABDOMINAL_TS1],
  },
} satisfies FactsFor<'rectus_abdominis' | 'external_oblique' | 'internal_oblique' | 'transversus_abdominis'>;
