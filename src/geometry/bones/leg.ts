/**
 * Right tibia, fibula (both on the tibia segment; origin at the knee centre) and patella (its own
 * segment; origin at its base, where rectus femoris inserts). The tibial plateau carries two shallow
 * condylar facets and the intercondylar eminence; below it the tuberosity in front, Gerdy's tubercle
 * laterally and the broad anteromedial surface of the pes anserinus; a triangular shaft with a sharp
 * anterior border; the medial malleolus. The fibula: head (biceps femoris), slender shaft, lateral
 * malleolus reaching lower than the medial one.
 */
import { L } from './landmarkAt';
import { bounded, ellipsoid, roundBox, roundCone, type Shape, sphere, subtract, union } from './sdf';
import { sweep } from './sweep';
import { plate, thinPlate } from './plate';
import { add, frame } from './vec';

/** Height of the plateau's articular surface below the knee centre. */
const PLATEAU = -0.022;

const medialCondyle = ellipsoid(
  frame(add(L('medial_tibial_condyle_r'), [0.001, -0.005, 0.009]), [1, 0, 0], [0, 1, 0]),
  [0.025, 0.018, 0.0165],
);
const lateralCondyle = ellipsoid(
  frame(add(L('lateral_tibial_condyle_r'), [-0.007, -0.006, -0.013]), [1, 0, 0], [0, 1, 0]),
  [0.023, 0.018, 0.0155],
);
/** The flat anteromedial face below the medial condyle, under the pes anserinus. */
const pes = roundBox(frame([0.012, -0.09, -0.0068], [1, 0, 0], [0, 1, -0.45]), [0.016, 0.025, 0.0145], 0.006);
/** Posteromedial condyle, where semimembranosus inserts. */
const posteromedial = ellipsoid(frame([-0.017, -0.047, -0.019], [0, 1, 0], [1, 0, 0]), [0.012, 0.008, 0.0085]);
/** The two articular facets: shallow dishes cut into the tops of the condyles. */
const facets = [sphere([-0.002, PLATEAU + 0.06, -0.02], 0.0605), sphere([-0.004, PLATEAU + 0.06, 0.019], 0.0605)];
const eminence = [
  ellipsoid(frame([-0.004, PLATEAU - 0.001, -0.005], [1, 0, 0], [0, 1, 0]), [0.009, 0.006, 0.004]),
  ellipsoid(frame([-0.006, PLATEAU - 0.002, 0.005], [1, 0, 0], [0, 1, 0]), [0.008, 0.0055, 0.004]),
];
/**
 * The tuberosity: the landmark is the patellar ligament's attachment at its upper part, ≈ 2 cm below the
 * plateau; the bump runs from there down to ≈ 5 cm below it, and the anterior border carries on below.
 */
const tuberosity = ellipsoid(
  frame(add(L('tibial_tuberosity_r'), [-0.006, -0.008, -0.001]), [0, 1, 0], [1, 0, 0]),
  [0.02, 0.008, 0.011],
);
const gerdy = sphere(add(L('gerdy_tubercle_r'), [-0.002, 0.0, -0.003]), 0.0065);

/** Shaft: broad below the condyles, triangular in the middle (anterior border, medial surface), flaring at the ankle. */
const shaft = sweep(
  [
    { at: [-0.002, -0.04, -0.001], a: 0.033, b: 0.024 },
    { at: [0.006, -0.075, -0.001], a: 0.0215, b: 0.022 },
    { at: [0.006, -0.11, -0.003], a: 0.0175, b: 0.0185 },
    { at: [0.005, -0.17, -0.001], a: 0.0135, b: 0.015 },
    { at: [0.004, -0.25, 0.0], a: 0.0115, b: 0.0125 },
    { at: [0.003, -0.33, -0.001], a: 0.0125, b: 0.0125 },
    { at: [0.002, -0.38, -0.002], a: 0.0165, b: 0.0155 },
    { at: [0.001, -0.408, -0.003], a: 0.023, b: 0.019 },
  ],
  [1, 0, 0],
);
const anteriorBorder = sweep(
  [
    { at: add(L('tibial_tuberosity_r'), [-0.006, -0.026, -0.002]), a: 0.0045 },
    { at: [0.017, -0.17, 0.0], a: 0.0035 },
    { at: [0.014, -0.27, -0.002], a: 0.003 },
    { at: [0.012, -0.35, -0.006], a: 0.0025 },
  ],
  [0, 1, 0],
);
const mm = L('medial_malleolus_r');
// The medial malleolus reaches ≈ 15 mm below the plafond, the lateral ≈ 1 cm lower still (Gray's): both
// end just above gait2392's ankle axis (Inman's axis passes just below the tips of the malleoli).
const medialMalleolus = roundCone([0.003, -0.405, -0.016], add(mm, [0.0, -0.003, 0.003]), 0.011, 0.006);
/** Distal articular surface (plafond) over the talus. */
const plafond = ellipsoid(frame([0.0, -0.43, 0.0], [1, 0, 0], [0, 1, 0]), [0.024, 0.018, 0.017]);

