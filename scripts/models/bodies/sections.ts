/**
 * A body as a stack of cross-sections perpendicular to its line of action. Each section is bounded by
 * where the body's fibres cross its plane: the convex hull of the crossings (kept off the bone they lie
 * on, and joined by their footprints on that bone where it is near enough to fill the gap), rounded by
 * the radius that gives the section its area. The area profile along the line sums each fibre's share
 * of the full cross-section times its own belly profile there, so a muscle whose fascicles join at
 * successive levels (psoas) grows as they join, and narrows to tendon where they all turn tendinous.
 * A flat body (strap, tendon sheet) is the same hull drawn in a plane stretched across its width.
 * (Fans and sheets of several fibres are layers instead: sheet.ts.)
 */
import type { BodySpec } from '../../../src/geometry/bodies/spec';
import type { FibreLine } from './fibreLines';

/** Spacing of sections along the line of action, metres. */
const STEP = 0.005;
/** Over this length at each end of a fibre its crossing moves in from the section's middle. */
const ENTRY = 0.02;

export interface Sections {
  count: number;
  /** Per section: centre on the line of action, tangent, width axis, thickness axis (3 each). */
  o: Float64Array;
  t: Float64Array;
  n: Float64Array;
  b: Float64Array;
  /** Width stretch (the hull lives in (u / aspect, v)). */
  aspect: Float64Array;
  /** Rounding radius (stretched units). */
  r: Float64Array;
  /**
   * Section outlines: section i's points are poly[start[i] … start[i+1]) (pairs u, v, stretched units),
   * a closed polygon (counter-clockwise or not) when `closed[i]`, else an open chain.
   */
  start: Int32Array;
  poly: Float64Array;
  closed: Uint8Array;
  /** Farthest reach of each section from its centre, metres (for culling). */
  reach: Float64Array;
  /** Local belly-ness (0 tendon … 1 full belly) of each section. */
  belly: Float64Array;
  /** Target and hull-limited area of each section, m². */
  area: Float64Array;
}

const smooth = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));

interface Crossing {
  x: number;
  y: number;
  z: number;
  /** Fractional index along the fibre line. */
  at: number;
}

/**
 * Where fibre line `l` crosses the plane through o with normal t: the crossing nearest to `near` (an index
 * along the fibre, to follow one crossing from plane to plane) or else nearest to o.
 */
function crossing(l: FibreLine, o: number[], t: number[], near?: number): Crossing | null {
  let best: Crossing | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  const side = (i: number) =>
    (l.rest[i * 3]! - o[0]!) * t[0]! + (l.rest[i * 3 + 1]! - o[1]!) * t[1]! + (l.rest[i * 3 + 2]! - o[2]!) * t[2]!;
  let prev = side(0);
  for (let i = 1; i < l.n; i++) {
    const cur = side(i);
    if ((prev <= 0 && cur > 0) || (prev >= 0 && cur < 0)) {
      const f = prev / (prev - cur);
      const x = l.rest[i * 3 - 3]! + (l.rest[i * 3]! - l.rest[i * 3 - 3]!) * f;
      const y = l.rest[i * 3 - 2]! + (l.rest[i * 3 + 1]! - l.rest[i * 3 - 2]!) * f;
      const z = l.rest[i * 3 - 1]! + (l.rest[i * 3 + 2]! - l.rest[i * 3 - 1]!) * f;
      const at = i - 1 + f;
      const d = near === undefined ? (x - o[0]!) ** 2 + (y - o[1]!) ** 2 + (z - o[2]!) ** 2 : Math.abs(at - near);
      if (d < bestD) {
        bestD = d;
        best = { x, y, z, at };
      }
    }
    prev = cur;
  }
  return best;
}

function resample(points: number[][], step: number): number[][] {
  const cum = [0];
  for (let i = 1; i < points.length; i++)
    cum.push(cum[i - 1]! + Math.hypot(...points[i]!.map((v, c) => v - points[i - 1]![c]!)));
  const total = cum[cum.length - 1]!;
  const n = Math.max(2, Math.ceil(total / step) + 1);
  const out: number[][] = [];
  let seg = 0;
  for (let i = 0; i < n; i++) {
    const target = (total * i) / (n - 1);
    while (seg < points.length - 2 && cum[seg + 1]! < target) seg++;
    const span = cum[seg + 1]! - cum[seg]!;
    const t = span > 0 ? Math.min(1, Math.max(0, (target - cum[seg]!) / span)) : 0;
    out.push(points[seg]!.map((v, c) => v + (points[seg + 1]![c]! - v) * t));
  }
  return out;
}

