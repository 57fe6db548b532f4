/**
 * Skinning weights from the bind-pose position of a vertex. The body splits in stages, each a smooth
 * step across the joint between two parts, so every weight varies smoothly over the surface:
 *   trunk | leg   across an oblique band around the hip (high at the groin, low at the gluteal fold);
 *   the trunk's share runs up the spine, pelvis → L5 … T12 → torso, by height;
 *   the leg's share: femur | tibia across the knee, with the skin over the kneecap riding on the
 *   patella (which keeps the front of a bent knee round), and tibia | foot across the ankle.
 * At most four influences per vertex, summing to 1; the left side mirrors the right.
 */
import { bodyCentre } from '../../anatomy/model/spine';
import { ANKLE, fromPelvis, HIP, KNEE, lm } from './anchors';
import { mirrorSegment, VERTEBRAE } from '../../anatomy/model/segments';
import { JOINT, SKIN_JOINTS, type SkinJoint } from './joints';
import { bodyDistance } from './field';
import { clamp, smoothstep } from './sdf';

/** Height of the hip's trunk | leg boundary around the thigh: front, lateral, back, medial. */
const HIP_EDGE = { front: 0.905, lateral: 0.9, back: 0.83, medial: 0.845 };
/**
 * The lowest skin on the midline at each depth x (the perineum, rising into the cleft behind and the
 * pubic region in front), found from the field once; a little below it, to be safe.
 */
const CROTCH = (() => {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let x = -0.24; x <= 0.1; x += 0.005) {
    let y = 0.7;
    while (y < 1.1 && bodyDistance(x, y, 0) > 0) y += 0.001;
    xs.push(x);
    ys.push(y);
  }
  // Conservative: the lowest within 1.5 cm either side.
  return { x0: xs[0]!, step: 0.005, y: ys.map((_, i) => Math.min(...ys.slice(Math.max(0, i - 3), i + 4)) - 0.003) };
})();

function crotchY(x: number): number {
  const f = clamp((x - CROTCH.x0) / CROTCH.step, 0, CROTCH.y.length - 1);
  const i = Math.min(Math.floor(f), CROTCH.y.length - 2);
  return CROTCH.y[i]! + (CROTCH.y[i + 1]! - CROTCH.y[i]!) * (f - i);
}
/**
 * Width of the strip beside the crotch's midline over which the leg's share fades to the trunk. Where
 * the fade scaled the share (not the turn, below) over 7 cm, the skin of the inner groin fell behind the
 * thigh below it, which folded up through it by some 3 mm at 90° of flexion; narrower, the perineum
 * stretches the more at 120° (nearly sixfold at 4 cm).
 */
const CROTCH_FADE = 0.04;
/** Half-width of that band, front and back (the buttock needs a wider one). */
const HIP_BAND = { front: 0.04, back: 0.06 };

const edge = (() => {
  const { front: F, back: B, lateral: L, medial: M } = HIP_EDGE;
  // y = a0 + a1 cos θ + b1 sin θ + a2 cos 2θ through the four values (θ = 0 front, π/2 lateral).
  return { a0: (F + B + L + M) / 4, a1: (F - B) / 2, b1: (L - M) / 2, a2: (F + B - L - M) / 4 };
})();

/**
 * Share of the leg over the front of the hip, by the angle φ of the point about the hip's flexion axis
 * (0 straight down the thigh, 90° level in front of the joint, 180° straight up). When the hip bends by
 * θ, a point bound by share α to the femur turns by ψ(α) = atan2(α, 1 − α)·(θ / 90°) about the joint
 * (linear blending moves it along the chord); the skin of the groin folds without passing through
 * itself only while its posed angle φ + ψ keeps falling as one goes down it, i.e. dψ/dφ > −1: the 90°
 * must be spread over more than 90° of φ. Rows: φ1, φ2 (degrees) between which ψ runs 90° → 0.
 */
const GROIN = { from: 30, to: 165 };

