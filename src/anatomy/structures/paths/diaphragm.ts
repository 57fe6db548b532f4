/**
 * The diaphragm where it meets the lumbar spine: its crura and the median, medial and lateral arcuate
 * ligaments (Gray's; Netter), placed on the model's vertebrae and 12th rib in the neutral pelvis frame.
 * The muscular dome above is not modelled.
 *
 * Kind: `ligament`. Of SPEC's kinds (bone, ligament, fascia, nerve, vessel, organ) none is "muscle";
 * what the model shows of the diaphragm is its tendinous origin — crura that are tendinous where they
 * arise from the vertebral bodies, and three arcuate ligaments — which a teacher shows together with the
 * other ligaments psoas and quadratus lumborum pass beneath, so it sits in the ligaments layer.
 */
import type { PathStructureDef } from '../types';
import { fibre, on } from './helpers';

const ANATOMY = 'gray; netter (crura and arcuate ligaments)';

export const diaphragm: PathStructureDef = {
  name: 'diaphragm',
  kind: 'ligament',
  paired: false,
  fibres: [
    // The right crus is the larger: from the front of the L1–L3 bodies and discs; the left from L1–L2.
    fibre(
      'right crus',
      [
        on('l3', -0.045, 0.1543, 0.008),
        on('l2', -0.0502, 0.1927, 0.011),
        on('l1', -0.0591, 0.2275, 0.013),
        on('t12', -0.0671, 0.2602, 0.016),
        on('torso', -0.0643, 0.2921, 0.012),
      ],
      ANATOMY,
      0.3,
    ),
    fibre(
      'left crus',
      [
        on('l2', -0.0502, 0.1927, -0.025),
        on('l1', -0.0591, 0.2275, -0.026),
        on('t12', -0.0671, 0.2602, -0.022),
        on('torso', -0.0643, 0.2921, -0.015),
      ],
      ANATOMY,
      0.2,
    ),
    // Arches over the front of the aorta at T12, joining the crura: the aortic hiatus lies behind it.
    fibre(
      'median arcuate ligament',
      [
        on('t12', -0.0661, 0.2642, 0.016),
        on('t12', -0.0551, 0.2662, 0.011),
        on('t12', -0.0471, 0.2672, -0.003),
        on('t12', -0.0551, 0.2662, -0.017),
        on('t12', -0.0661, 0.2642, -0.022),
      ],
      ANATOMY,
      0.1,
    ),
  ],
  bothSides: [
    // Over the front of psoas, from the side of the L1 body to the front of the L1 transverse process.
    fibre(
      'medial arcuate ligament',
      [
        on('l1', -0.0701, 0.2265, 0.024),
        on('l1', -0.0621, 0.2235, 0.036),
        on('l1', -0.0761, 0.2225, 0.048),
        on('l1', -0.1061, 0.2245, 0.04),
      ],
      ANATOMY,
      0.1,
    ),
    // Over the front of quadratus lumborum, from the L1 transverse process to the 12th rib.
    fibre(
      'lateral arcuate ligament',
      [on('l1', -0.1061, 0.2245, 0.04), on('l1', -0.1001, 0.2185, 0.058), on('torso', -0.1153, 0.2201, 0.071)],
      ANATOMY,
      0.1,
    ),
  ],
  drawing: {
    default: { shape: 'band', width: 0.006, thickness: 0.002 },
    fibres: {
      // Lying on the front of the vertebral bodies.
      'right crus': {
        shape: 'band',
        width: 0.014,
        thickness: 0.007,
        facing: { segment: 'l2', at: [-0.004, 0.019, 0] },
      },
      'left crus': { shape: 'band', width: 0.011, thickness: 0.006, facing: { segment: 'l2', at: [-0.004, 0.019, 0] } },
    },
    source:
      'gray (the crura thick musculotendinous bands, the right the larger; the arcuate ligaments thin thickenings of the psoas and quadratus lumborum fascia)',
  },
};
