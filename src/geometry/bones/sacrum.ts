/**
 * Sacrum and coccyx (segment sacrum = pelvis frame), symmetric about the midline. A column of fused
 * bodies curves down and back from the S1 endplate (sacral promontory at its front edge) and forward
 * again into the coccyx; lateral masses taper from the alae to the apex, with the auricular surfaces
 * facing the ilia; behind, the sacral canal is roofed by the fused laminae with the median crest, and
 * four pairs of pelvic and dorsal foramina open on either face. The anterior surface lies where gait2392
 * puts piriformis; the dorsal surface carries multifidus, longissimus and the lowest gluteus maximus.
 */
import { L } from './landmarkAt';
import { bounded, capsule, ellipsoid, roundBox, type Shape, subtract, symmetricZ, union } from './sdf';
import { plate, thinPlate } from './plate';
import { sweep } from './sweep';
import { along, frame, type V3 } from './vec';

const s1 = L('s1_endplate');
const tip = L('coccyx_tip');

/** Centre line of the bodies (midline), S1 endplate to the coccyx tip, with AP half-depth b and half-width a. */
const COLUMN: { at: V3; a: number; b: number }[] = [
  { at: [s1[0], s1[1] - 0.002, 0], a: 0.025, b: 0.0165 },
  { at: [-0.1, 0.044, 0], a: 0.024, b: 0.0155 },
  { at: [-0.116, 0.021, 0], a: 0.019, b: 0.012 },
  { at: [-0.129, 0.0, 0], a: 0.0155, b: 0.0095 },
  { at: [-0.139, -0.02, 0], a: 0.012, b: 0.008 },
  { at: [-0.145, -0.037, 0], a: 0.0105, b: 0.007 },
];

const bodies = sweep(COLUMN, [1, 0, 0], 5);

/** Coccyx: three or four small fused segments curving forwards to the tip. */
const coccyx = union(
  0.004,
  ellipsoid(frame([-0.1445, -0.05, 0], [0.15, -1, 0], [1, 0.15, 0]), [0.0075, 0.006, 0.0105]),
  ellipsoid(frame([-0.1415, -0.0625, 0], [0.3, -1, 0], [1, 0.3, 0]), [0.0065, 0.005, 0.0075]),
  ellipsoid(frame([-0.1375, -0.0725, 0], [0.45, -1, 0], [1, 0.45, 0]), [0.0055, 0.0042, 0.0055]),
  ellipsoid(frame([tip[0] - 0.002, tip[1] + 0.0045, 0], [0.5, -1, 0], [1, 0.5, 0]), [0.0045, 0.0036, 0.004]),
);

/**
 * Lateral masses and alae as one curved plate in the sacrum's own frame: u lateral, v up along the bone,
 * w backwards (dorsal). Its dorsal surface carries multifidus and longissimus; its front, between and
 * beside the pelvic foramina, piriformis; its sides the auricular surfaces.
 */
const SACRAL = frame([-0.11, 0.02, 0], [0, 0, 1], [0.451, 0.892, 0]);
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
const DORSAL = thinPlate(
  both([
    [0.0, 0.046, 0.034],
    [0.0, 0.0, 0.04],
    [0.0, -0.03, 0.031],
    [0.0, -0.066, 0.014],
    [0.024, 0.02, 0.038],
    [0.02, -0.0024, 0.038],
    [0.016, -0.0225, 0.0334],
    [0.028, -0.005, 0.039],
    [0.045, 0.04, 0.029],
    [0.046, 0.005, 0.029],
    [0.036, -0.03, 0.027],
    [0.02, -0.055, 0.019],
    [0.01, -0.072, 0.012],
  ]),
);
const THICK = thinPlate(
  both([
    [0.0, 0.046, 0.052],
    [0.0, 0.02, 0.05],
    [0.0, 0.0, 0.043],
    [0.0, -0.03, 0.031],
    [0.0, -0.066, 0.016],
    [0.012, -0.03, 0.027],
    [0.012, 0.0, 0.037],
    [0.03, 0.045, 0.05],
    [0.046, 0.03, 0.036],
    [0.046, 0.0, 0.028],
    [0.024, -0.031, 0.0135],
    [0.036, -0.03, 0.016],
    [0.02, -0.055, 0.011],
    [0.01, -0.072, 0.009],
  ]),
);
const OUTLINE_HALF: [number, number][] = [
  [0.0, 0.038],
  [0.028, 0.04],
  [0.05, 0.039],
  [0.053, 0.03],
  [0.05, 0.0],
  [0.042, -0.022],
  [0.03, -0.043],
  [0.017, -0.062],
  [0.008, -0.076],
];
const lateral = plate({
  frame: SACRAL,
  outer: DORSAL,
  thickness: THICK,
  outline: [
    ...OUTLINE_HALF,
    ...OUTLINE_HALF.slice(1, -1)
      .reverse()
      .map(([u, v]): [number, number] => [-u, v]),
  ]
    .slice()
    .reverse(),
  round: 0.016,
});