/**
 * The fraction of a 90° bend that a point bound by `share` to the distal segment turns through (linear
 * blending moves it along the chord: tan ψ = share / (1 − share)), and back.
 */
const turnOfShare = (share: number) => Math.atan2(share, 1 - share) / (Math.PI / 2);
function shareOfTurn(t: number): number {
  const s = Math.sin((t * Math.PI) / 2);
  return s / (s + Math.cos((t * Math.PI) / 2));
}

/** Share of the distal segment at angle φ (degrees) about a joint: ψ runs 90° → 0 from `from` to `to`. */
function angularShare(phi: number, { from, to }: { from: number; to: number }): number {
  return shareOfTurn(clamp((to - phi) / (to - from), 0, 1));
}

/**
 * Above the joint the belly only needs the rule within reach of the folding thigh: farther up it returns
 * to the trunk, so the abdomen does not sway with every stride.
 */
const BELLY_REACH = { from: 0.15, to: 0.25 };

function frontShare(x: number, y: number): number {
  const share = angularShare((Math.atan2(x - HIP[0], HIP[1] - y) * 180) / Math.PI, GROIN);
  if (y <= HIP[1]) return share;
  return share * smoothstep(BELLY_REACH.to, BELLY_REACH.from, Math.hypot(x - HIP[0], y - HIP[1]));
}

/** Share of the leg (0 trunk … 1 leg) for a right-side point. */
export function legShare(x: number, y: number, az: number): number {
  const dx = x - HIP[0];
  const dz = az - HIP[2];
  const r = Math.hypot(dx, dz) || 1;
  const c = dx / r;
  const s = dz / r;
  const yb = edge.a0 + edge.a1 * c + edge.b1 * s + edge.a2 * (c * c - s * s);
  const band = HIP_BAND.front + (HIP_BAND.back - HIP_BAND.front) * (0.5 - 0.5 * c);
  // Fade to the trunk towards the midline of the crotch, so the two sides meet with the same weights
  // (no skin lies on the midline below the crotch) and the split of the thighs stretches a broad strip.
  const crotch = smoothstep(0, CROTCH_FADE, az + Math.max(0, crotchY(x) - y));
  const around = smoothstep(yb + band, yb - band, y);
  // In front of the joint the angular rule; behind it and at the side, the boundary around the thigh.
  const front = smoothstep(0.1, 0.6, c);
  const share = around + (frontShare(x, y) - around) * front;
  // The crotch scales the angle the skin turns through (not the share), so that down the inner groin
  // the posed angle keeps falling (see GROIN).
  return shareOfTurn(turnOfShare(share) * crotch);
}


const PB = lm('patella_base_r');
const PA = lm('patella_apex_r');
const PATELLA_Y = (PB[1] + PA[1]) / 2;

/** The same rule behind the knee, whose flexion turns the shank backwards: φ from straight down, towards the back. */
const HAM = { from: 30, to: 150 };

function backOfKnee(x: number, y: number): number {
  return angularShare((Math.atan2(KNEE[0] - x, KNEE[1] - y) * 180) / Math.PI, HAM);
}

/** Knee: femur | tibia by height (by angle behind it), and the patella's share over the front of the knee. */
function knee(x: number, y: number, az: number): { tibia: number; patella: number } {
  const dx = x - (KNEE[0] + 0.01);
  const dz = az - KNEE[2];
  const c = dx / (Math.hypot(dx, dz) || 1);
  const level = smoothstep(KNEE[1] + 0.05, KNEE[1] - 0.05, y);
  const behind = smoothstep(-0.1, -0.6, c);
  const tibia = level + (backOfKnee(x, y) - level) * behind;
  const front = smoothstep(0.2, 0.75, c);
  const along = 1 - smoothstep(0.015, 0.075, Math.abs(y - PATELLA_Y));
  return { tibia, patella: 0.85 * front * along };
}

/** Ankle: share of the foot, across a boundary that rises from the heel to the front of the ankle. */
function footShare(x: number, y: number): number {
  const yb = ANKLE[1] + 0.33 * (x - ANKLE[0]);
  return smoothstep(yb + 0.022, yb - 0.022, y);
}