function tangentAt(axis: number[][], j: number): number[] {
  const a = axis[Math.max(0, j - 2)]!;
  const b = axis[Math.min(axis.length - 1, j + 2)]!;
  return unit(b.map((v, c) => v - a[c]!));
}

function unit(v: number[]): number[] {
  const l = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
  return v.map((x) => x / l);
}

const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
const cross3 = (a: number[], b: number[]) => [
  a[1]! * b[2]! - a[2]! * b[1]!,
  a[2]! * b[0]! - a[0]! * b[2]!,
  a[0]! * b[1]! - a[1]! * b[0]!,
];

function smoothPolyline(p: number[][], passes: number): number[][] {
  const out = p.map((x) => [...x]);
  for (let pass = 0; pass < passes; pass++) {
    const copy = out.map((x) => [...x]);
    for (let j = 1; j + 1 < out.length; j++)
      out[j] = copy[j]!.map((v, c) => (copy[j - 1]![c]! + 2 * v + copy[j + 1]![c]!) / 4);
  }
  return out;
}

/**
 * The body's line of action: the share-weighted mean of its fibres at equal fractions of their length
 * (which cannot fold back on itself as long as the fibres run the same way), smoothed, then carried on
 * straight past both ends until every fibre lies between the end planes, evenly spaced.
 */
export function lineOfAction(lines: FibreLine[], shares: readonly number[]): number[][] {
  const M = 40;
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  let axis: number[][] = [];
  for (let j = 0; j < M; j++) {
    const p = [0, 0, 0];
    lines.forEach((l, k) => {
      // Fractions of the drawn path (the footprint extensions beyond it are not part of the line).
      const s = (j / (M - 1)) * l.length;
      let i = 0;
      while (i < l.n - 2 && l.s[i + 1]! < s) i++;
      const f = Math.min(1, Math.max(0, (s - l.s[i]!) / (l.s[i + 1]! - l.s[i]! || 1)));
      for (let c = 0; c < 3; c++)
        p[c] = p[c]! + ((l.rest[i * 3 + c]! * (1 - f) + l.rest[(i + 1) * 3 + c]! * f) * shares[k]!) / total;
    });
    axis.push(p);
  }
  axis = smoothPolyline(resample(axis, STEP), 12);
  for (const end of [0, 1]) {
    const j = end === 0 ? 0 : axis.length - 1;
    const t = tangentAt(axis, j).map((v) => (end === 0 ? -v : v));
    const o = axis[j]!;
    let reach = 0;
    for (const l of lines) {
      for (let i = 0; i < l.n; i++)
        reach = Math.max(
          reach,
          dot([l.rest[i * 3]! - o[0]!, l.rest[i * 3 + 1]! - o[1]!, l.rest[i * 3 + 2]! - o[2]!], t),
        );
    }
    if (reach > 1e-4) {
      const extra = o.map((v, c) => v + t[c]! * (reach + 0.001));
      if (end === 0) axis.unshift(extra);
      else axis.push(extra);
    }
  }
  return resample(axis, STEP);
}

