/**
 * Sacrum and coccyx (segment sacrum = pelvis frame), symmetric about the midline.
 *
 * The sacrum is one curved wedge: a plate in a frame laid along its chord (promontory → apex; u lateral,
 * v up the chord, w dorsal) whose pelvic surface is concave from top to bottom (≈ 1 cm deep at S3) and
 * a little from side to side, and whose thickness falls from ≈ 5 cm at the base (S1 body, canal and
 * laminae) to 1 cm at the apex. Its outline is the bone seen from the front: the base with the S1 body
 * and the alae on either side, the auricular surfaces down the thick upper lateral borders (S1–S3,
 * facing the ilia), the inferolateral angles, the narrow apex. The S1 endplate is cut on spine.ts's
 * plane (the sacral slope); S1's superior articular processes meet L5's inferior ones on spine.ts's
 * L5/S1 facet joint. Behind: the sacral canal, open below at the hiatus between the cornua; the median
 * crest (fused spinous tubercles), intermediate (fused articular) and lateral (fused transverse) crests;
 * four pairs of foramina, the pelvic ones larger (Gray's Anatomy, 42nd ed.; adult dimensions: base width
 * ≈ 11 cm, chord ≈ 11 cm).
 * The pelvic surface carries gait2392's piriformis origin; the dorsal surface multifidus and longissimus
 * and, at the apex, the lowest gluteus maximus.
 *
 * The coccyx (its own node) is four small fused segments curving forward from the apex to its tip.
 */
import { FACET_JOINT_SPACE, FACET_JOINTS, S1_ENDPLATE, S1_NORMAL } from '../../anatomy/model/spine';
import { hipBone } from './hipBone';
import { L } from './landmarkAt';
import { beyondJoint } from './vertebra';
import { plate, thinPlate } from './plate';
import { bounded, capsule, ellipsoid, roundBox, type Shape, subtract, symmetricZ, union } from './sdf';
import { sweep } from './sweep';
import { add, along, frame, fromLocal, norm, scale, type V3 } from './vec';

const promontory = L('sacral_promontory');
/** Front of the apex (S5), where the coccyx joins. */
const APEX: V3 = [-0.146, -0.036, 0];
const chord = norm([promontory[0] - APEX[0], promontory[1] - APEX[1], 0]);
/** The sacral frame: origin at the chord's middle, u lateral, v up the chord, w dorsal. */
const SACRAL = frame(
  [(promontory[0] + APEX[0]) / 2, (promontory[1] + APEX[1]) / 2, 0],
  [0, 0, 1],
  chord,
);
/** (u, v, w) → pelvis frame. */
const at = (u: number, v: number, w: number): V3 => fromLocal(SACRAL, [u, v, w]);

/** Control points on the right half (u ≥ 0), mirrored to the left. */
const both = (pts: [number, number, number][]) =>
  pts.flatMap(([u, v, w]): [number, number, number][] =>
    u > 0
      ? [
          [u, v, w],
          [-u, v, w],
        ]
      : [[u, v, w]],
  );

/** The pelvic surface (w): concave down the midline, the alae and lateral parts set back from the bodies. */
const FRONT = thinPlate(
  both([
    [0, 0.055, 0.0],
    [0.012, 0.055, 0.002],
    [0.022, 0.055, 0.006],
    [0.034, 0.053, 0.016],
    [0.048, 0.047, 0.02],
    [0.054, 0.038, 0.021],
    [0, 0.03, 0.006],
    [0.02, 0.03, 0.011],
    [0.04, 0.03, 0.02],
    [0.052, 0.025, 0.024],
    [0, 0.0, 0.0095],
    [0.02, 0.0, 0.0165],
    [0.04, 0.0, 0.024],
    [0.048, 0.005, 0.026],
    [0, -0.025, 0.0085],
    [0.0235, -0.0237, 0.0182],
    [0.032, -0.022, 0.02],
    [0, -0.045, 0.004],
    [0.015, -0.045, 0.009],
    [0, -0.057, 0.0],
    [0.007, -0.056, 0.002],
  ]),
  2e-5,
);

