/**
 * A lumbar (or T12) vertebra in its own segment frame, from spine.ts's level (body size, tilt) and the
 * vertebra's landmarks: a kidney-shaped body with a waist and rimmed endplates; pedicles; laminae
 * meeting in a hatchet-shaped spinous process; transverse processes; superior articular processes
 * (facing back and in, with the mammillary process on their back edge) and inferior articular processes
 * (facing out and forward) that sit inside the superior processes of the vertebra below.
 */
import { LUMBAR_LEVELS } from '../../anatomy/model/spine';
import { VERTEBRAE, type VertebraId } from '../../anatomy/model/segments';
import { L } from './landmarkAt';
import { bounded, ellipsoid, type Field, type Shape, smin, symmetricZ, union } from './sdf';
import { sweep } from './sweep';
import { frame, sub, type V3 } from './vec';

const deg = Math.PI / 180;

/** Kidney-shaped body: elliptic section with a flattened, slightly concave back, a waist, rounded rims. */
function body(c: V3, ant: V3, up: V3, h: number, depth: number, width: number): Shape {
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
    // Section: ellipse, its back pushed in by a shallow notch (the front wall of the canal).
    const ea = a / (ra * s);
    const ez = z / (rz * s);
    const k = Math.sqrt(ea * ea + ez * ez);
    // The back wall is flat and slightly hollow in the middle (the front of the canal).
    const back = a + ra * 0.82 + 0.004 * (z / rz) ** 2;
    const sec = smin((1 - k) * Math.min(ra, rz) * s, back, 0.004);
    const cap = hh - Math.abs(u);
    // Rounded intersection of section and endplates (radius 1.5 mm).
    const r = 0.0015;
    const p = Math.max(r - sec, 0);
    const q = Math.max(r - cap, 0);
    return Math.max(r, Math.min(sec, cap)) - Math.sqrt(p * p + q * q);
  };
  const m = Math.max(ra, rz, hh) + 0.002;
  return { f, lo: [c[0] - m * 1.5, c[1] - m * 1.5, -rz - 0.002], hi: [c[0] + m * 1.5, c[1] + m * 1.5, rz + 0.002] };
}

export function vertebra(v: VertebraId): Shape {
  const i = VERTEBRAE.indexOf(v);
  const level = LUMBAR_LEVELS[i]!;
  const t = level.axisTilt * deg;
  const up: V3 = [Math.sin(t), Math.cos(t), 0];
  const ant: V3 = [Math.cos(t), -Math.sin(t), 0];
  const c = L(`${v}_body`);
  const { height: h, depth, width } = level.body;
  const d = depth / 2;
  /** A point at (anterior a, up u, lateral z) from the body centre. */
  const P = (a: number, u: number, z: number): V3 => [c[0] + ant[0] * a + up[0] * u, c[1] + ant[1] * a + up[1] * u, z];
  const rel = (id: string): [number, number, number] => {
    const p = sub(L(id), c);
    return [p[0] * ant[0] + p[1] * ant[1], p[0] * up[0] + p[1] * up[1], p[2]];
  };
  const spinous = rel(`${v}_spinous`);
  const tpTip = rel(`${v}_transverse_tip_r`);
  const lumbar = v !== 't12';
  const big = v === 'l5';

  const pedicle = sweep(
    [
      { at: P(-d + 0.004, 0.002, 0.0155), a: big ? 0.0068 : 0.0056, b: 0.0075 },
      { at: P(-d - 0.008, 0.002, 0.017), a: big ? 0.0062 : 0.0052, b: 0.0072 },
      { at: P(-d - 0.016, 0.0, 0.017), a: 0.0055, b: 0.0075 },
    ],
    up,
  );
  const lamina = sweep(
    [
      { at: P(-d - 0.016, 0.0, 0.0165), a: 0.0052, b: 0.008 },
      { at: P(-d - 0.022, -0.004, 0.01), a: 0.0052, b: 0.0095 },
      { at: P(-d - 0.027, -0.006, 0.003), a: 0.0048, b: 0.0105 },
    ],
    up,
  );
  // Spinous process: a tall, thin, hatchet-shaped plate with a thickened back border.
  const spine = union(
    0.004,
    sweep(
      [
        { at: P(-d - 0.026, -0.004, 0), a: 0.003, b: 0.0105 },
        { at: P((-d - 0.026 + spinous[0]) / 2, (spinous[1] - 0.004) / 2, 0), a: 0.0026, b: 0.011 },
        { at: P(spinous[0] + 0.006, spinous[1] + 0.001, 0), a: 0.003, b: 0.011 },
      ],
      up,
    ),
    ellipsoid(frame(P(spinous[0] - 0.001, spinous[1] + 0.001, 0), up, ant), [0.0115, 0.005, 0.0058]),
  );
  // Transverse processes: flattened front to back, tapering to a blunt tip.
  const transverse = sweep(
    [
      { at: P(-d - 0.011, 0.002, 0.015), a: 0.0045, b: big ? 0.0085 : 0.0065 },
      { at: P(-d - 0.012, 0.002, (0.016 + tpTip[2]) / 2), a: 0.003, b: big ? 0.0065 : 0.0052 },
      { at: P(tpTip[0] - 0.004, tpTip[1], tpTip[2] - 0.004), a: 0.0046, b: lumbar ? 0.005 : 0.0042 },
    ],
    up,
  );
  // Superior articular process: a vertical plate rising from the pedicle behind the body, its facet
  // (inner face) turned back and in; the mammillary process bulges from its back edge.
  // Both articular plates run from front-medial to back-lateral, parallel to the facet joint.
  const joint: V3 = [-ant[0] * 0.8, -ant[1] * 0.8, 1];
  const superior = ellipsoid(frame(P(-d - 0.02, h / 2 - 0.002, 0.021), up, joint), [0.0105, 0.008, 0.0035]);
  const mammillary = ellipsoid(frame(P(-d - 0.032, h / 2 - 0.003, 0.022), up, ant), [0.0055, 0.0055, 0.0035]);
  // Inferior articular process: hangs from the lamina, facet turned out and forwards.
  const inferior = ellipsoid(frame(P(-d - 0.023, -h / 2 - 0.004, 0.0135), up, joint), [0.0105, 0.0075, 0.0035]);
  const parts: Shape[] = [pedicle, lamina, transverse, superior, mammillary, inferior];
  if (big) {
    // L5's stout transverse processes also arise from the side of the body.
    parts.push(
      sweep(
        [
          { at: P(-d + 0.01, 0.0, 0.02), a: 0.006 },
          { at: P(tpTip[0] + 0.004, tpTip[1], tpTip[2] - 0.008), a: 0.005 },
        ],
        up,
      ),
    );
  }
  const half = union(0.003, ...parts);
  return bounded(union(0.0035, body(c, ant, up, h, depth, width), spine, symmetricZ(half)));
}
