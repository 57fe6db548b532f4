/**
 * Where a zone lies on the body: membership (0..1, soft-edged over about a centimetre) of a skin point in
 * neutral standing, from its position and outward normal. The same functions paint zones on the skin in
 * the viewer and answer `myomap refer`, so what people see is what the CLI says.
 */
import type { Vec3 } from '../math/vec3';
import { neutralFrames, toWorld } from '../model/kinematics';
import { hasLandmark, neutralLandmark } from '../model/landmarks';
import type { Side } from '../model/segments';
import { solePoints } from '../model/contact';
import type { Region, Zone } from './types';

const frames = neutralFrames();
const EDGE = 0.01;
const ANGLE_EDGE = 8;
const FRACTION_EDGE = 0.025;
/** How far from a limb's axis its skin reaches (the buttock from the hip centre, the calf, the foot), metres. */
const LIMB_REACH = { thigh: 0.16, leg: 0.12, foot: 0.08 } as const;

/** Neutral world position of a landmark; a right-side id is mirrored for the left side. */
const landmarkCache = new Map<string, Vec3>();

export function landmarkAt(id: string, side: Side): Vec3 {
  const key = `${id}|${side}`;
  const hit = landmarkCache.get(key);
  if (hit) return hit;
  const at = computeLandmark(id, side);
  landmarkCache.set(key, at);
  return at;
}

function computeLandmark(id: string, side: Side): Vec3 {
  let name = id;
  if (side === 'l' && id.endsWith('_r')) name = id.replace(/_r$/, '_l');
  if (!hasLandmark(name)) throw new Error(`unknown landmark ${id}`);
  return neutralLandmark(name);
}

/** 1 inside [lo, hi], 0 beyond `edge` outside it, smooth between. */
function inside(v: number, lo: number, hi: number, edge: number): number {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  if (v >= a && v <= b) return 1;
  const d = v < a ? a - v : v - b;
  if (d >= edge) return 0;
  const t = 1 - d / edge;
  return t * t * (3 - 2 * t);
}

/** Limb axes at neutral: start (proximal), end (distal) and the world direction of "front". */
function limbAxis(limb: 'thigh' | 'leg' | 'foot', side: Side): { a: Vec3; b: Vec3; front: Vec3 } {
  const o = (seg: string) => toWorld(frames, `${seg}_${side}` as 'femur_r', [0, 0, 0]) as Vec3;
  if (limb === 'thigh') return { a: o('femur'), b: o('tibia'), front: [1, 0, 0] };
  if (limb === 'leg') return { a: o('tibia'), b: o('talus'), front: [1, 0, 0] };
  const heel = solePoints(side)[0]!;
  // For the foot "front" is the top of the foot.
  return { a: toWorld(frames, heel.segment, heel.at) as Vec3, b: neutralLandmark(`toe_tip_${side}`), front: [0, 1, 0] };
}

const limbCache = new Map<string, ReturnType<typeof limbAxis>>();

/** Unit vector of `v` with its component along unit `u` removed. */
function unitAcross(v: readonly number[], u: readonly number[]): Vec3 {
  const d = v[0]! * u[0]! + v[1]! * u[1]! + v[2]! * u[2]!;
  const w: Vec3 = [v[0]! - d * u[0]!, v[1]! - d * u[1]!, v[2]! - d * u[2]!];
  const l = Math.hypot(...w) || 1;
  return [w[0] / l, w[1] / l, w[2] / l];
}

/** 1 within the arc from `from` to `to` degrees (going round through increasing angles), soft outside. */
function arc(angle: number, from: number, to: number): number {
  const span = (to - from + 360) % 360 || 360;
  const delta = (angle - from + 360) % 360;
  if (delta <= span) return 1;
  return inside(Math.min(delta - span, 360 - delta), -1, 0, ANGLE_EDGE);
}

