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
import { sweep } from './sweep';
import { along, frame, type V3 } from './vec';

const s1 = L('s1_endplate');
const tip = L('coccyx_tip');

/** Centre line of the bodies (midline), S1 endplate to the coccyx tip, with AP half-depth b and half-width a. */
const COLUMN: { at: V3; a: number; b: number }[] = [
  { at: [s1[0], s1[1] - 0.002, 0], a: 0.025, b: 0.0165 },
  { at: [-0.1, 0.044, 0], a: 0.025, b: 0.016 },
  { at: [-0.117, 0.021, 0], a: 0.02, b: 0.0125 },
  { at: [-0.13, 0.0, 0], a: 0.016, b: 0.0095 },
  { at: [-0.14, -0.02, 0], a: 0.0125, b: 0.008 },
  { at: [-0.145, -0.037, 0], a: 0.0105, b: 0.007 },
  { at: [-0.144, -0.054, 0], a: 0.009, b: 0.006 },
  { at: [-0.14, -0.067, 0], a: 0.0065, b: 0.005 },
  { at: [tip[0], tip[1] + 0.002, 0], a: 0.004, b: 0.0035 },
];

const bodies = sweep(COLUMN, [1, 0, 0], 5);

/** Lateral masses: a thick plate behind the bodies, broad at S1–S2 (the auricular surfaces), narrow at S5. */
const lateral = sweep(
  [
    { at: [-0.108, 0.05, 0], a: 0.047, b: 0.015 },
    { at: [-0.122, 0.026, 0], a: 0.045, b: 0.014 },
    { at: [-0.134, 0.003, 0], a: 0.037, b: 0.0105 },
    { at: [-0.144, -0.018, 0], a: 0.026, b: 0.0085 },
    { at: [-0.149, -0.034, 0], a: 0.015, b: 0.0065 },
  ],
  [1, 0, 0],
  5,
);

/** Ala (right half; the shape is mirrored): from the S1 body out and slightly down to its lateral rim. */
const ala = ellipsoid(frame([-0.097, 0.05, 0.03], [0.05, -0.25, 1], [0.6, 0.8, 0]), [0.027, 0.011, 0.02]);

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
const dorsalPlate = sweep(
  [
    { at: [-0.128, 0.058, 0], a: 0.024, b: 0.007 },
    { at: [-0.139, 0.033, 0], a: 0.025, b: 0.008 },
    { at: [-0.145, 0.01, 0], a: 0.021, b: 0.0065 },
    { at: [-0.149, -0.012, 0], a: 0.015, b: 0.0055 },
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
    capsule([front[0] - d[0] * 0.01, front[1] - d[1] * 0.01, front[2]], [front[0] + d[0] * 0.012, front[1] + d[1] * 0.012, front[2]], r),
    capsule([back[0] + d[0] * 0.01, back[1] + d[1] * 0.01, back[2]], [back[0] - d[0] * 0.008, back[1] - d[1] * 0.008, back[2]], r * 0.75),
  ];
});

/** Above S1's upper surface (the endplate, at the sacral slope): removed. */
const slope = (42 * Math.PI) / 180;
const slopeN: V3 = [Math.sin(slope), Math.cos(slope), 0];
const aboveEndplate = roundBox(frame(along(s1, slopeN, 0.02), slopeN, [-slopeN[1], slopeN[0], 0]), [0.02, 0.025, 0.035], 0.001);

const half = union(0.006, bodies, lateral, ala, articular, dorsalPlate, medianCrest);

export const sacrum: Shape = bounded(symmetricZ(subtract(0.0015, half, canal, aboveEndplate, ...foramina)));
