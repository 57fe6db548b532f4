/**
 * The thoracolumbar fascia and the iliotibial tract, as sheets spanning a few fibres that run along them
 * (their edges and ribs), placed from their description (Gray's; Willard et al. 2012 for the
 * thoracolumbar fascia) in the neutral pelvis frame. The fibres ride on the segments under them, so the
 * sheets follow the spine and the thigh.
 */
import type { PathStructureDef } from '../types';
import { fibre, on, onContact } from './helpers';

const TLF = 'gray; willard2012 (layers and attachments of the thoracolumbar fascia)';

export const thoracolumbarFascia: PathStructureDef = {
  name: 'thoracolumbar_fascia',
  kind: 'fascia',
  paired: false,
  fibres: [],
  // Written for the right half; the left is its mirror image.
  bothSides: [
    fibre(
      'posterior layer at the midline',
      [
        // On the tips of the spinous processes and the median sacral crest.
        on('t12', -0.156, 0.229, 0),
        on('l1', -0.1575, 0.204, 0),
        on('l2', -0.1535, 0.175, 0),
        on('l3', -0.152, 0.148, 0),
        on('l4', -0.1505, 0.123, 0),
        on('l5', -0.1535, 0.092, 0),
        on('sacrum', -0.157, 0.043, 0),
        on('sacrum', -0.155, -0.01, 0),
      ],
      TLF,
      0.2,
    ),
    fibre(
      'posterior layer over the erector spinae',
      [
        on('t12', -0.1571, 0.2322, 0.036),
        on('l2', -0.1612, 0.1777, 0.04),
        on('l4', -0.1543, 0.126, 0.04),
        // Down to the posterior superior iliac spine and the back of the sacrum.
        on('pelvis', -0.154, 0.07, 0.038),
        on('sacrum', -0.153, 0.03, 0.03),
      ],
      TLF,
      0.3,
    ),
    fibre(
      'lateral raphe',
      [
        // Where the layers fuse at the lateral border of the erector spinae, with the transversus
        // abdominis aponeurosis: from the 12th rib to the iliac crest.
        on('torso', -0.1383, 0.2421, 0.07),
        on('l2', -0.1402, 0.1827, 0.078),
        on('l4', -0.1303, 0.131, 0.08),
        on('pelvis', -0.122, 0.082, 0.08),
      ],
      TLF,
      0.3,
    ),
    fibre(
      'middle layer at the transverse processes',
      [
        on('l1', -0.1131, 0.2245, 0.04),
        on('l2', -0.1062, 0.1927, 0.046),
        on('l3', -0.101, 0.1613, 0.05),
        on('l4', -0.1003, 0.131, 0.047),
        on('l5', -0.1073, 0.1004, 0.046),
        // Blending with the iliolumbar ligament at the iliac crest.
        on('pelvis', -0.112, 0.082, 0.07),
      ],
      TLF,
      0.2,
    ),
  ],
  drawing: {
    default: { shape: 'band', width: 0.004, thickness: 0.001 },
    sheets: [
      {
        name: 'posterior layer',
        fibres: ['posterior layer at the midline', 'posterior layer over the erector spinae', 'lateral raphe'],
        thickness: 0.001,
      },
      {
        name: 'middle layer',
        fibres: ['middle layer at the transverse processes', 'lateral raphe'],
        thickness: 0.0008,
      },
    ],
    source: 'willard2012 (the posterior layer about a millimetre thick); extents from gray',
  },
};

/**
 * The tract slides over the lateral surface of the greater trochanter (≈ 8 mm out, for the trochanteric
 * bursa and the gluteus maximus tendon): a contact point that holds it whenever the straight line from
 * the crest would sink into the trochanter, as in hip flexion and adduction. The trochanter is broad and
 * rounded, and in deep flexion the line from the crest can pass it far to one side, so the hold is
 * `rounded`: full once the point lies at least as far out (along the normal) as it lies aside, eased in
 * before that. With a hold that came in over the usual 4 mm, the band swung out 8–13 cm to the point
 * within a few degrees of hip adduction or rotation in deep flexion.
 */
const overTrochanter = (x: number, y: number) => onContact('femur', x, y, 0.152, [0, 0, 1], 1);

export const iliotibialTract: PathStructureDef = {
  name: 'iliotibial_tract',
  kind: 'fascia',
  paired: true,
  fibres: [
    fibre(
      'anterior border (tensor fasciae latae)',
      [
        // From the outer lip of the iliac crest behind the ASIS, enclosing tensor fasciae latae…
        on('pelvis', -0.022, 0.024, 0.128),
        overTrochanter(-0.061, -0.091),
        on('femur', -0.036, -0.166, 0.154),
        on('femur', -0.039, -0.266, 0.149),
        on('femur', -0.053, -0.386, 0.136),
        on('femur', -0.063, -0.456, 0.129),
        // …to Gerdy's tubercle on the lateral tibial condyle.
        on('tibia', -0.065, -0.508, 0.116),
      ],
      'gray; tensor fasciae latae path (gait2392) for its front edge',
      0.3,
    ),
    fibre(
      'middle (iliac tubercle)',
      [
        on('pelvis', -0.038, 0.051, 0.129),
        overTrochanter(-0.086, -0.086),
        on('femur', -0.071, -0.166, 0.16),
        on('femur', -0.069, -0.266, 0.155),
        on('femur', -0.073, -0.386, 0.137),
        on('femur', -0.071, -0.456, 0.129),
        on('tibia', -0.069, -0.509, 0.118),
      ],
      'gray',
      0.4,
    ),
    fibre(
      'posterior border (gluteus maximus)',
      [
        // The gluteal aponeurosis over gluteus medius from the crest; gluteus maximus joins it behind.
        on('pelvis', -0.075, 0.09, 0.129),
        overTrochanter(-0.106, -0.091),
        on('femur', -0.101, -0.166, 0.158),
        on('femur', -0.096, -0.266, 0.153),
        on('femur', -0.085, -0.386, 0.138),
        on('femur', -0.075, -0.456, 0.129),
        on('tibia', -0.072, -0.511, 0.119),
      ],
      'gray (three quarters of gluteus maximus insert into the tract)',
      0.3,
    ),
  ],
  drawing: {
    default: { shape: 'band', width: 0.006, thickness: 0.002 },
    sheets: [
      {
        name: 'iliotibial tract',
        fibres: [
          'anterior border (tensor fasciae latae)',
          'middle (iliac tubercle)',
          'posterior border (gluteus maximus)',
        ],
        thickness: 0.002,
      },
    ],
    source:
      'gray (a thickened band of the fascia lata, a few millimetres thick; broad at the hip, ≈ 5–6 cm at mid-thigh, narrowing to its tibial insertion)',
  },
};
