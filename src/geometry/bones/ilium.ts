/**
 * The ilium of the right hip bone, in the pelvis frame. Its wing is a curved plate in a frame laid along
 * the crest: u runs forward (PSIS → ASIS, horizontal), v up, w outward (lateral and back). The inner
 * surface is the iliac fossa (dished front to back, rising to the inner lip of the crest) and, below the
 * arcuate line, the flat quadrilateral surface; the outer surface is the gluteal surface. Thickness
 * follows the bone: a few millimetres in the middle of the fossa, 10–15 mm along the crest, 2–3 cm in
 * the posterior part behind the auricular surface and in the body above the acetabulum. Surface heights
 * are placed so that gait2392's muscle attachments (iliacus inside, glutei outside, quadratus lumborum
 * and the erectors on the crest) lie on them.
 */
import { L } from './landmarkAt';
import { plate, thinPlate } from './plate';
import { ellipsoid, type Shape, union } from './sdf';
import { sweep } from './sweep';
import { add, frame, fromLocal, norm, sub, type V3 } from './vec';

const asis = L('asis_r');
const psis = L('psis_r');
/** Wing frame: origin at the pelvis origin, u horizontal from PSIS to ASIS. */
export const WING = frame([0, 0, 0], [asis[0] - psis[0], 0, asis[2] - psis[2]], [0, 1, 0]);
/** (u, v, w) of the wing frame → pelvis frame. */
export const wing = (u: number, v: number, w: number): V3 => fromLocal(WING, [u, v, w]);

// Crest line (u, v, w of the crest's centre, crest thickness): the plate's top edge runs under it. Seen
// from above the crest is S-shaped: concave inwards in front, where it flares out to the tubercle, and
// convex inwards behind, where it turns in towards the PSIS over a posterior wing that stands nearly
// vertical (Gray's); its course follows gait2392's own pelvis bone (OpenSim r_pelvis geometry), whose
// posterior crest lies ≈ 25 mm medial to a wing that simply flares.
const CREST: [number, number, number, number][] = [
  [0.047, 0.0, 0.1095, 0.013],
  [0.0455, 0.027, 0.1216, 0.011],
  [0.0347, 0.05, 0.1308, 0.016],
  [0.0173, 0.071, 0.1288, 0.012],
  [-0.004, 0.085, 0.1181, 0.011],
  [-0.0255, 0.091, 0.111, 0.011],
  [-0.0455, 0.088, 0.1105, 0.012],
  [-0.0632, 0.079, 0.1139, 0.014],
  [-0.0786, 0.067, 0.1154, 0.016],
  [-0.09, 0.057, 0.116, 0.016],
  [-0.101, 0.044, 0.109, 0.015],
];

// Gluteal (outer) surface, w at (u, v): a smooth sheet through the outer lip of the crest and the
// outer attachments (glutei, tensor fasciae latae), flaring out to the crest above a shallow gluteal
// fossa, convex again over the body of the ilium.
export const OUTER = thinPlate(
  [
    ...CREST.map(([u, v, w, t]): [number, number, number] => [u, v, w + t / 2]),
    [0.036, 0.021, 0.1235],
    [0.026, 0.03, 0.126],
    [0.0, 0.05, 0.121],
    [-0.015, 0.037, 0.1105],
    [-0.035, 0.045, 0.1105],
    [-0.055, 0.035, 0.114],
    [-0.068, 0.061, 0.122],
    [-0.073, 0.0105, 0.118],
    [-0.088, 0.0176, 0.118],
    [-0.096, 0.012, 0.119],
    [0.013, -0.008, 0.1155],
    [-0.005, -0.0065, 0.117],
    [-0.029, -0.006, 0.1165],
    [-0.05, -0.02, 0.119],
    [0.029, -0.031, 0.106],
    [0.0, -0.035, 0.118],
    [-0.03, -0.045, 0.12],
    [-0.06, -0.045, 0.117],
    [0.01, -0.06, 0.1],
    [-0.03, -0.07, 0.115],
  ],
  3e-5,
);

// Pelvic (inner) surface targets (u, v, w): the fossa, thin in its middle; behind it the auricular
// surface and iliac tuberosity standing medially; the arcuate line; the quadrilateral surface below.
const INNER_AT: [number, number, number][] = [
  // The fossa, dished down to the arcuate line so that the iliacus lies in it.
  [0.03, 0.022, 0.1135],
  [0.01, 0.028, 0.1125],
  [-0.015, 0.037, 0.1075],
  [-0.035, 0.045, 0.1065],
  [0.005, 0.05, 0.119],
  [-0.035, 0.07, 0.104],
  [-0.015, 0.07, 0.108],
  [-0.01, 0.01, 0.108],
  [0.012, 0.008, 0.109],
  [-0.028, 0.012, 0.102],
  [0.015, -0.008, 0.106],
  [0.0, -0.012, 0.104],
  [0.03, -0.002, 0.11],
  // Auricular surface and iliac tuberosity, standing medially behind the fossa.
  [-0.052, 0.045, 0.095],
  [-0.072, 0.032, 0.094],
  [-0.075, 0.005, 0.093],
  [-0.06, 0.06, 0.106],
  [-0.085, 0.035, 0.097],
  [-0.095, 0.012, 0.102],
  // Arcuate line, then the quadrilateral surface below it.
  [-0.034, -0.012, 0.0915],
  [-0.006, -0.032, 0.0905],
  [0.006, -0.055, 0.089],
  [0.013, -0.044, 0.098],
  [0.021, -0.036, 0.101],
  [0.035, -0.025, 0.104],
  [-0.02, -0.05, 0.088],
  [-0.05, -0.04, 0.09],
  [-0.065, -0.05, 0.094],
  [0.01, -0.06, 0.088],
  [-0.035, -0.072, 0.09],
  [-0.058, -0.015, 0.093],
];

