/**
 * Facts for the triceps surae: the two heads of gastrocnemius and soleus. Trigger-point sites and their
 * patterns follow Travell & Simons' chapters on gastrocnemius and soleus as recalled, not checked
 * against the figures.
 */
import type { FactsFor } from './index';

const GASTROCNEMIUS_TS2 = { source: 'TS2', where: 'ch. 21 (gastrocnemius)' };
const SOLEUS_TS2 = { source: 'TS2', where: 'ch. 22 (soleus and plantaris)' };
const CALF_SYNONYMS = ['calf', 'calf muscle', 'triceps surae', 'Achilles', 'plantarflexor', 'calf cramp'];
const TIBIAL = { nerve: 'Tibial nerve', roots: ['S1', 'S2'] };
const ACHILLES =
  'Through the tendo calcaneus (Achilles tendon), shared with soleus, on the middle of the back of the calcaneus.';
const CALF_SAFETY =
  'A calf that is suddenly hot, swollen and tender, especially after a long journey, illness or an operation, needs urgent medical assessment for a deep-vein thrombosis; do not massage it.';

const GASTROCNEMIUS_ACTION =
  'Points the foot down (plantarflexes the ankle) and helps bend the knee. It works best with the knee straight: push-off in walking and running, rising on the toes, jumping. It cannot plantarflex strongly with the knee well bent, when soleus does the work.';
const GASTROCNEMIUS_SYMPTOMS =
  'The main trigger point, high in the inner (medial) head, sends pain to the instep of the foot on the same side, with spill-over up the back of the ankle and calf to the back of the knee. Points near the knee, in either head, give pain behind the knee. Calf cramps at night are typical.';
const GASTROCNEMIUS_AGGRAVATING =
  'Walking or running uphill, climbing, high heels, cycling with a low saddle, sitting with the feet pointed or with a seat edge pressing into the calf, cold, and a leg held in a cast.';
const GASTROCNEMIUS_SELF_CARE = `A standing calf stretch with the back knee straight (leaning on a wall), slow heel drops from a step, warmth, and gentle pressure along the calf; a stretch before bed if cramps wake you; no high heels or seat edge pressing on the calf. ${CALF_SAFETY}`;

