/**
 * Right femur in its segment frame (origin: centre of the femoral head). Head with its fovea; neck at
 * ≈125° to the shaft with ≈12° of anteversion (its axis through the neck landmarks); greater trochanter
 * with the trochanteric fossa on its inner side; intertrochanteric crest (with the quadrate tubercle)
 * behind and line in front; lesser trochanter; a shaft bowed forwards, with the gluteal tuberosity and
 * the linea aspera behind; medial and lateral condyles, epicondyles and adductor tubercle, the
 * intercondylar notch and the patellar groove. The shaft and ridges pass through gait2392's femoral
 * attachments (adductors and short head of biceps on the linea aspera, gluteus maximus on the gluteal
 * tuberosity, iliopsoas on the lesser trochanter, the small rotators on the greater trochanter).
 */
import { L } from './landmarkAt';
import { bounded, capsule, ellipsoid, roundCone, type Shape, sphere, subtract, union } from './sdf';
import { sweep } from './sweep';
import { add, along, frame, norm, sub, type V3 } from './vec';

export const HEAD_RADIUS = 0.024;
const head = L('femoral_head_r');
const neckBase = L('neck_base_r');
const NECK = norm(sub(neckBase, head));

/** Neck: an oval tube, taller than deep, waisted, flaring into the trochanteric region. */
const neck = sweep(
  [
    { at: along(head, NECK, 0.014), a: 0.0135, b: 0.0165 },
    { at: along(head, NECK, 0.033), a: 0.0122, b: 0.0148 },
    { at: along(head, NECK, 0.048), a: 0.0145, b: 0.0185 },
    { at: along(head, NECK, 0.06), a: 0.0175, b: 0.023 },
  ],
  [0.05, 1, 0.1],
);

/** Shaft centre line, bowed forwards, leaning in towards the knee: (centre, half-width a, half-depth b). */
const SHAFT: { at: V3; a: number; b: number }[] = [
  { at: [-0.008, -0.058, 0.036], a: 0.017, b: 0.0175 },
  { at: [-0.002, -0.08, 0.0335], a: 0.0155, b: 0.0155 },
  { at: [0.005, -0.1, 0.0325], a: 0.0145, b: 0.0145 },
  { at: [0.012, -0.12, 0.0305], a: 0.0138, b: 0.0136 },
  { at: [0.017, -0.17, 0.025], a: 0.0132, b: 0.013 },
  { at: [0.021, -0.22, 0.021], a: 0.013, b: 0.013 },
  { at: [0.023, -0.27, 0.016], a: 0.0135, b: 0.013 },
  { at: [0.022, -0.31, 0.011], a: 0.0155, b: 0.0132 },
  { at: [0.019, -0.34, 0.006], a: 0.02, b: 0.0145 },
  { at: [0.016, -0.362, 0.002], a: 0.027, b: 0.018 },
];
const shaft = sweep(SHAFT, [1, 0, 0], 6);

/** The shaft's section at height y (linear between the table rows). */
function section(y: number): { c: V3; a: number; b: number } {
  let i = 0;
  while (i < SHAFT.length - 2 && SHAFT[i + 1]!.at[1] > y) i++;
  const p = SHAFT[i]!;
  const q = SHAFT[i + 1]!;
  const t = (y - p.at[1]) / (q.at[1] - p.at[1]);
  const lerp = (u: number, v: number) => u + (v - u) * t;
  return { c: [lerp(p.at[0], q.at[0]), y, lerp(p.at[2], q.at[2])], a: lerp(p.a, q.a), b: lerp(p.b, q.b) };
}
/** A point on the shaft's surface at height y, `angle` degrees round from the front towards the lateral side, raised by `lift`. */
function onShaft(y: number, angle: number, lift = 0): V3 {
  const { c, a, b } = section(y);
  const t = (angle * Math.PI) / 180;
  return [c[0] + (b + lift) * Math.cos(t), y, c[2] + (a + lift) * Math.sin(t)];
}

/** Trochanteric region: the broad top of the shaft between neck, greater and lesser trochanters. */
const gtTip = L('greater_trochanter_r');
const trochanteric = ellipsoid(frame([-0.014, -0.047, 0.04], [0, 1, -0.15], [1, 0, 0]), [0.024, 0.021, 0.0155]);
/** Greater trochanter: a block rising above the neck's base, its top leaning in, its outer face flat. */
const greaterTrochanter = union(
  0.005,
  ellipsoid(frame(add(gtTip, [-0.004, -0.021, -0.001]), [0, 1, -0.22], [1, 0, 0]), [0.023, 0.0145, 0.0085]),
  ellipsoid(frame(add(gtTip, [-0.003, -0.012, -0.003]), [1, 0.1, 0], [0, 1, 0]), [0.012, 0.009, 0.0045]),
);
const trochantericFossa = sphere(add(L('trochanteric_fossa_r'), [-0.001, 0.002, -0.007]), 0.0065);

