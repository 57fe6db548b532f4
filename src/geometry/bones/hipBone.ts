/**
 * The right hip bone (os coxae) in the pelvis frame: the ilium (ilium.ts), the acetabulum as a real cup
 * around the femoral head, the pubis with its superior ramus (pecten on top) and body, the ischium with
 * its spine and tuberosity, the ischiopubic ramus, and the obturator foramen cut through. The pelvis
 * node is this bone and its mirror image, meeting at the pubic symphysis.
 */
import { ilium, wing } from './ilium';
import { L } from './landmarkAt';
import { bounded, ellipsoid, roundBox, roundCone, type Shape, sphere, subtract, torus, union } from './sdf';
import { sweep } from './sweep';
import { add, along, cross, frame, norm, scale, sub } from './vec';

const H = L('acetabulum_r');
/** The acetabulum opens laterally, downwards and forwards (≈ 45° inclination, 20° anteversion). */
const A = norm([0.34, -0.62, 0.7]);
/** In the rim's plane: towards the acetabular roof, and forwards. */
const UP = norm(sub([0, 1, 0], scale(A, A[1])));
const FWD = cross(UP, A);
/** Radius of the socket (femoral head 24 mm + cartilage). */
export const SOCKET_RADIUS = 0.0265;

/** Periacetabular bone: a bulk behind the socket and a rounded lip (torus) around its mouth. */
const cupBulk = ellipsoid(frame(along(along(H, A, -0.011), FWD, 0.0015), A, UP), [0.0285, 0.0315, 0.031]);
const lip = torus(frame(along(H, A, -0.0025), A, UP), 0.028, 0.0042);

/** The obturator ring lies in a plane facing forwards, down and out. */
const RING_N = norm([0.5, -0.715, 0.485]);

/**
 * Superior pubic ramus: a thick three-sided bar from the pubic body up, out and back to the iliopubic
 * eminence and the acetabulum, its top edge the pecten. Placed on gait2392's own pelvis (OpenSim r_pelvis
 * geometry: the ramus's top ≈ 6 cm below the ASIS) and its pectineus origin on the pectineal surface.
 */
const superiorRamus = sweep(
  [
    { at: [-0.032, -0.0765, 0.022], a: 0.0085, b: 0.0095 },
    { at: [-0.04, -0.07, 0.037], a: 0.0095, b: 0.0095 },
    { at: [-0.0445, -0.064, 0.051], a: 0.009, b: 0.009 },
    { at: [-0.047, -0.059, 0.063], a: 0.0095, b: 0.0095 },
    { at: [-0.056, -0.057, 0.074], a: 0.0115, b: 0.0115 },
  ],
  [0, 1, 0],
);
const eminence = ellipsoid(frame(L('iliopubic_eminence_r'), [0, 0, 1], [1, 1, 0]), [0.009, 0.006, 0.006]);

/**
 * Pubic body: a flattened block whose medial face is the symphyseal surface, an oval ≈ 38 × 18 mm with
 * its long axis leaning back ≈ 25° from the vertical (front at the top), 2 mm from the midline (the
 * interpubic disc lies between the two), ≈ 18 mm thick. The pubic crest runs out along its top to the tubercle.
 */
const SYMPHYSIS_AXIS = norm([-0.423, -0.906, 0]);
const pubicBody = union(
  0.006,
  roundBox(frame([-0.0395, -0.0865, 0.0135], SYMPHYSIS_AXIS, [0.906, -0.423, 0]), [0.019, 0.009, 0.0115], 0.0075),
  // Its lower back part thickens towards the inferior ramus (adductor brevis and gracilis arise here).
  ellipsoid(frame([-0.052, -0.097, 0.016], SYMPHYSIS_AXIS, [0.906, -0.423, 0]), [0.011, 0.0075, 0.009]),
);
const tubercle = ellipsoid(frame(add(L('pubic_tubercle_r'), [-0.002, -0.001, -0.001]), [1, 0, 0], [0, 1, 0]), [0.0045, 0.0045, 0.005]);

/** Ischiopubic ramus: a flat bar back from the lower pubic body under the obturator foramen to the tuberosity. */
const ischiopubicRamus = sweep(
  [
    { at: [-0.047, -0.1, 0.01], a: 0.0095, b: 0.0055 },
    { at: [-0.057, -0.105, 0.016], a: 0.0088, b: 0.0048 },
    { at: [-0.072, -0.112, 0.026], a: 0.0088, b: 0.0046 },
    { at: [-0.088, -0.113, 0.035], a: 0.0095, b: 0.005 },
    { at: [-0.102, -0.111, 0.045], a: 0.0092, b: 0.0058 },
    { at: [-0.115, -0.105, 0.058], a: 0.0078, b: 0.006 },
  ],
  RING_N,
);

/** Ischial body: behind and below the acetabulum, down to the tuberosity. */
const ischialBody = sweep(
  [
    { at: along(along(H, UP, -0.014), FWD, -0.016), a: 0.014, b: 0.011 },
    { at: [-0.1, -0.09, 0.07], a: 0.0125, b: 0.0095 },
    { at: [-0.114, -0.097, 0.066], a: 0.01, b: 0.008 },
  ],
  RING_N,
);

const tuberosity = ellipsoid(
  frame(add(L('ischial_tuberosity_r'), [-0.0025, 0.004, 0.001]), [0.3, -0.95, 0], [0, 0, 1]),
  [0.0165, 0.0105, 0.0065],
);

/** Ischial spine: a point projecting back and in between the two sciatic notches. */
const spine = roundCone(add(L('ischial_spine_r'), [0.01, 0, 0.014]), L('ischial_spine_r'), 0.0065, 0.003);

/** The obturator foramen, cut through the ring: long axis from under the pubis back to the ischium. */
const foramen = ellipsoid(
  frame(L('obturator_foramen_r'), norm(sub([-0.095, -0.104, 0.048], [-0.045, -0.08, 0.036])), RING_N),
  [0.025, 0.0135, 0.014],
);

/** Acetabular fossa (the non-articular floor) and notch (the gap in the inferior rim). */
const fossa = sphere(along(along(H, A, -0.012), UP, -0.009), 0.0165);
const notch = roundCone(along(along(H, UP, -0.021), A, 0.006), along(along(H, UP, -0.036), A, 0.008), 0.0085, 0.0095);

/** Brim: the arcuate line and pecten pubis, a low rounded ridge from the auricular surface to the pubic tubercle. */
const brim = sweep(
  [
    { at: wing(-0.066, 0.014, 0.0945), a: 0.0025 },
    { at: wing(-0.034, -0.012, 0.0925), a: 0.0025 },
    { at: wing(-0.006, -0.034, 0.0915), a: 0.0025 },
    { at: [-0.05, -0.0505, 0.062], a: 0.003 },
    { at: add(L('pecten_pubis_r'), [0.0, 0.0, 0.0]), a: 0.003 },
    { at: add(L('pubic_tubercle_r'), [-0.003, 0.001, 0.002]), a: 0.0035 },
  ],
  [0, 1, 0],
);

const solid = union(
  0.006,
  ilium,
  cupBulk,
  lip,
  eminence,
  ischialBody,
  superiorRamus,
  pubicBody,
  tubercle,
  ischiopubicRamus,
  tuberosity,
  spine,
  brim,
);

export const hipBone: Shape = bounded(subtract(0.0025, solid, sphere(H, SOCKET_RADIUS), fossa, notch, foramen));