export const THICKNESS = thinPlate(
  [
    ...CREST.map(([u, v, , t]): [number, number, number] => [u, v, t]),
    ...INNER_AT.map(([u, v, w]): [number, number, number] => [u, v, OUTER(u, v) - w]),
  ],
  3e-5,
);

// Outline of the wing and body in (u, v), from the ASIS down the front, under the body, up the
// greater sciatic notch and back along the crest.
const OUTLINE: [number, number][] = [
  [0.051, 0.002],
  [0.046, -0.014],
  [0.04, -0.022],
  [0.027, -0.036],
  [0.011, -0.052],
  [0.005, -0.066],
  [-0.03, -0.076],
  [-0.062, -0.066],
  [-0.068, -0.05],
  [-0.061, -0.028],
  [-0.058, -0.012],
  [-0.068, -0.002],
  [-0.086, 0.006],
  [-0.099, 0.014],
  [-0.107, 0.03],
  [-0.106, 0.046],
  [-0.09, 0.061],
  [-0.078, 0.068],
  [-0.063, 0.08],
  [-0.045, 0.089],
  [-0.025, 0.092],
  [-0.004, 0.086],
  [0.017, 0.072],
  [0.034, 0.051],
  [0.045, 0.028],
  [0.05, 0.012],
];

const wingPlate = plate({ frame: WING, outer: OUTER, thickness: THICKNESS, outline: OUTLINE, round: 0.003 });

/** Crest: a rounded rim from ASIS to PSIS with the tubercle on its outer lip. */
const crest = sweep(
  CREST.map(([u, v, w, t]) => ({ at: wing(u, v, w), a: t / 2 + 0.0005, b: 0.0055 })),
  [0, 1, 0],
);

const along = (a: V3, b: V3) => norm(sub(b, a));

/** Spines: the ASIS and AIIS project forward, the PSIS and PIIS back. */
const spines: Shape[] = [
  ellipsoid(frame(L('asis_r'), along(L('iliac_tubercle_r'), L('asis_r')), [0, 1, 0]), [0.0075, 0.006, 0.006]),
  ellipsoid(frame(add(L('aiis_r'), [0.002, 0.0, 0.004]), [0.6, -0.2, 0.3], [0, 1, 0]), [0.0075, 0.007, 0.006]),
  ellipsoid(frame(L('psis_r'), along(L('iliac_crest_posterior_r'), L('psis_r')), [0, 1, 0]), [0.0095, 0.0075, 0.0075]),
  ellipsoid(frame(L('pisi_r'), [-1, -0.2, 0.1], [0, 1, 0]), [0.007, 0.0065, 0.0075]),
  // The tubercle of the crest.
  ellipsoid(frame(wing(0.035, 0.051, 0.1345), [0, 1, 0], [1, 0, 0]), [0.009, 0.0055, 0.005]),
];

/**
 * Gluteal lines: low ridges on the outer surface between the glutei's fields (Gray's): the posterior
 * line behind gluteus medius (gluteus maximus behind it), the anterior line arching from near the
 * tubercle to the greater sciatic notch between medius and minimus, the inferior line above the
 * acetabulum under minimus. Placed between gait2392's origins of those muscles.
 */
const GLUTEAL_LINES: [number, number][][] = [
  [
    [-0.055, 0.083],
    [-0.062, 0.06],
    [-0.07, 0.04],
    [-0.08, 0.022],
    [-0.088, 0.012],
  ],
  [
    [0.036, 0.049],
    [0.024, 0.024],
    [0.006, 0.01],
    [-0.02, 0.004],
    [-0.045, 0.003],
    [-0.062, -0.004],
  ],
  [
    [0.033, -0.02],
    [0.01, -0.03],
    [-0.02, -0.034],
    [-0.045, -0.03],
    [-0.058, -0.025],
  ],
];
const glutealLines = GLUTEAL_LINES.map((line) =>
  sweep(
    line.map(([u, v]) => ({ at: wing(u, v, OUTER(u, v) - 0.0008), a: 0.0023 })),
    [0, 1, 0],
  ),
);

export const ilium: Shape = union(0.0015, union(0.004, wingPlate, crest, ...spines), ...glutealLines);
