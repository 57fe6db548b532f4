/**
 * Right foot (segment foot = gait2392's calcaneus frame) and talus (segment talus, origin at the ankle
 * centre). Simple but recognisable: calcaneus with its tuberosity and sustentaculum, navicular, cuboid,
 * three cuneiforms, five metatarsals with heads on the metatarsal-head landmarks, and the toes; the
 * talus with its trochlea under the tibial plafond, neck and head.
 */
import { JOINT_OF } from '../../anatomy/model/joints';
import { L } from './landmarkAt';
import { bounded, capsule, ellipsoid, roundCone, type Shape, sphere, union } from './sdf';
import { add, frame, norm, sub, type V3 } from './vec';

/** Talus frame → foot frame offset: the subtalar joint's location (no rotation). */
const SUBTALAR = JOINT_OF.foot_r!.location as unknown as V3;
/** The ankle centre in the foot frame. */
const ANKLE = sub([0, 0, 0], SUBTALAR);

const mt1 = L('first_metatarsal_head_r');
const mt5 = L('fifth_metatarsal_head_r');

const calcaneus = union(
  0.008,
  ellipsoid(frame([0.036, 0.019, 0.004], [1, 0.12, 0.12], [0, 1, 0]), [0.042, 0.017, 0.0145]),
  ellipsoid(frame(add(L('heel_r'), [0.011, 0.017, 0.002]), [0.3, 1, 0], [1, 0, 0]), [0.021, 0.0125, 0.0145]),
  // Sustentaculum tali, the shelf under the talus on the medial side.
  ellipsoid(frame([0.05, 0.03, -0.015], [1, 0, 0], [0, 1, 0]), [0.012, 0.006, 0.009]),
);

const navicular = ellipsoid(frame([0.097, 0.038, -0.018], [1, 0.1, -0.3], [0, 1, 0]), [0.0085, 0.016, 0.018]);
const cuboid = ellipsoid(frame([0.088, 0.019, 0.021], [1, 0, 0.15], [0, 1, 0]), [0.015, 0.0125, 0.0125]);
const cuneiforms = [
  ellipsoid(frame([0.114, 0.03, -0.027], [1, 0, 0], [0, 1, 0]), [0.011, 0.015, 0.009]),
  ellipsoid(frame([0.112, 0.035, -0.012], [1, 0, 0], [0, 1, 0]), [0.009, 0.012, 0.0065]),
  ellipsoid(frame([0.112, 0.032, 0.001], [1, 0, 0], [0, 1, 0]), [0.009, 0.012, 0.007]),
];

/** Metatarsals: base → head (centres), radii; heads on the landmarks for the first and fifth. */
const METATARSALS: [V3, V3, number, number][] = [
  [[0.122, 0.026, -0.027], add(mt1, [0.0, 0.004, 0.0]), 0.0095, 0.0098],
  [[0.122, 0.03, -0.012], [0.174, 0.008, -0.009], 0.0065, 0.0068],
  [[0.12, 0.027, 0.002], [0.168, 0.007, 0.006], 0.006, 0.0064],
  [[0.113, 0.022, 0.014], [0.158, 0.007, 0.021], 0.006, 0.0062],
  [[0.102, 0.016, 0.029], add(mt5, [0.0, 0.003, -0.002]), 0.0065, 0.006],
];
const metatarsals = METATARSALS.map(([b, h, rb, rh]) => {
  const shaft = roundCone(b, h, rb * 0.8, rh * 0.65);
  return union(0.004, shaft, sphere(b, rb), sphere(h, rh));
});
const mt5Tuberosity = sphere([0.098, 0.012, 0.036], 0.0065);

/** Toes: proximal, middle and distal phalanges (two for the great toe). */
const TOES: { from: V3; dir: V3; lengths: number[]; r: number }[] = [
  { from: add(mt1, [0.008, 0.004, 0.0]), dir: norm([1, -0.05, 0.2]), lengths: [0.031, 0.026], r: 0.0072 },
  { from: [0.181, 0.008, -0.008], dir: norm([1, -0.1, 0.05]), lengths: [0.026, 0.013, 0.01], r: 0.0042 },
  { from: [0.175, 0.007, 0.007], dir: norm([1, -0.12, 0.08]), lengths: [0.023, 0.011, 0.009], r: 0.0039 },
  { from: [0.165, 0.007, 0.022], dir: norm([1, -0.14, 0.12]), lengths: [0.02, 0.01, 0.008], r: 0.0037 },
  { from: add(mt5, [0.007, 0.003, 0.0]), dir: norm([1, -0.16, 0.18]), lengths: [0.017, 0.008, 0.008], r: 0.0035 },
];
const toes = TOES.flatMap(({ from, dir, lengths, r }) => {
  const out: Shape[] = [];
  let p = from;
  lengths.forEach((l, i) => {
    const q = add(p, [dir[0] * l, dir[1] * l, dir[2] * l]);
    const rr = r * (1 - 0.12 * i);
    out.push(
      capsule(
        add(p, [dir[0] * rr, dir[1] * rr, dir[2] * rr]),
        add(q, [-dir[0] * rr * 0.6, -dir[1] * rr * 0.6, -dir[2] * rr * 0.6]),
        rr,
      ),
    );
    p = add(q, [dir[0] * 0.0015, dir[1] * 0.0015, dir[2] * 0.0015]);
  });
  return out;
});

export const foot: Shape = bounded(
  union(0.003, calcaneus, navicular, cuboid, ...cuneiforms, ...metatarsals, mt5Tuberosity, ...toes),
);

/** Talus, built in the foot frame and moved into the talus frame. */
const inFoot = union(
  0.006,
  // Body with the trochlea: a short cylinder about the ankle axis under the plafond.
  ellipsoid(frame(add(ANKLE, [0.0, -0.002, 0.0]), [1, 0, 0], [0, 1, 0]), [0.019, 0.0165, 0.0145]),
  ellipsoid(frame(add(ANKLE, [-0.004, -0.01, 0.002]), [1, 0, 0], [0, 1, 0]), [0.02, 0.011, 0.015]),
  // Neck and head, forwards and medially to the navicular.
  roundCone(add(ANKLE, [0.01, -0.004, -0.002]), [0.086, 0.037, -0.017], 0.012, 0.0125),
);
export const talus: Shape = bounded({
  f: (x, y, z) => inFoot.f(x - SUBTALAR[0], y - SUBTALAR[1], z - SUBTALAR[2]),
  lo: add(inFoot.lo, SUBTALAR),
  hi: add(inFoot.hi, SUBTALAR),
});