const lt = L('lesser_trochanter_r');
/** Lesser trochanter: a blunt cone pointing back and in from the shaft below the neck. */
const lesserTrochanter = roundCone(onShaft(-0.07, 222, -0.006), add(lt, [-0.002, -0.001, 0.0]), 0.006, 0.0048);

/** Intertrochanteric crest behind (through the quadrate tubercle) and line in front, flush ridges. */
const crest = sweep(
  [
    { at: add(gtTip, [-0.017, -0.02, -0.003]), a: 0.005 },
    { at: add(L('quadrate_tubercle_r'), [0.004, 0.0, -0.001]), a: 0.005 },
    { at: add(lt, [0.004, 0.006, 0.006]), a: 0.0045 },
  ],
  [0, 1, 0],
);
const line = sweep(
  [
    { at: add(gtTip, [0.012, -0.03, -0.009]), a: 0.0032 },
    { at: add(L('intertrochanteric_line_r'), [-0.004, 0.0, -0.003]), a: 0.003 },
    { at: onShaft(-0.072, 300, -0.001), a: 0.003 },
  ],
  [0, 1, 0],
);

/** Gluteal tuberosity (posterolateral, below the greater trochanter) running into the linea aspera. */
const glutealTuberosity = sweep(
  [
    { at: onShaft(-0.068, 135, 0.0), a: 0.004, b: 0.003 },
    { at: onShaft(-0.1, 148, 0.0045), a: 0.0065, b: 0.005 },
    { at: onShaft(-0.14, 150, 0.005), a: 0.006, b: 0.005 },
    { at: onShaft(-0.17, 172, -0.001), a: 0.004, b: 0.003 },
  ],
  [-0.8, 0, 0.6],
);
const lineaAspera = sweep(
  [
    { at: onShaft(-0.15, 185, -0.003), a: 0.0025 },
    { at: onShaft(-0.215, 185, -0.0005), a: 0.0035 },
    { at: onShaft(-0.28, 180, -0.001), a: 0.0032 },
    { at: onShaft(-0.315, 180, -0.002), a: 0.0025 },
  ],
  [0, 1, 0],
);
/** Medial supracondylar line down to the adductor tubercle; lateral line to the lateral epicondyle. */
const supracondylar = union(
  0.003,
  sweep(
    [
      { at: onShaft(-0.315, 190, -0.002), a: 0.0025 },
      { at: onShaft(-0.345, 235, -0.001), a: 0.0028 },
      { at: add(L('adductor_tubercle_r'), [-0.001, 0.001, 0.003]), a: 0.004 },
    ],
    [0, 1, 0],
  ),
  sweep(
    [
      { at: onShaft(-0.315, 170, -0.002), a: 0.0025 },
      { at: onShaft(-0.35, 125, -0.001), a: 0.0025 },
    ],
    [0, 1, 0],
  ),
);

/** Condyles: two rounded masses behind and below, the trochlea in front, epicondyles on the sides. */
const medialCondyle = ellipsoid(frame([0.0, -0.399, -0.0215], [1, 0, 0.12], [0, 1, 0]), [0.0235, 0.0215, 0.0145]);
const lateralCondyle = ellipsoid(frame([0.001, -0.3985, 0.0215], [1, 0, -0.1], [0, 1, 0]), [0.0235, 0.0205, 0.0145]);
const trochlea = ellipsoid(frame([0.016, -0.386, 0.002], [1, 0, 0], [0, 1, 0]), [0.019, 0.026, 0.031]);
const epicondyles = [
  ellipsoid(frame(add(L('medial_epicondyle_r'), [0.0, 0.002, 0.0065]), [0, 0, 1], [0, 1, 0]), [0.006, 0.012, 0.01]),
  ellipsoid(frame(add(L('lateral_epicondyle_r'), [0.0, 0.002, -0.0055]), [0, 0, 1], [0, 1, 0]), [0.0045, 0.011, 0.009]),
];
const patellarGroove = capsule([0.043, -0.372, 0.004], [0.038, -0.404, 0.002], 0.0085);
const intercondylarNotch = capsule([-0.036, -0.413, 0.0], [0.009, -0.416, 0.0], 0.0095);
/** Fovea capitis: a small pit on the head, below and behind its pole. */
const fovea = sphere(along(head, norm([0.05, -0.45, -0.89]), HEAD_RADIUS + 0.0012), 0.0042);

export const femur: Shape = bounded(
  subtract(
    0.0015,
    union(
      0.005,
      shaft,
      sphere(head, HEAD_RADIUS),
      neck,
      trochanteric,
      greaterTrochanter,
      lesserTrochanter,
      crest,
      line,
      glutealTuberosity,
      lineaAspera,
      supracondylar,
      medialCondyle,
      lateralCondyle,
      trochlea,
      ...epicondyles,
    ),
    trochantericFossa,
    patellarGroove,
    intercondylarNotch,
    fovea,
  ),
  // A wide margin: the patella's contact is measured by this field in every knee angle.
  0.016,
);