/** Thickness front to back: the S1 body with canal and laminae at the base, the thick lateral masses, a thin apex. */
const THICKNESS = thinPlate(
  both([
    [0, 0.055, 0.054],
    [0.015, 0.055, 0.05],
    [0.03, 0.052, 0.038],
    [0.048, 0.046, 0.034],
    [0.054, 0.035, 0.034],
    [0, 0.03, 0.046],
    [0.0215, 0.0215, 0.036],
    [0.04, 0.03, 0.038],
    [0.05, 0.02, 0.034],
    [0, 0.0, 0.035],
    [0.02, -0.0002, 0.028],
    [0.028, -0.0034, 0.029],
    [0.04, 0.0, 0.026],
    [0.046, 0.005, 0.024],
    [0, -0.02, 0.026],
    [0.016, -0.0188, 0.0214],
    [0.03, -0.02, 0.016],
    [0, -0.04, 0.015],
    [0.015, -0.04, 0.012],
    [0, -0.057, 0.01],
    [0.007, -0.056, 0.008],
  ]),
  2e-5,
);

/** The bone seen from the front (right half, base to apex); the top is cut by the S1 endplate below. */
const OUTLINE_HALF: [number, number][] = [
  [0.0, 0.062],
  [0.024, 0.062],
  [0.036, 0.054],
  [0.048, 0.048],
  [0.0545, 0.039],
  [0.055, 0.025],
  [0.051, 0.008],
  [0.044, -0.008],
  [0.034, -0.022],
  [0.024, -0.035],
  [0.014, -0.048],
  [0.007, -0.057],
  [0.0, -0.0585],
];
const wedge = plate({
  frame: SACRAL,
  outer: (u, v) => FRONT(u, v) + THICKNESS(u, v),
  thickness: THICKNESS,
  minThickness: 0.006,
  outline: [
    ...OUTLINE_HALF,
    ...OUTLINE_HALF.slice(1, -1)
      .reverse()
      .map(([u, v]): [number, number] => [-u, v]),
  ]
    .slice()
    .reverse(),
  round: 0.007,
});

// S1's superior articular process: a plate on the lateral (anterior) side of the L5/S1 facet joint,
// rising from the back of the base.
const joint = FACET_JOINTS.find((f) => f.upper === 'l5')!;
const jN = joint.normal as unknown as V3;
const jC = joint.centre as unknown as V3;
const jUp = joint.up as unknown as V3;
const articular = union(
  0.003,
  roundBox(frame(along(jC, jN, FACET_JOINT_SPACE / 2 + 0.0028), jN, jUp), [0.0028, 0.008, 0.0072], 0.002),
  sweep(
    [
      { at: at(0.02, 0.05, 0.046), a: 0.007, b: 0.006 },
      { at: add(along(jC, jN, 0.0062), scale(jUp, -0.006)), a: 0.004, b: 0.005 },
    ],
    [0, 1, 0],
  ),
);

/** Dorsal crests: median (fused spinous tubercles), intermediate (fused articular), lateral (fused transverse). */
const dorsal = (u: number, v: number, lift = 0): V3 => at(u, v, FRONT(u, v) + THICKNESS(u, v) - 0.0012 + lift);
const crests = [
  sweep(
    [
      { at: dorsal(0, 0.05, 0.002), a: 0.0028, b: 0.006 },
      { at: dorsal(0, 0.03, 0.003), a: 0.003, b: 0.0065 },
      { at: dorsal(0, 0.008, 0.002), a: 0.0028, b: 0.006 },
      { at: dorsal(0, -0.018), a: 0.0024, b: 0.0045 },
    ],
    [0, 1, 0],
  ),
  sweep(
    [
      { at: dorsal(0.011, 0.046), a: 0.0026 },
      { at: dorsal(0.011, 0.02), a: 0.0024 },
      { at: dorsal(0.009, -0.01), a: 0.002 },
    ],
    [0, 1, 0],
  ),
  sweep(
    [
      { at: dorsal(0.034, 0.045), a: 0.0032 },
      { at: dorsal(0.034, 0.02), a: 0.003 },
      { at: dorsal(0.03, -0.005), a: 0.0028 },
      { at: dorsal(0.024, -0.025), a: 0.0024 },
    ],
    [0, 1, 0],
  ),
  // The sacral cornua beside the hiatus.
  ellipsoid(frame(dorsal(0.006, -0.043), [0, 0, 1], chord), [0.0028, 0.005, 0.003]),
];

