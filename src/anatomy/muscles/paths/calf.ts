/**
 * The triceps surae. Gastrocnemius keeps gait2392's femoral origins (with its point behind the condyles,
 * here a contact point) and calcaneal insertion (CC BY 3.0); each head passes through its
 * belly on the back of the calf (a via point on the tibia, 4–6 cm behind the bone), so that it lies on
 * soleus rather than in it and a body built round it bulges where the calf does. A second fibre per head
 * spans the width of its origin on the condyle. gait2392's soleus origin sits inside myomap's tibia, so
 * soleus is placed from its anatomical origin (Gray's): the back of the fibular head and upper fibula,
 * the tendinous arch, and the soleal line and middle of the medial border of the tibia; its fibres pass
 * through the belly behind the deep compartment and converge on gait2392's calcaneal insertion.
 */
import type { FibreDef, MusclePathDef, PathPointDef } from '../types';
import { at, attached, G2392, onBone, pt } from './helpers';

/** gait2392's insertion of the triceps surae (tendo calcaneus) on the calcaneal tuberosity. */
const CALCANEUS = pt('foot', 0, 0.031, -0.0053);

/**
 * gait2392's point of each head behind the femoral condyle, which it keeps from 45° of knee flexion to
 * full extension (a conditional point). With the belly on the calf, switching it in and out would make
 * the length jump, so here it is a contact point on the back of the condyle: it holds the head while the
 * straight line would cut the condyle (near extension) and lets go smoothly as the knee bends. Its normal
 * leans well upward so that, in deep flexion, the line running back and up from the origin does not catch
 * on it.
 */
const behindCondyle = (z: number): PathPointDef => onBone(pt('femur', -0.03, -0.402, z), [-1, 1.5, 0]);

const head = (
  name: string,
  origin: PathPointDef,
  z: number,
  belly: PathPointDef,
  share: number,
  source: string,
  onCondyle?: PathPointDef,
): FibreDef => ({
  name,
  points: [origin, behindCondyle(z), ...(onCondyle ? [onCondyle] : []), belly, CALCANEUS],
  share,
  source,
});

const BELLY =
  'gait2392 (origin, moved onto the bone; condylar point, as a contact point; insertion); belly on the calf after gray';

export const gastrocnemiusMedial: MusclePathDef = {
  name: 'gastrocnemius_medial',
  fibres: [
    head(
      'main',
      // gait2392's origin lies 10 mm inside myomap's condyle (which sits too far back, issue 11): moved up
      // and back onto the popliteal surface above the condyle, and tied to the condyle landmark.
      at('medial_condyle_r', [-0.018, 0.018, 0.0005]),
      -0.0258,
      pt('tibia', -0.056, -0.14, -0.024),
      0.6,
      BELLY,
    ),
    head(
      'medial',
      pt('femur', -0.014, -0.386, -0.034),
      -0.035,
      pt('tibia', -0.048, -0.15, -0.04),
      0.4,
      'gray (upper medial condyle); gait2392 (condylar point and insertion)',
    ),
  ],
  architecture: { maxForce: 1558, optimalFibreLength: 0.06, tendonSlackLength: 0.39, pennation: 17, source: G2392 },
};

export const gastrocnemiusLateral: MusclePathDef = {
  name: 'gastrocnemius_lateral',
  fibres: [
    head(
      'main',
      // As the medial head: gait2392's origin, 5 mm inside the condyle, moved onto its surface.
      at('lateral_condyle_r', [-0.019, 0.0144, 0.0042]),
      0.0274,
      pt('tibia', -0.058, -0.13, 0.022),
      0.6,
      `${BELLY}; contact on the lateral tibial condyle (myomap)`,
      // With the knee bent 50–70° the head rests on the back of the lateral tibial condyle.
      onBone(pt('tibia', -0.033, -0.037, 0.027), [-1, 0, 0.3]),
    ),
    head(
      'lateral',
      pt('femur', -0.0141, -0.3882, 0.0333),
      0.036,
      pt('tibia', -0.046, -0.14, 0.036),
      0.4,
      'gray (lateral condyle); gait2392 (condylar point and insertion)',
    ),
  ],
  architecture: { maxForce: 683, optimalFibreLength: 0.064, tendonSlackLength: 0.38, pennation: 8, source: G2392 },
};

const SOLEUS = 'gray (origin and belly); gait2392 (calcaneal insertion)';
const soleusFibre = (name: string, origin: PathPointDef, belly: PathPointDef, share: number): FibreDef => ({
  name,
  points: [origin, belly, CALCANEUS],
  share,
  source: SOLEUS,
});

export const soleus: MusclePathDef = {
  name: 'soleus',
  fibres: [
    soleusFibre('from the fibular head', pt('tibia', -0.0276, -0.0759, 0.0374), pt('tibia', -0.04, -0.23, 0.022), 0.25),
    soleusFibre('from the upper fibula', pt('tibia', -0.03, -0.13, 0.038), pt('tibia', -0.044, -0.25, 0.014), 0.2),
    soleusFibre(
      'from the tendinous arch',
      attached(pt('tibia', -0.027, -0.1, 0.014), 'tendinous arch of soleus'),
      pt('tibia', -0.045, -0.24, 0.004),
      0.2,
    ),
    soleusFibre('from the soleal line', pt('tibia', -0.0129, -0.1198, -0.009), pt('tibia', -0.042, -0.24, -0.012), 0.2),
    soleusFibre(
      'from the medial border of the tibia',
      pt('tibia', -0.007, -0.2, -0.012),
      pt('tibia', -0.036, -0.27, -0.02),
      0.15,
    ),
  ],
  architecture: { maxForce: 3549, optimalFibreLength: 0.05, tendonSlackLength: 0.25, pennation: 25, source: G2392 },
};