/** Spine: the height at which each trunk joint's share peaks, pelvis first, torso last. */
const SPINE_JOINTS = [JOINT.pelvis, ...VERTEBRAE.map((v) => JOINT[v]), JOINT.torso];
const BODY_Y = VERTEBRAE.map((v) => fromPelvis(bodyCentre(v))[1]);
const SPINE_Y = [BODY_Y[0]! - 0.045, ...BODY_Y, BODY_Y[BODY_Y.length - 1]! + 0.04];

const add = (out: Float64Array, j: number, w: number) => {
  out[j] = out[j]! + w;
};

function spine(y: number, share: number, out: Float64Array) {
  const n = SPINE_Y.length;
  if (y <= SPINE_Y[0]!) {
    add(out, SPINE_JOINTS[0]!, share);
    return;
  }
  if (y >= SPINE_Y[n - 1]!) {
    add(out, SPINE_JOINTS[n - 1]!, share);
    return;
  }
  let i = 0;
  while (y > SPINE_Y[i + 1]!) i++;
  const t = smoothstep(SPINE_Y[i]!, SPINE_Y[i + 1]!, y);
  add(out, SPINE_JOINTS[i]!, share * (1 - t));
  add(out, SPINE_JOINTS[i + 1]!, share * t);
}

const SIDE_JOINTS = {
  r: { femur: JOINT.femur_r, tibia: JOINT.tibia_r, patella: JOINT.patella_r, foot: JOINT.foot_r },
  l: { femur: JOINT.femur_l, tibia: JOINT.tibia_l, patella: JOINT.patella_l, foot: JOINT.foot_l },
};

/** Every joint's weight for one bind-pose point, into `out` (length SKIN_JOINTS.length). */
export function influences(x: number, y: number, z: number, out: Float64Array): Float64Array {
  out.fill(0);
  const az = Math.abs(z);
  const leg = legShare(x, y, az);
  spine(y, 1 - leg, out);
  if (leg <= 0) return out;
  const k = knee(x, y, az);
  const foot = footShare(x, y);
  const rest = 1 - k.patella;
  // Within a few millimetres of the midline the leg's share is split between the sides, so the
  // weights are exactly mirror-symmetric everywhere (they are tiny there anyway).
  const right = smoothstep(-0.004, 0.004, z);
  for (const [side, share] of [
    [SIDE_JOINTS.r, leg * right],
    [SIDE_JOINTS.l, leg * (1 - right)],
  ] as const) {
    if (share <= 0) continue;
    add(out, side.femur, share * rest * (1 - k.tibia));
    add(out, side.patella, share * k.patella);
    add(out, side.tibia, share * rest * k.tibia * (1 - foot));
    add(out, side.foot, share * rest * k.tibia * foot);
  }
  return out;
}

export interface SkinWeights {
  /** Four joint indices per vertex (into SKIN_JOINTS). */
  joints: Uint16Array;
  /** Four weights per vertex, largest first, summing to 1. */
  weights: Float32Array;
}

/**
 * The four largest influences of every vertex, renormalised. The rule-based weights are first
 * diffused a little over the surface (neighbour averaging along the mesh's edges), which spreads the
 * stretch of a bending joint over more skin where folds bring differently-bound skin close together
 * (the gluteal fold, the crotch); on the symmetric mesh the diffusion stays symmetric.
 */