export const CALF_FACTS = {
  gastrocnemius_medial: {
    name: 'gastrocnemius_medial',
    displayName: 'Gastrocnemius (medial head)',
    synonyms: [...CALF_SYNONYMS, 'gastrocnemius', 'gastroc', 'gastrocs', 'knee flexor', 'inner calf'],
    groups: ['plantarflexor', 'knee_flexor'],
    origin:
      'Back of the medial femoral condyle just above its articular surface, and the adjacent popliteal surface of the femur.',
    insertion: ACHILLES,
    action: GASTROCNEMIUS_ACTION,
    innervation: TIBIAL,
    bloodSupply: 'The medial sural artery, from the popliteal artery.',
    triggerPoints: [
      {
        id: 'gastrocnemius-medial-belly',
        description:
          'High in the inner calf, near the inner edge of the medial head, a little above the middle of its belly.',
        fibre: 1,
        along: 0.22,
        evidence: 'recalled',
        citations: [GASTROCNEMIUS_TS2],
      },
      {
        id: 'gastrocnemius-medial-knee',
        description: 'Behind the knee, in the medial head close to its attachment on the femoral condyle.',
        fibre: 0,
        along: 0.06,
        evidence: 'recalled',
        citations: [GASTROCNEMIUS_TS2],
      },
    ],
    symptoms: GASTROCNEMIUS_SYMPTOMS,
    aggravating: GASTROCNEMIUS_AGGRAVATING,
    selfCare: GASTROCNEMIUS_SELF_CARE,
    notes:
      'The pattern to the instep is recalled from Travell & Simons and not checked against the figure; the instep is drawn on the inner arch of the foot.',
    citations: [{ source: 'gray' }, GASTROCNEMIUS_TS2],
  },

  gastrocnemius_lateral: {
    name: 'gastrocnemius_lateral',
    displayName: 'Gastrocnemius (lateral head)',
    synonyms: [...CALF_SYNONYMS, 'gastrocnemius', 'gastroc', 'gastrocs', 'knee flexor', 'outer calf'],
    groups: ['plantarflexor', 'knee_flexor'],
    origin:
      'Lateral surface of the lateral femoral condyle, above and behind the lateral epicondyle, and the lower lateral supracondylar line.',
    insertion: ACHILLES,
    action: GASTROCNEMIUS_ACTION,
    innervation: TIBIAL,
    bloodSupply: 'The lateral sural artery, from the popliteal artery.',
    triggerPoints: [
      {
        id: 'gastrocnemius-lateral-belly',
        description:
          'In the upper outer calf, in the belly of the lateral head, a little lower than the medial head’s main point.',
        fibre: 1,
        along: 0.25,
        evidence: 'uncertain',
        citations: [GASTROCNEMIUS_TS2],
      },
      {
        id: 'gastrocnemius-lateral-knee',
        description: 'Behind the outer side of the knee, close to the head’s attachment on the femoral condyle.',
        fibre: 0,
        along: 0.06,
        evidence: 'recalled',
        citations: [GASTROCNEMIUS_TS2],
      },
    ],
    symptoms:
      'Points in the lateral head cause an ache in the upper outer calf around them, and those near the knee give pain behind the knee. Calf cramps at night are typical of both heads.',
    aggravating: GASTROCNEMIUS_AGGRAVATING,
    selfCare: GASTROCNEMIUS_SELF_CARE,
    notes:
      'The pattern of the lateral head is less well described than the medial head’s; it is recalled, not checked against the figure.',
    citations: [{ source: 'gray' }, GASTROCNEMIUS_TS2],
  },

  soleus: {
    name: 'soleus',
    displayName: 'Soleus',
    synonyms: [...CALF_SYNONYMS, 'deep calf', 'second heart', 'heel pain'],
    groups: ['plantarflexor'],
    origin:
      'Back of the fibular head and the upper quarter of the back of the fibula, the soleal line and the middle third of the medial border of the tibia, and a tendinous arch between tibia and fibula over the popliteal vessels and the tibial nerve.',
    insertion:
      'Through the tendo calcaneus (Achilles tendon), with gastrocnemius, on the middle of the back of the calcaneus.',
    action:
      'Plantarflexes the ankle whether the knee is straight or bent. In standing it keeps the leg from tipping forward over the foot, working almost all the time, and its contractions pump venous blood up from the leg (the "second heart").',
    innervation: TIBIAL,
    bloodSupply: 'The sural arteries (from the popliteal), and the posterior tibial and fibular arteries.',
    triggerPoints: [
      {
        id: 'soleus-above-heel',
        description:
          'Low in the calf, a few centimetres above where the muscle becomes the Achilles tendon, just inside the tendon.',
        fibre: 4,
        along: 0.45,
        evidence: 'recalled',
        citations: [SOLEUS_TS2],
      },
      {
        id: 'soleus-upper',
        description:
          'High on the back of the calf toward the outer side, just below the head of the fibula, under gastrocnemius.',
        fibre: 0,
        along: 0.12,
        evidence: 'recalled',
        citations: [SOLEUS_TS2],
      },
      {
        id: 'soleus-sacroiliac',
        description: 'Low in the calf, a little above and outside the lowest point.',
        fibre: 2,
        along: 0.5,
        evidence: 'uncertain',
        citations: [SOLEUS_TS2],
      },
    ],
    symptoms:
      'Pain in the back and underside of the heel, often taken for plantar fasciitis, a heel spur or Achilles tendinopathy; the heel may be too tender to stand on first thing in the morning. The upper point gives an ache high in the calf. Rarely, a point low in the muscle sends pain to the sacroiliac joint on the same side. Walking uphill and stairs hurt, and stiffness at the ankle makes deep squatting hard.',
    aggravating:
      'Walking or running uphill, on sand or in high heels, long standing, a chair edge pressing into the calf, tight socks or boot tops, and a leg held in a cast.',
    selfCare: `A calf stretch with the knee bent (the back knee bent in a wall lean), heel drops on a step with the knee bent, and gentle pressure low in the calf beside the Achilles tendon. ${CALF_SAFETY}`,
    notes:
      'The sacroiliac pattern is the least certain part; all three patterns are recalled from Travell & Simons, not checked against the figure.',
    citations: [{ source: 'gray' }, SOLEUS_TS2],
  },
} satisfies FactsFor<'gastrocnemius_medial' | 'gastrocnemius_lateral' | 'soleus'>;