/** Superior articular processes of S1 (meeting L5's inferior processes) and the dorsal crests. */
const articular = ellipsoid(frame([-0.122, 0.071, 0.02], [0.6, 0.8, 0], [0, 0, 1]), [0.011, 0.006, 0.007]);
const medianCrest = sweep(
  [
    { at: [-0.136, 0.055, 0], a: 0.003, b: 0.005 },
    { at: [-0.145, 0.031, 0], a: 0.0035, b: 0.006 },
    { at: [-0.15, 0.008, 0], a: 0.003, b: 0.005 },
    { at: [-0.153, -0.015, 0], a: 0.0025, b: 0.004 },
  ],
  [1, 0, 0],
);
/** Sacral canal: opens at the top behind S1 and at the hiatus below. */
const canal = sweep(
  [
    { at: [-0.118, 0.07, 0], a: 0.012, b: 0.007 },
    { at: [-0.128, 0.045, 0], a: 0.011, b: 0.006 },
    { at: [-0.138, 0.02, 0], a: 0.008, b: 0.0045 },
    { at: [-0.146, -0.005, 0], a: 0.006, b: 0.0035 },
    { at: [-0.153, -0.03, 0], a: 0.005, b: 0.003 },
    { at: [-0.158, -0.042, 0], a: 0.005, b: 0.003 },
  ],
  [1, 0, 0],
);

/** Foramina: pelvic (front, larger) and dorsal, four pairs; blind pits that read as openings. */
const FORAMEN_LEVELS: { front: V3; back: V3; r: number }[] = [
  { front: [-0.098, 0.032, 0.021], back: [-0.137, 0.045, 0.019], r: 0.0048 },
  { front: [-0.115, 0.01, 0.019], back: [-0.145, 0.022, 0.018], r: 0.0043 },
  { front: [-0.127, -0.009, 0.016], back: [-0.15, 0.002, 0.016], r: 0.0036 },
  { front: [-0.135, -0.026, 0.013], back: [-0.153, -0.016, 0.013], r: 0.003 },
];
const foramina = FORAMEN_LEVELS.flatMap(({ front, back, r }) => {
  const ax = back[0] - front[0];
  const ay = back[1] - front[1];
  const n = Math.hypot(ax, ay);
  const d: V3 = [ax / n, ay / n, 0];
  return [
    capsule(
      [front[0] - d[0] * 0.01, front[1] - d[1] * 0.01, front[2]],
      [front[0] + d[0] * 0.012, front[1] + d[1] * 0.012, front[2]],
      r,
    ),
    capsule(
      [back[0] + d[0] * 0.01, back[1] + d[1] * 0.01, back[2]],
      [back[0] - d[0] * 0.008, back[1] - d[1] * 0.008, back[2]],
      r * 0.75,
    ),
  ];
});

/** Above S1's upper surface (the endplate, at the sacral slope): removed. */
/** Sacral slope: the S1 endplate's angle to the horizontal. */
export const SACRAL_SLOPE = (42 * Math.PI) / 180;
const slopeN: V3 = [Math.sin(SACRAL_SLOPE), Math.cos(SACRAL_SLOPE), 0];
const aboveEndplate = roundBox(
  frame(along(s1, slopeN, 0.02), slopeN, [-slopeN[1], slopeN[0], 0]),
  [0.02, 0.024, 0.03],
  0.004,
);

const half = union(0.005, bodies, lateral, articular, medianCrest, coccyx);

export const sacrum: Shape = bounded(symmetricZ(subtract(0.0015, half, canal, aboveEndplate, ...foramina)));