const cut = subtract(
  0.0015,
  union(
    0.005,
    shaft,
    medialCondyle,
    lateralCondyle,
    posteromedial,
    pes,
    tuberosity,
    gerdy,
    anteriorBorder,
    medialMalleolus,
  ),
  ...facets,
  plafond,
);
// The intercondylar eminence rises between the facets, so it is added after the cut.
export const tibia: Shape = bounded(union(0.002, cut, ...eminence));

const fh = L('fibular_head_r');
const lmall = L('lateral_malleolus_r');
export const fibula: Shape = bounded(
  union(
    0.004,
    ellipsoid(frame(add(fh, [0.007, -0.002, -0.006]), [0, 1, 0], [1, 0, 0]), [0.012, 0.0095, 0.009]),
    sweep(
      [
        { at: add(fh, [0.005, -0.014, -0.005]), a: 0.0065 },
        { at: [-0.02, -0.12, 0.037], a: 0.0068, b: 0.0075 },
        { at: [-0.017, -0.26, 0.033], a: 0.0062, b: 0.007 },
        { at: [-0.013, -0.36, 0.031], a: 0.0068 },
        { at: add(lmall, [-0.001, 0.024, -0.003]), a: 0.009 },
      ],
      [1, 0, 0],
    ),
    roundCone(add(lmall, [-0.001, 0.02, -0.002]), add(lmall, [0.0, -0.004, 0.0]), 0.0105, 0.0065),
  ),
);

/**
 * Patella (own segment; origin at its base, where the quadriceps tendon inserts): a rounded triangle,
 * apex down, ≈ 44 mm tall and wide, 22 mm thick at its vertical ridge. Its front is gently convex; its
 * back is the articular surface, a ridge between a larger lateral and a smaller medial facet, thinning
 * to the non-articular apex (Gray's Anatomy, 42nd ed.). Built as a plate: u medial, v up, w forward.
 */
const base = L('patella_base_r');
const apex = L('patella_apex_r');
const PATELLA_FRAME = frame(
  [(base[0] + apex[0]) / 2 - 0.006, (base[1] + apex[1]) / 2 + 0.001, 0],
  [0, 0, -1],
  [0, 1, 0],
);
export const patella: Shape = bounded(
  plate({
    frame: PATELLA_FRAME,
    outer: thinPlate(
      [
        [0, 0, 0.009],
        [0.02, 0, 0.004],
        [-0.02, 0, 0.004],
        [0, 0.019, 0.0075],
        [0, -0.021, 0.005],
        [0.014, 0.016, 0.005],
        [-0.014, 0.016, 0.005],
      ],
      1e-5,
    ),
    thickness: thinPlate(
      [
        [0.003, 0.005, 0.0225],
        [0.003, 0.014, 0.0195],
        [0.003, -0.008, 0.0175],
        [0.003, -0.018, 0.008],
        [-0.012, 0.004, 0.015],
        [0.013, 0.004, 0.0135],
        [-0.021, 0.004, 0.007],
        [0.021, 0.004, 0.007],
        [0, -0.023, 0.005],
        [0, 0.021, 0.012],
      ],
      1e-5,
    ),
    minThickness: 0.004,
    outline: [
      [0.0, 0.021],
      [0.013, 0.0205],
      [0.021, 0.014],
      [0.0225, 0.004],
      [0.019, -0.007],
      [0.012, -0.016],
      [0.005, -0.0225],
      [0.0, -0.0235],
      [-0.005, -0.0225],
      [-0.012, -0.016],
      [-0.019, -0.007],
      [-0.0225, 0.004],
      [-0.021, 0.014],
      [-0.013, 0.0205],
    ],
    round: 0.004,
  }),
);