/** Sacral canal: opens at the top behind S1 and at the hiatus below, where the roof is missing. */
const canal = sweep(
  [
    { at: at(0, 0.066, 0.042), a: 0.012, b: 0.0065 },
    { at: at(0, 0.045, 0.041), a: 0.0115, b: 0.006 },
    { at: at(0, 0.02, 0.036), a: 0.01, b: 0.005 },
    { at: at(0, -0.005, 0.029), a: 0.0075, b: 0.0042 },
    { at: at(0, -0.03, 0.021), a: 0.0058, b: 0.0036 },
    { at: at(0, -0.05, 0.016), a: 0.005, b: 0.0034 },
  ],
  SACRAL.ez,
);

/** Foramina at the four intervertebral levels: pelvic (larger, beside the bodies) and dorsal. */
const FORAMINA: [v: number, r: number][] = [
  [0.037, 0.0056],
  [0.015, 0.005],
  [-0.007, 0.0042],
  [-0.026, 0.0034],
];
const foramina = FORAMINA.flatMap(([v, r], i) => {
  const u = 0.017 - i * 0.0015;
  const front = FRONT(u, v);
  const t = THICKNESS(u, v);
  return [
    capsule(at(u, v, front - 0.008), at(u, v, front + t * 0.55), r),
    capsule(at(u + 0.004, v, front + t * 0.45), at(u + 0.004, v, front + t + 0.008), r * 0.7),
  ];
});

/** Above the S1 endplate (on spine.ts's plane): removed over the body and alae, not the articular processes. */
const s1 = S1_ENDPLATE as unknown as V3;
const s1n = S1_NORMAL as unknown as V3;
const aboveEndplate = roundBox(
  frame(along(along(s1, s1n, 0.02), [s1n[1], -s1n[0], 0], 0.004), s1n, [-s1n[1], s1n[0], 0]),
  [0.02, 0.028, 0.027],
  0.003,
);

/**
 * The auricular surfaces: the lateral masses are trimmed to the ilia's own auricular surfaces, 2 mm off
 * (the sacroiliac joint space), so the joint is congruent wherever the hip bone lies.
 */
const JOINT_SPACE = 0.002;
const iliumBeside: Shape = { f: (x, y, z) => hipBone.f(x, y, z) + JOINT_SPACE, lo: hipBone.lo, hi: hipBone.hi };

const half = subtract(0.001, union(0.004, wedge, articular, ...crests), beyondJoint(jC, jN, jUp, 1));
export const sacrum: Shape = bounded(
  symmetricZ(subtract(0.0015, subtract(0.0015, half, canal, aboveEndplate, ...foramina), iliumBeside)),
);

/** Coccyx: four small fused segments curving forward from the sacral apex to the tip. */
const tip = L('coccyx_tip');
const base: V3 = add(APEX, [-0.005, 0.001, 0]);
const coccyxHalf = union(
  0.004,
  // Co1 with its cornua and small transverse processes.
  ellipsoid(frame(add(base, [0.001, -0.008, 0]), [0.15, -1, 0], [1, 0.15, 0]), [0.0072, 0.0058, 0.0105]),
  ellipsoid(frame(add(base, [-0.004, -0.002, 0.006]), [0.15, -1, 0], [1, 0.15, 0]), [0.004, 0.0028, 0.0028]),
  ellipsoid(frame([base[0] + (tip[0] - base[0]) * 0.42, base[1] + (tip[1] - base[1]) * 0.42, 0], [0.35, -1, 0], [1, 0.35, 0]), [0.0062, 0.0048, 0.0075]),
  ellipsoid(frame([base[0] + (tip[0] - base[0]) * 0.7, base[1] + (tip[1] - base[1]) * 0.7, 0], [0.5, -1, 0], [1, 0.5, 0]), [0.0052, 0.004, 0.0055]),
  ellipsoid(frame([tip[0] - 0.002, tip[1] + 0.0042, 0], [0.55, -1, 0], [1, 0.55, 0]), [0.0045, 0.0035, 0.004]),
);
export const coccyx: Shape = bounded(symmetricZ(coccyxHalf));
