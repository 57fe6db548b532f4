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

/** Neck: an oval tube, taller than deep, widening into the trochanters. */
const neck = sweep(
  [
    { at: along(head, NECK, 0.012), a: 0.0125, b: 0.0155 },
    { at: along(head, NECK, 0.03), a: 0.0118, b: 0.0148 },
    { at: along(head, NECK, 0.045), a: 0.014, b: 0.019 },
    { at: along(head, NECK, 0.058), a: 0.017, b: 0.023 },
  ],
  [0.05, 1, 0.1],
);

const gtTip = L('greater_trochanter_r');
const greaterTrochanter = union(
  0.006,
  ellipsoid(frame(add(gtTip, [-0.001, -0.019, -0.004]), [0, 1, 0.15], [1, 0, 0]), [0.023, 0.016, 0.0095]),
  ellipsoid(frame(add(gtTip, [0.002, -0.006, -0.006]), [1, 0.2, 0], [0, 1, 0]), [0.013, 0.009, 0.009]),
);
const trochantericFossa = sphere(add(L('trochanteric_fossa_r'), [-0.002, 0.001, -0.006]), 0.0065);

const lt = L('lesser_trochanter_r');
const lesserTrochanter = roundCone(add(lt, [0.011, -0.004, 0.01]), add(lt, [-0.001, 0.001, -0.001]), 0.0085, 0.0062);

/** Intertrochanteric crest behind (through the quadrate tubercle) and line in front. */
const crest = sweep(
  [
    { at: add(gtTip, [-0.016, -0.014, -0.006]), a: 0.006 },
    { at: add(L('quadrate_tubercle_r'), [0.003, 0.0, 0.0]), a: 0.0055 },
    { at: add(lt, [-0.001, 0.006, 0.007]), a: 0.0055 },
  ],
  [0, 1, 0],
);
const line = sweep(
  [
    { at: add(gtTip, [0.019, -0.02, -0.006]), a: 0.004 },
    { at: add(L('intertrochanteric_line_r'), [-0.003, 0.0, -0.002]), a: 0.0035 },
    { at: add(lt, [0.019, -0.005, 0.004]), a: 0.0035 },
  ],
  [0, 1, 0],
);

/** Shaft centre line, bowed forwards, leaning in towards the knee: (centre, half-width a, half-depth b). */
const SHAFT: { at: V3; a: number; b: number }[] = [
  { at: [-0.012, -0.035, 0.034], a: 0.019, b: 0.019 },
  { at: [-0.004, -0.06, 0.031], a: 0.0165, b: 0.0165 },
  { at: [0.003, -0.085, 0.029], a: 0.015, b: 0.0148 },
  { at: [0.011, -0.12, 0.028], a: 0.0138, b: 0.0136 },
  { at: [0.017, -0.17, 0.025], a: 0.0132, b: 0.013 },
  { at: [0.021, -0.22, 0.021], a: 0.013, b: 0.013 },
  { at: [0.023, -0.27, 0.016], a: 0.0135, b: 0.013 },
  { at: [0.022, -0.31, 0.011], a: 0.0155, b: 0.0132 },
  { at: [0.017, -0.34, 0.006], a: 0.02, b: 0.0145 },
  { at: [0.01, -0.362, 0.002], a: 0.027, b: 0.018 },
];
const shaft = sweep(SHAFT, [1, 0, 0], 6);

/** Gluteal tuberosity (posterolateral, below the greater trochanter) running into the linea aspera. */
const glutealTuberosity = sweep(
  [
    { at: [-0.026, -0.055, 0.043], a: 0.004 },
    { at: add(L('gluteal_tuberosity_r'), [0.001, 0.0, 0.0]), a: 0.0045 },
    { at: [-0.004, -0.14, 0.0365], a: 0.004 },
    { at: [0.004, -0.17, 0.03], a: 0.0035 },
  ],
  [0, 1, 0],
);
const lineaAspera = sweep(
  [
    { at: [0.004, -0.15, 0.027], a: 0.003 },
    { at: add(L('linea_aspera_r'), [0.0, 0.0, 0.0]), a: 0.0038 },
    { at: [0.01, -0.28, 0.017], a: 0.0035 },
    { at: [0.011, -0.32, 0.012], a: 0.003 },
  ],
  [0, 1, 0],
);
/** Medial supracondylar line down to the adductor tubercle; lateral line to the lateral epicondyle. */
const supracondylar = union(
  0.003,
  sweep(
    [
      { at: [0.011, -0.32, 0.012], a: 0.0028 },
      { at: [0.006, -0.355, -0.014], a: 0.0028 },
      { at: add(L('adductor_tubercle_r'), [0.001, 0.001, 0.002]), a: 0.0045 },
    ],
    [0, 1, 0],
  ),
  sweep(
    [
      { at: [0.011, -0.32, 0.012], a: 0.0025 },
      { at: [0.004, -0.36, 0.028], a: 0.0028 },
    ],
    [0, 1, 0],
  ),
);

/** Condyles: two rounded masses behind and below, the trochlea in front, epicondyles on the sides. */
const medialCondyle = ellipsoid(frame([-0.009, -0.399, -0.021], [1, 0, 0.12], [0, 1, 0]), [0.024, 0.021, 0.0135]);
const lateralCondyle = ellipsoid(frame([-0.007, -0.398, 0.021], [1, 0, -0.1], [0, 1, 0]), [0.025, 0.021, 0.0135]);
const trochlea = ellipsoid(frame([0.012, -0.384, 0.002], [1, 0, 0], [0, 1, 0]), [0.018, 0.026, 0.031]);
const epicondyles = [
  sphere(add(L('medial_epicondyle_r'), [0.0, 0.0, 0.005]), 0.0075),
  sphere(add(L('lateral_epicondyle_r'), [0.0, 0.0, -0.004]), 0.0065),
];
const patellarGroove = capsule([0.034, -0.362, 0.004], [0.031, -0.404, 0.002], 0.0085);
const intercondylarNotch = capsule([-0.045, -0.412, 0.0], [0.004, -0.414, 0.0], 0.0095);
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
);
