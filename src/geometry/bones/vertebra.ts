/**
 * A vertebra (T11–L5) in its segment's frame (T11: the torso's), from spine.ts's level (body size, axis,
 * wedge, facet joints) and the vertebra's landmarks:
 * - a kidney-shaped body with a waist and rimmed endplates, wedged as spine.ts says;
 * - pedicles from the upper back of the body to the pedicle–lamina junction;
 * - superior articular processes rising from that junction, their facets (flat plates on the joint plane
 *   of spine.ts's FACET_JOINTS) turned back and in, the mammillary process on their back edge;
 * - laminae meeting behind the canal, with the inferior articular processes hanging from their lower
 *   corners into the superior processes of the bone below, a joint space of ≈ 1.5 mm between the plates;
 * - transverse processes, flattened front to back (L5's stout, from body and pedicle; T12's rudimentary);
 * - the spinous process as a plate: hatchet-shaped with a thick back border in the lumbar spine,
 *   sloping down at T11–T12.
 * Figures: Gray's Anatomy (42nd ed., the vertebral column); pedicle widths after Zindrick et al. 1987
 * (recalled: ≈ 8 mm at T11–L1 rising to ≈ 15 mm at L5).
 */
import {
  endplates,
  FACET_JOINT_SPACE,
  FACET_JOINTS,
  facetAbove,
  jointCentre,
  LUMBAR_LEVELS,
  levelOf,
  T11_T12,
} from '../../anatomy/model/spine';
import type { VertebraId } from '../../anatomy/model/segments';
import { L } from './landmarkAt';
import { bounded, capsule, ellipsoid, type Field, roundBox, type Shape, smin, subtract, symmetricZ, union } from './sdf';
import { sweep } from './sweep';
import { add, cross, frame, norm, scale, sub, type V3 } from './vec';

const deg = Math.PI / 180;

/** Pedicle half-width per vertebra (m). */
const PEDICLE: Record<VertebraId | 't11', number> = {
  t11: 0.0038,
  t12: 0.0039,
  l1: 0.0042,
  l2: 0.0045,
  l3: 0.005,
  l4: 0.006,
  l5: 0.0078,
};

/** Kidney-shaped body between two endplate planes: elliptic section with a flattened back, a waist, rounded rims. */
function body(c: V3, ant: V3, up: V3, h: number, depth: number, width: number, upper: Plane, lower: Plane): Shape {
  const ra = depth / 2;
  const rz = width / 2;
  const hh = h / 2;
  const f: Field = (x, y, z) => {
    const dx = x - c[0];
    const dy = y - c[1];
    const a = dx * ant[0] + dy * ant[1];
    const u = dx * up[0] + dy * up[1];
    // Waist: narrower at mid-height, the rims flaring a little beyond the nominal size.
    const t = Math.min(1, Math.abs(u) / hh);
    const s = 0.965 + 0.13 * t * t;
    const ea = a / (ra * s);
    const ez = z / (rz * s);
    const k = Math.sqrt(ea * ea + ez * ez);
    // The back wall is flat and slightly hollow in the middle (the front of the canal).
    const back = a + ra * 0.82 + 0.004 * (z / rz) ** 2;
    const sec = smin((1 - k) * Math.min(ra, rz) * s, back, 0.004);
    const cap = Math.min(
      -((x - upper.at[0]) * upper.n[0] + (y - upper.at[1]) * upper.n[1]),
      -((x - lower.at[0]) * lower.n[0] + (y - lower.at[1]) * lower.n[1]),
    );
    // Rounded intersection of section and endplates (radius 1.5 mm).
    const r = 0.0015;
    const p = Math.max(r - sec, 0);
    const q = Math.max(r - cap, 0);
    return Math.max(r, Math.min(sec, cap)) - Math.sqrt(p * p + q * q);
  };
  const m = Math.max(ra, rz, hh) + 0.004;
  return { f, lo: [c[0] - m * 1.5, c[1] - m * 1.5, -rz - 0.002], hi: [c[0] + m * 1.5, c[1] + m * 1.5, rz + 0.002] };
}

interface Plane {
  at: V3;
  n: V3;
}

/**
 * The joint space of a facet joint and what lies beyond it, near the joint: a box cut from the bone
 * whose articular plate lies on `side` of the joint plane, so that nothing of it (a root, a lamina, a
 * mammillary process) reaches into the joint space or the neighbour's articular process.
 */