export function skinWeights(positions: Float32Array, indices: Uint32Array, iterations = 24): SkinWeights {
  const n = positions.length / 3;
  const J = SKIN_JOINTS.length;
  let dense = new Float64Array(n * J);
  const w = new Float64Array(J);
  for (let v = 0; v < n; v++) {
    influences(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!, w);
    dense.set(w, v * J);
  }
  const neighbours = adjacency(n, indices);
  let next = new Float64Array(n * J);
  const diffuse = (vertices: number[], times: number) => {
    next.set(dense);
    for (let it = 0; it < times; it++) {
      for (const v of vertices) {
        const nb = neighbours[v]!;
        for (let j = 0; j < J; j++) {
          let sum = 0;
          for (const u of nb) sum += dense[u * J + j]!;
          next[v * J + j] = 0.5 * dense[v * J + j]! + (0.5 * sum) / nb.length;
        }
      }
      [dense, next] = [next, dense];
      next.set(dense);
    }
  };
  diffuse([...Array(n).keys()], iterations);
  // Where the mesh was left fine (around the perineum) a step is short, so the same number of steps
  // smooths less skin: let those vertices settle between their coarser surroundings.
  const fine = fineVertices(positions, neighbours);
  if (fine.length) diffuse(fine, iterations * 8);
  symmetrise(positions, dense, J);
  const joints = new Uint16Array(n * 4);
  const weights = new Float32Array(n * 4);
  const order = SKIN_JOINTS.map((_, i) => i);
  for (let v = 0; v < n; v++) {
    const o = v * J;
    order.sort((a, b) => dense[o + b]! - dense[o + a]! || a - b);
    // Keep four, less the fifth's weight: where the fourth and fifth trade places both are then 0, so
    // the weights stay continuous over the skin (a plain cut drops a share of up to 15 % between two
    // neighbouring vertices, which a bending hip tears into a sixfold stretch). On the midline it also
    // drops a left and right twin together when only one of them would make the four.
    const fifth = dense[o + order[4]!]!;
    let sum = 0;
    for (let k = 0; k < 4; k++) sum += dense[o + order[k]!]! - fifth;
    for (let k = 0; k < 4; k++) {
      joints[v * 4 + k] = order[k]!;
      weights[v * 4 + k] = (dense[o + order[k]!]! - fifth) / sum;
    }
  }
  return { joints, weights };
}

/**
 * Each vertex and its mirror image (x, y, −z) get mirrored weights exactly: the rules are symmetric,
 * but the simplifier may connect the two halves' few midline vertices a little differently.
 */
function symmetrise(positions: Float32Array, dense: Float64Array, J: number) {
  const key = (x: number, y: number, z: number) => `${x},${y},${z}`;
  const index = new Map<string, number>();
  const n = positions.length / 3;
  for (let v = 0; v < n; v++) index.set(key(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!), v);
  const mirror = SKIN_JOINTS.map((j) => JOINT[mirrorSegment(j) as SkinJoint]);
  for (let v = 0; v < n; v++) {
    const z = positions[v * 3 + 2]!;
    if (z < 0) continue; // (a midline vertex is its own twin)
    const t = index.get(key(positions[v * 3]!, positions[v * 3 + 1]!, -z));
    if (t === undefined) continue;
    for (let j = 0; j < J; j++) {
      const a = dense[v * J + j]!;
      const b = dense[t * J + mirror[j]!]!;
      dense[v * J + j] = dense[t * J + mirror[j]!] = (a + b) / 2;
    }
  }
}

/** Vertices whose edges are much shorter than the mesh's typical edge. */
function fineVertices(positions: Float32Array, neighbours: number[][]): number[] {
  const mean = neighbours.map((nb, v) => {
    let sum = 0;
    for (const u of nb) {
      sum += Math.hypot(
        positions[u * 3]! - positions[v * 3]!,
        positions[u * 3 + 1]! - positions[v * 3 + 1]!,
        positions[u * 3 + 2]! - positions[v * 3 + 2]!,
      );
    }
    return sum / nb.length;
  });
  const median = [...mean].sort((a, b) => a - b)[mean.length >> 1]!;
  return mean.flatMap((m, v) => (m < 0.5 * median ? [v] : []));
}

function adjacency(n: number, indices: Uint32Array): number[][] {
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!;
      const b = indices[t + ((e + 1) % 3)]!;
      sets[a]!.add(b);
      sets[b]!.add(a);
    }
  }
  return sets.map((s) => [...s].sort((a, b) => a - b));
}