function limbMembership(r: Extract<Region, { kind: 'limb' }>, side: Side, p: Vec3): number {
  const key = `${r.limb}_${side}`;
  let ax = limbCache.get(key);
  if (!ax) {
    ax = limbAxis(r.limb, side);
    limbCache.set(key, ax);
  }
  const { a, b, front } = ax;
  const d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const len = Math.hypot(d[0]!, d[1]!, d[2]!);
  const u = d.map((x) => x / len);
  const rel = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const along = (rel[0]! * u[0]! + rel[1]! * u[1]! + rel[2]! * u[2]!) / len;
  // Around: the angle across the limb from "front" toward the outer side (+z on the right, −z on the left).
  const perp = rel.map((x, i) => x - along * len * u[i]!);
  const fn = unitAcross(front, u);
  const lat: Vec3 = [0, 0, side === 'r' ? 1 : -1];
  const ld = lat[0] * fn[0] + lat[1] * fn[1] + lat[2] * fn[2];
  const ln = unitAcross([lat[0] - ld * fn[0], lat[1] - ld * fn[1], lat[2] - ld * fn[2]], u);
  const x = perp[0]! * fn[0] + perp[1]! * fn[1] + perp[2]! * fn[2];
  const y = perp[0]! * ln[0] + perp[1]! * ln[1] + perp[2]! * ln[2];
  const angle = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  const inArc = arc(angle, r.around[0], r.around[1]);
  // Only this limb's own skin: this side of the midline, and not far from its axis (the other leg, the
  // trunk above the foot, etc. are not part of the limb).
  const ownSide = inside(side === 'r' ? p[2] : -p[2], 0, Number.POSITIVE_INFINITY, EDGE);
  const near = inside(Math.hypot(x, y), 0, LIMB_REACH[r.limb], EDGE);
  return inside(along, r.from, r.to, FRACTION_EDGE) * inArc * ownSide * near;
}

function trunkMembership(r: Extract<Region, { kind: 'trunk' }>, side: Side | 'both', p: Vec3, n: Vec3): number {
  const s: Side = side === 'both' ? 'r' : side;
  const y0 = landmarkAt(r.from, s)[1];
  const y1 = landmarkAt(r.to, s)[1];
  const lateral = side === 'both' ? Math.abs(p[2]) : side === 'r' ? p[2] : -p[2];
  let facing = 1;
  if (r.facing === 'posterior') facing = inside(-n[0], 0.35, 1, 0.25);
  else if (r.facing === 'anterior') facing = inside(n[0], 0.35, 1, 0.25);
  else if (r.facing === 'lateral') facing = inside(side === 'l' ? -n[2] : side === 'r' ? n[2] : Math.abs(n[2]), 0.45, 1, 0.25);
  return inside(p[1], y0, y1, EDGE) * inside(lateral, r.lateral[0], r.lateral[1], EDGE) * facing;
}

function patchMembership(r: Extract<Region, { kind: 'patch' }>, side: Side, p: Vec3, n: Vec3): number {
  const l = landmarkAt(r.at, side);
  const o = r.offset ?? [0, 0, 0];
  const c = [l[0] + o[0], l[1] + o[1], l[2] + (side === 'r' ? o[2] : -o[2])];
  const d = Math.hypot(p[0] - c[0]!, p[1] - c[1]!, p[2] - c[2]!);
  // Only the skin that faces away from the landmark (not the far side of a limb).
  const away = (p[0] - l[0]) * n[0] + (p[1] - l[1]) * n[1] + (p[2] - l[2]) * n[2];
  return inside(d, 0, r.radius, EDGE) * inside(away, 0, 10, 0.01);
}

export function regionMembership(r: Region, side: Side | 'both', p: Vec3, n: Vec3): number {
  switch (r.kind) {
    case 'trunk':
      return trunkMembership(r, side, p, n);
    case 'limb':
      return side === 'both' ? Math.max(limbMembership(r, 'r', p), limbMembership(r, 'l', p)) : limbMembership(r, side, p);
    case 'patch':
      return side === 'both' ? Math.max(patchMembership(r, 'r', p, n), patchMembership(r, 'l', p, n)) : patchMembership(r, side, p, n);
  }
}

/**
 * Membership of a skin point in a zone of the muscle on `side`: an ipsilateral zone on that side, a
 * bilateral or midline zone on both.
 */
export function zoneMembership(zone: Zone, side: Side, p: Vec3, n: Vec3): number {
  const where: Side | 'both' = zone.laterality === 'ipsilateral' ? side : 'both';
  let m = 0;
  for (const r of zone.regions) m = Math.max(m, regionMembership(r, where, p, n));
  return m;
}