export function beyondJoint(centre: V3, n: V3, up: V3, side: 1 | -1): Shape {
  // From 0.2 mm short of this side's joint face (FACET_JOINT_SPACE / 2 from the centre) outwards.
  const depth = 0.007;
  return roundBox(frame(add(centre, scale(n, -side * (depth - FACET_JOINT_SPACE / 2 + 0.0002))), n, up), [depth, 0.013, 0.011], 0.001);
}

/** An articular process's plate: a rounded slab lying on one side of a facet joint plane. */
function facetPlate(centre: V3, n: V3, up: V3, side: 1 | -1, half: V3): Shape {
  const o = add(centre, scale(n, side * (FACET_JOINT_SPACE / 2 + half[0])));
  return roundBox(frame(o, n, up), half, Math.min(half[0], 0.002));
}

export function vertebra(v: VertebraId | 't11'): Shape {
  const level = levelOf(v);
  const origin: V3 = v === 't11' ? (T11_T12 as unknown as V3) : (jointCentre(LUMBAR_LEVELS.find((l) => l.vertebra === v)!) as unknown as V3);
  const local = (p: readonly number[]): V3 => [p[0]! - origin[0], p[1]! - origin[1], p[2]!];
  const t = level.axisTilt * deg;
  const up: V3 = [Math.sin(t), Math.cos(t), 0];
  const ant: V3 = [Math.cos(t), -Math.sin(t), 0];
  const c = L(`${v}_body`);
  const { height: h, depth, width } = level.body;
  const d = depth / 2;
  /** A point at (anterior a, up u, lateral z) from the body centre. */
  const P = (a: number, u: number, z: number): V3 => [c[0] + ant[0] * a + up[0] * u, c[1] + ant[1] * a + up[1] * u, z];
  const rel = (id: string): V3 => {
    const p = sub(L(id), c);
    return [p[0] * ant[0] + p[1] * ant[1], p[0] * up[0] + p[1] * up[1], p[2]];
  };
  const lumbar = v !== 't12' && v !== 't11';
  const thoracic = v === 't11';
  const big = v === 'l5';
  const e = endplates(v);
  const plates = {
    upper: { at: local(e.upper.at), n: e.upper.n as unknown as V3 },
    lower: { at: local(e.lower.at), n: e.lower.n as unknown as V3 },
  };

  const pedZ = rel(`${v}_pedicle_r`)[2];
  const pw = PEDICLE[v];
  const uP = rel(`${v}_pedicle_r`)[1];
  const pedicle = sweep(
    [
      { at: P(-d + 0.004, uP, pedZ - 0.0015), a: pw + 0.0005, b: 0.0078 },
      { at: P(-d - 0.005, uP, pedZ), a: pw, b: 0.0068 },
      { at: P(-d - 0.012, uP - 0.001, pedZ + 0.0015), a: pw, b: 0.0072 },
    ],
    up,
  );
  /** Pedicle–lamina junction: the root of the articular and transverse processes. */
  const junction = P(-d - 0.013, uP - 0.001, pedZ + 0.0015);

  // Superior articular process: a plate on the lateral (anterior) side of the joint above.
  const above = facetAbove(v);
  const sN = above.normal as unknown as V3;
  const sUp = above.up as unknown as V3;
  const sC = local(above.centre);
  const supPlate = facetPlate(sC, sN, sUp, 1, [0.0026, 0.0078, 0.0068]);
  const supRoot = sweep(
    [
      { at: junction, a: pw, b: 0.006 },
      // Ends inside the plate, short of the joint face (root radius < its distance from the joint).
      { at: add(add(sC, scale(sN, 0.0058)), scale(sUp, -0.005)), a: 0.0035, b: 0.0055 },
    ],
    up,
  );
  const mammillary = lumbar ? ellipsoid(frame(L(`${v}_mammillary_r`), up, ant), [0.0055, 0.0045, 0.0042]) : undefined;

  // Inferior articular process: a plate on the medial (posterior) side of the joint below.
  const below = FACET_JOINTS.find((f) => f.upper === v)!;
  const iN = below.normal as unknown as V3;
  const iUp = below.up as unknown as V3;
  const iC = local(below.centre);
  const infPlate = facetPlate(iC, iN, iUp, -1, [0.0023, 0.0082, 0.0064]);

  // Lamina: a slab from the junction to the midline, its lower border more posterior (it slopes down and
  // back), reaching down to the inferior processes.
  const lamUp = norm(sub(scale(up, Math.cos(22 * deg)), scale(ant, Math.sin(22 * deg))));
  const mid = P(-d - 0.0205, uP - 0.004, 0);
  const lamina = sweep(
    [
      { at: add(junction, scale(lamUp, -0.002)), a: 0.0032, b: 0.0085 },
      { at: [(junction[0] + mid[0]) / 2 - ant[0] * 0.003, (junction[1] + mid[1]) / 2 - ant[1] * 0.003, (junction[2] + mid[2]) / 2], a: 0.0028, b: 0.009 },
      { at: mid, a: 0.003, b: 0.0095 },
    ],
    lamUp,
  );
  // From the lamina's lower lateral corner down to the inferior plate (the pars and the process).
  const lamCorner = add(P(-d - 0.017, uP - 0.011, pedZ - 0.002), scale(lamUp, -0.002));
  const infRoot = sweep(
    [
      { at: lamCorner, a: 0.0038, b: 0.005 },
      { at: add(add(iC, scale(iN, -0.0055)), scale(iUp, 0.004)), a: 0.0032, b: 0.005 },
    ],
    up,
  );

  // Spinous process: a plate in the midline from the laminae to the tip, its back border thickened.
  const tip = rel(`${v}_spinous`);
  const base = P(-d - 0.02, uP - 0.006, 0);
  const tipP = P(tip[0], tip[1], 0);
  const along = norm(sub(tipP, base));
  const side: V3 = [0, 0, 1];
  const height = norm(cross(side, along));
  const len = Math.hypot(tipP[0] - base[0], tipP[1] - base[1]);
  const tall = lumbar ? 0.0105 : 0.008;
  const spinous = union(
    0.004,
    roundBox(frame(add(base, scale(along, len / 2)), along, height), [len / 2, thoracic ? 0.0065 : 0.0085, 0.0028], 0.0025),
    // The posterior border, taller and thicker (the hatchet's blade).
    capsule(
      add(tipP, scale(height, tall - 0.004)),
      add(tipP, scale(height, -(tall - (thoracic ? 0.001 : 0.003)))),
      lumbar ? 0.0056 : 0.0042,
    ),
  );

  // Transverse process: flattened front to back, tapering to a blunt tip.
  const tpTip = rel(`${v}_transverse_tip_r`);
  const tpRoot = P(-d - 0.009, uP, pedZ + 0.003);
  // Lumbar transverse processes sweep a little back towards their tips.
  const tpEnd = P(tpTip[0] + (thoracic ? 0.003 : lumbar ? -0.004 : 0), tpTip[1], tpTip[2] - 0.004);
  const transverse = sweep(
    [
      { at: tpRoot, a: 0.004, b: big ? 0.0085 : lumbar ? 0.0065 : 0.0055 },
      {
        at: [(tpRoot[0] + tpEnd[0]) / 2 - ant[0] * 0.001, (tpRoot[1] + tpEnd[1]) / 2 - ant[1] * 0.001, (tpRoot[2] + tpEnd[2]) / 2],
        a: 0.003,
        b: big ? 0.0065 : lumbar ? 0.0052 : 0.0045,
      },
      { at: tpEnd, a: lumbar ? 0.0048 : 0.0045, b: lumbar ? 0.005 : 0.0045 },
    ],
    up,
  );
  // Accessory process: a small tubercle behind the root of the transverse process.
  const accessory = lumbar ? ellipsoid(frame(P(-d - 0.019, uP - 0.003, pedZ + 0.009), up, ant), [0.0035, 0.0035, 0.003]) : undefined;

  const parts: Shape[] = [pedicle, supRoot, lamina, infRoot, transverse];
  if (mammillary) parts.push(mammillary);
  if (accessory) parts.push(accessory);
  if (big) {
    // L5's stout transverse processes also arise from the side of the body.
    parts.push(
      sweep(
        [
          { at: P(-d + 0.01, uP - 0.002, 0.021), a: 0.006 },
          { at: P(tpTip[0] + 0.004, tpTip[1], tpTip[2] - 0.008), a: 0.005 },
        ],
        up,
      ),
    );
  }
  const processes = union(0.003, ...parts);
  // The articular plates join with a small blend, so their joint faces stay flat; nothing crosses a joint.
  const half = subtract(
    0.001,
    union(0.0018, processes, supPlate, infPlate),
    beyondJoint(sC, sN, sUp, 1),
    beyondJoint(iC, iN, iUp, -1),
  );
  return bounded(
    union(0.0035, body(c, ant, up, h, depth, width, plates.upper, plates.lower), spinous, symmetricZ(half)),
  );
}