/** Andrew's monotone chain; points as [u, v]. Returns the hull counter-clockwise. */
function hull(points: number[][]): number[][] {
  const p = [...points].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  if (p.length < 3) return p;
  const crossZ = (o: number[], a: number[], b: number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const lower: number[][] = [];
  for (const q of p) {
    while (lower.length >= 2 && crossZ(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: number[][] = [];
  for (const q of [...p].reverse()) {
    while (upper.length >= 2 && crossZ(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

const along = (c: Crossing, o: number[], n: number[]) =>
  (c.x - o[0]!) * n[0]! + (c.y - o[1]!) * n[1]! + (c.z - o[2]!) * n[2]!;
const dist3 = (a: Crossing, b: Crossing) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
function chainLength(h: number[][]): number {
  let l = 0;
  for (let i = 1; i < h.length; i++) l += Math.hypot(h[i]![0]! - h[i - 1]![0]!, h[i]![1]! - h[i - 1]![1]!);
  return l;
}

function areaPerimeter(h: number[][]): [number, number] {
  if (h.length < 2) return [0, 0];
  let a = 0;
  let per = 0;
  for (let i = 0; i < h.length; i++) {
    const p = h[i]!;
    const q = h[(i + 1) % h.length]!;
    a += p[0]! * q[1]! - q[0]! * p[1]!;
    per += Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!);
  }
  // A two-point "hull" is a segment: its perimeter counts both ways already.
  return [Math.abs(a) / 2, per];
}

const lerpArr = (arr: Float64Array, at: number, stride = 1, c = 0) => {
  const i = Math.min(arr.length / stride - 2, Math.max(0, Math.floor(at)));
  const f = Math.min(1, Math.max(0, at - i));
  return arr[i * stride + c]! * (1 - f) + arr[(i + 1) * stride + c]! * f;
};

export interface SectionInputs {
  axis: number[][];
  /** Direction away from the bone the body lies on, per station (smoothed; zero where no bone is near). */
  away: number[][];
  /** Width direction per station (unit, ⟂ tangent). */
  width: number[][];
  /** Crossings of each fibre with each station's plane. */
  crossings: (Crossing | null)[][];
}

/** The line of action, its width directions and the fibres' crossings: everything that does not depend on size. */
export function sectionInputs(spec: BodySpec, lines: FibreLine[]): SectionInputs {
  const shares = spec.fibres.map((f) => f.share);
  const axis = lineOfAction(lines, shares);
  const tangents = axis.map((_, j) => tangentAt(axis, j));
  const crossings: (Crossing | null)[][] = [];
  const last: (number | undefined)[] = lines.map(() => undefined);
  axis.forEach((o, j) => {
    crossings.push(
      lines.map((l, k) => {
        const c = crossing(l, o, tangents[j]!, last[k]);
        last[k] = c ? c.at : undefined;
        return c;
      }),
    );
  });
  // Keep only the stretch of line whose planes some fibre crosses (beyond it there is no body).
  const has = crossings.map((cs) => cs.some(Boolean));
  const first = Math.max(0, has.indexOf(true) - 1);
  const end = Math.min(axis.length - 1, has.lastIndexOf(true) + 1);
  if (first > 0 || end < axis.length - 1) {
    axis.splice(end + 1);
    axis.splice(0, first);
    tangents.splice(end + 1);
    tangents.splice(0, first);
    crossings.splice(end + 1);
    crossings.splice(0, first);
  }
  const w = spec.tuning.widthAxis;
  let prev: number[] | null = null;
  const raw = axis.map((_, j) => {
    const t = tangents[j]!;
    let d: number[] | null = null;
    if (w) d = [w[0], w[1], w[2]];
    else {
      const cs = crossings[j]!.map((c, k) => (c ? { c, k } : null)).filter(Boolean) as { c: Crossing; k: number }[];
      if (cs.length >= 2) {
        // Principal direction of the crossings.
        const m = [0, 1, 2].map((c) => cs.reduce((s, x) => s + [x.c.x, x.c.y, x.c.z][c]!, 0) / cs.length);
        let best = [0, 0, 0];
        let spread = 0;
        for (const a of cs) {
          const v = [a.c.x - m[0]!, a.c.y - m[1]!, a.c.z - m[2]!];
          const l = Math.hypot(v[0]!, v[1]!, v[2]!);
          if (l > spread) {
            spread = l;
            best = v;
          }
        }
        if (spread > 0.004) d = best;
      }
      if (!d && cs.length) {
        // Across the bone the body lies on: t × bone normal.
        const { c, k } = cs[0]!;
        const l = lines[k]!;
        const bn = [0, 1, 2].map((i) => lerpArr(l.boneN, c.at, 3, i));
        if (Math.hypot(bn[0]!, bn[1]!, bn[2]!) > 0.5) d = cross3(t, bn);
      }
    }
    if (!d) d = prev ?? cross3(t, Math.abs(t[1]!) < 0.9 ? [0, 1, 0] : [1, 0, 0]);
    const dd = dot(d, t);
    let u = unit(d.map((v, c) => v - dd * t[c]!));
    if (prev && dot(u, prev) < 0) u = u.map((v) => -v);
    prev = u;
    return u;
  });
  // Away from the bone, per station: the crossings' bone normals, weighted and smoothed along the line.
  let away = axis.map((_, j) => {
    const v = [0, 0, 0];
    crossings[j]!.forEach((c, k) => {
      if (!c) return;
      for (let i = 0; i < 3; i++) v[i] = v[i]! + lerpArr(lines[k]!.boneN, c.at, 3, i) * spec.fibres[k]!.share;
    });
    return v;
  });
  for (let pass = 0; pass < 12; pass++) {
    away = away.map((v, j) => {
      const a = away[Math.max(0, j - 1)]!;
      const b = away[Math.min(away.length - 1, j + 1)]!;
      return v.map((x, c) => (a[c]! + 2 * x + b[c]!) / 4);
    });
  }
  away = away.map((v) => {
    const l = Math.hypot(v[0]!, v[1]!, v[2]!);
    // Keep the length (≤ 1) as a measure of how surely there is bone on one side.
    const s = l > 1e-6 ? Math.min(1, l / (l + 0.05)) / l : 0;
    return v.map((x) => x * s * 1.05);
  });
  // Smooth the width directions so sections do not twist from one to the next.
  let width = raw;
  for (let pass = 0; pass < 10; pass++) {
    width = width.map((u, j) => {
      const a = width[Math.max(0, j - 1)]!;
      const b = width[Math.min(width.length - 1, j + 1)]!;
      const t = tangents[j]!;
      const s = u.map((v, c) => a[c]! + 2 * v + b[c]!);
      const d = dot(s, t);
      return unit(s.map((v, c) => v - d * t[c]!));
    });
  }
  return { axis, away, width, crossings };
}

/** Sections for a full-belly cross-section of `area` m² (a fibre of share s carries s × area). */
export function buildSections(spec: BodySpec, lines: FibreLine[], inputs: SectionInputs, area: number): Sections {
  const { axis, width, crossings, away } = inputs;
  const m = axis.length;
  const shares = spec.fibres.map((f) => f.share);
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  const { tendonSection, aspect: bellyAspect, push, fill } = spec.tuning;
  const single = lines.length === 1;
  const fanOrigin = spec.tuning.fanOrigin ?? 1;
  const tendonArea = Math.PI * tendonSection.halfWidth * tendonSection.halfThickness;
  const tendonAspect = tendonSection.halfWidth / tendonSection.halfThickness;
  const out: Sections = {
    count: m,
    o: new Float64Array(m * 3),
    t: new Float64Array(m * 3),
    n: new Float64Array(m * 3),
    b: new Float64Array(m * 3),
    aspect: new Float64Array(m),
    r: new Float64Array(m),
    start: new Int32Array(m + 1),
    poly: new Float64Array(0),
    closed: new Uint8Array(m),
    reach: new Float64Array(m),
    belly: new Float64Array(m),
    area: new Float64Array(m),
  };
  const poly: number[] = [];
  for (let j = 0; j < m; j++) {
    const o = axis[j]!;
    const t = tangentAt(axis, j);
    const nn = width[j]!;
    const bb = cross3(t, nn);
    out.o.set(o, j * 3);
    out.t.set(t, j * 3);
    out.n.set(nn, j * 3);
    out.b.set(bb, j * 3);
    // Belly profile of each crossing fibre, and how far it is from its own ends.
    let carried = 0;
    let localW = 0;
    let local = 0;
    const here: { c: Crossing; k: number; p: number; entry: number }[] = [];
    crossings[j]!.forEach((c, k) => {
      if (!c) return;
      const l = lines[k]!;
      // A fibre running almost in the plane crosses it far off and unsteadily: it is not in this section.
      const ft = [0, 1, 2].map((i) => lerpArr(l.tangent, c.at, 3, i));
      if (Math.abs(dot(ft, t)) < 0.35) return;
      const p = lerpArr(l.profile, c.at);
      const s = lerpArr(l.s, c.at);
      const entry = smooth(Math.min(s - l.s[0]!, l.s[l.n - 1]! - s) / ENTRY);
      carried += (shares[k]! / total) * p * (single ? 1 : entry);
      local += shares[k]! * p;
      localW += shares[k]!;
      here.push({ c, k, p, entry });
    });
    const belly = localW > 0 ? local / localW : 0;
    const target = Math.max(tendonArea, area * carried);
    const aspect = single ? tendonAspect + (bellyAspect - tendonAspect) * smooth(belly / 0.5) : 1;
    const rEst = Math.sqrt(target / Math.PI);
    // Centre of the crossings, each weighted by how far it has come in from its fibre's ends, so a
    // fibre joining the section moves out from the middle instead of appearing at once.
    const centre = [0, 0, 0];
    let cw = 0;
    for (const h of here) {
      const w = shares[h.k]! * (single ? 1 : h.entry) + 1e-6;
      centre[0] = centre[0]! + h.c.x * w;
      centre[1] = centre[1]! + h.c.y * w;
      centre[2] = centre[2]! + h.c.z * w;
      cw += w;
    }
    for (let c = 0; c < 3; c++) centre[c] = centre[c]! / (cw || 1);
    const bn = away[j]!;
    const nb = Math.min(1, Math.hypot(bn[0]!, bn[1]!, bn[2]!));
    // The fibres' crossings kept off the bone, in order across the section, and their footprints on it.
    const order = [...here].sort((a, b) => along(a.c, o, nn) - along(b.c, o, nn));
    const tops: number[][] = [];
    const feet: number[][] = [];
    const spread = order.length > 1 ? dist3(order[0]!.c, order[order.length - 1]!.c) : 0;
    // A sheet's thickness, roughly, to size how far it is kept off the bone and how far it reaches down.
    const thick = spread > 0 ? Math.min(rEst, target / (2 * spread + 1e-9)) : rEst;
    const widen = 1 + (fanOrigin - 1) * (1 - j / Math.max(1, m - 1)) ** 2;
    for (const h of order) {
      const l = lines[h.k]!;
      const d = lerpArr(l.boneD, h.c.at);
      const shift = Math.max(0, push * thick - d) * nb;
      const c = [h.c.x + bn[0]! * shift, h.c.y + bn[1]! * shift, h.c.z + bn[2]! * shift];
      const e = (single ? 1 : h.entry) * widen;
      tops.push(c.map((v, i) => centre[i]! + (v - centre[i]!) * e));
      // Its footprint towards the bone: all the way down where the bone is within reach, else as far as
      // the reach (so the section changes smoothly as the bone comes and goes); none in tendon.
      const reach = Math.min(fill, 2.5 * thick) * smooth(h.p / 0.25) * nb;
      const down = Math.max(0, Math.min(d + shift, reach));
      const f = [c[0]! - bn[0]! * down, c[1]! - bn[1]! * down, c[2]! - bn[2]! * down];
      feet.push(f.map((v, i) => centre[i]! + (v - centre[i]!) * e));
    }
    const to2 = (p: number[]) => {
      const v = [p[0]! - o[0]!, p[1]! - o[1]!, p[2]! - o[2]!];
      return [dot(v, nn) / aspect, dot(v, bb)];
    };
    let h: number[][];
    let closed = true;
    let r = 0.0008;
    const need = target / aspect;
    if (!order.length) {
      // No fibre here (the stations just past the ends): nothing, so the body closes at its neighbours.
      h = [[0, 0]];
      r = -0.01;
    } else {
      h = hull([...tops, ...feet].map(to2));
      closed = h.length >= 3;
      const [ha, hp] = closed ? areaPerimeter(h) : [0, chainLength(h) * 2];
      // aspect × (A + P r + π r²) = target, for the rounding radius r.
      if (need > ha) r = Math.max(r, (-hp + Math.sqrt(hp * hp + 4 * Math.PI * (need - ha))) / (2 * Math.PI));
    }
    const [ha, hp] = closed ? areaPerimeter(h) : [0, chainLength(h) * 2];
    out.aspect[j] = aspect;
    out.closed[j] = closed ? 1 : 0;
    out.r[j] = r;
    out.belly[j] = belly;
    out.area[j] = aspect * (ha + hp * r + Math.PI * r * r);
    out.start[j] = poly.length / 2;
    let reach = 0;
    for (const q of h) {
      poly.push(q[0]!, q[1]!);
      reach = Math.max(reach, Math.hypot(q[0]! * aspect, q[1]!));
    }
    out.reach[j] = reach + r * aspect;
  }
  out.start[m] = poly.length / 2;
  out.poly = Float64Array.from(poly);
  return out;
}
