/**
 * The path-bound body builder: a spec (fibres, shape class, size) → a rest-pose triangle mesh in the
 * ground frame. The body's field (fibres and webs, field.ts) is cut back from the bones and from the
 * bodies lying deep to it; for a target volume its thickness is solved (secant on log size) so the
 * enclosed volume matches; then the surface is extracted (manifold-3d level set), simplified
 * (meshoptimizer) and given normals from the field and a tendon weight per vertex (1 = tendon or
 * aponeurosis, 0 = fleshy belly) from the belly profile of the fibres it lies on.
 */
import type { BodySpec } from '../../../src/geometry/bodies/spec';
import { meshVolume } from '../../../src/geometry/bodies/measure';
import { levelSet, simplify, type TriMesh } from '../mesh';
import { boneField } from './boneShell';
import { type FibreLine, fibreLines } from './fibreLines';
import { SectionField } from './sectionField';
import { buildSections, type SectionInputs, sectionInputs } from './sections';
import { SheetField, type SheetInputs, sheetInputs } from './sheet';

/** Sections less fleshy than this are tendon (the `_TENDON` weight crosses ½ there). */
const TENDON_BELLY = 0.35 / 2;

/** Where along the way from a body's core to a point the bone is looked for. */
const BEHIND = [0.4, 0.6, 0.8];

/** Gap kept between a body and the bone beneath, and between stacked bodies, metres. */
const BONE_GAP = 0.0008;
const BODY_GAP = 0.0012;

export type Field = (x: number, y: number, z: number) => number;

export interface BuiltBody {
  id: string;
  mesh: TriMesh;
  normals: Float32Array;
  /** Per vertex, 0 = fleshy belly … 1 = tendon or aponeurosis. */
  tendon: Float32Array;
  volume: number;
  /** Target (fleshy) volume, when the spec gives one. */
  target?: number;
  /** Fleshy volume, by the build's grid estimate. */
  fleshy: number;
  /** The solved size: full-belly cross-section (m²) of a body of sections, half-thickness (m) of a layer. */
  size: number;
  /** The body's own field (before cutting), so bodies built over it can be moulded to it. */
  field: Field;
  seconds: number;
}

/** The body's own shape: its field, how fleshy it is near a point, and its box. */
interface Own {
  value(x: number, y: number, z: number): number;
  bellyAt(x: number, y: number, z: number): number;
  /** The point of the body's core (line of action or mid-surface) a point belongs to. */
  anchor(x: number, y: number, z: number, out: number[]): boolean;
  min: [number, number, number];
  max: [number, number, number];
}

interface Shaped {
  own: Own;
  field: Field;
}

/** What shapes a body: sections across its line of action, or (fans and sheets of several fibres) a layer. */
type Inputs = { kind: 'sections'; sections: SectionInputs } | { kind: 'sheet'; sheet: SheetInputs };

function inputsFor(spec: BodySpec, lines: FibreLine[]): Inputs {
  const layer = (spec.shape === 'fan' || spec.shape === 'sheet') && lines.length > 1;
  return layer
    ? { kind: 'sheet', sheet: sheetInputs(spec, lines) }
    : { kind: 'sections', sections: sectionInputs(spec, lines) };
}

function shape(spec: BodySpec, lines: FibreLine[], inputs: Inputs, size: number, under: Field[]): Shaped {
  const own: Own =
    inputs.kind === 'sheet'
      ? new SheetField(spec, inputs.sheet, size)
      : new SectionField(buildSections(spec, lines, inputs.sections, size));
  const a = [0, 0, 0];
  const field: Field = (x, y, z) => {
    let v = own.value(x, y, z);
    if (v < -0.01) return v;
    v = Math.min(v, -boneField(x, y, z) - BONE_GAP);
    for (const g of under) v = Math.min(v, -g(x, y, z) - BODY_GAP);
    // Nothing behind a bone: a thin plate (the iliac wing) must not let the body through to its far side.
    if (v > -0.004 && own.anchor(x, y, z, a) && boneField(a[0]!, a[1]!, a[2]!) < 0) {
      for (const t of BEHIND) {
        if (boneField(a[0]! + (x - a[0]!) * t, a[1]! + (y - a[1]!) * t, a[2]! + (z - a[2]!) * t) > 0.0005) return Math.min(v, -0.001);
      }
    }
    return v;
  };
  return { own, field };
}

/**
 * Fleshy volume inside a field (grid count at `edge`), m³: cells inside whose sections are more belly
 * than tendon (tendons and aponeuroses are not part of PCSA × fibre length).
 */
function gridVolume(s: Shaped, edge: number): number {
  const { min, max } = s.own;
  let inside = 0;
  for (let x = min[0] + edge / 2; x < max[0]; x += edge) {
    for (let y = min[1] + edge / 2; y < max[1]; y += edge) {
      for (let z = min[2] + edge / 2; z < max[2]; z += edge) {
        if (s.field(x, y, z) > 0 && s.own.bellyAt(x, y, z) >= TENDON_BELLY) inside++;
      }
    }
  }
  return inside * edge ** 3;
}

function meshArea(m: TriMesh): number {
  const p = m.positions;
  let area = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = m.indices[t]! * 3;
    const b = m.indices[t + 1]! * 3;
    const c = m.indices[t + 2]! * 3;
    const ux = p[b]! - p[a]!;
    const uy = p[b + 1]! - p[a + 1]!;
    const uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!;
    const vy = p[c + 1]! - p[a + 1]!;
    const vz = p[c + 2]! - p[a + 2]!;
    area += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
  }
  return area;
}

/** Solve the full-belly cross-section for the target volume (grid estimate), starting from a guess. */
function solveSize(spec: BodySpec, lines: FibreLine[], inputs: Inputs, target: number, under: Field[]): number {
  const mean = lines.reduce((n, l) => n + l.length, 0) / lines.length;
  const edge = Math.min(0.003, Math.max(0.0015, Math.cbrt(target) / 14));
  // A first guess: a cross-section of volume ÷ length, or a layer of that area over its width.
  let s0 = inputs.kind === 'sheet' ? target / mean / (2 * sheetWidth(inputs.sheet)) : target / mean;
  let v0 = gridVolume(shape(spec, lines, inputs, s0, under), edge);
  let s1 = s0 * (target / Math.max(v0, 1e-9));
  for (let i = 0; i < 10; i++) {
    const v1 = gridVolume(shape(spec, lines, inputs, s1, under), edge);
    if (Math.abs(v1 / target - 1) < 0.015) return s1;
    const slope = Math.log(v1 / v0) / Math.log(s1 / s0);
    // Where the size barely changes the volume, the body's shape is set by its fibres and footprints.
    if (Number.isFinite(slope) && slope < 0.05) return v1 > target ? Math.min(s0, s1) : Math.max(s0, s1);
    const k = Number.isFinite(slope) && slope > 0.2 ? slope : 1;
    const next = s1 * Math.exp(Math.log(target / v1) / k);
    s0 = s1;
    v0 = v1;
    s1 = Math.min(next, s1 * 3);
  }
  return s1;
}

async function extract(spec: BodySpec, s: Shaped, edge: number): Promise<{ mesh: TriMesh; area: number }> {
  const m = 2 * edge;
  const { min, max } = s.own;
  const raw = await levelSet(s.field, [min[0] - m, min[1] - m, min[2] - m], [max[0] + m, max[1] + m, max[2] + m], edge);
  const area = meshArea(raw);
  const budget = spec.tuning.triangles ?? Math.round(Math.min(900, Math.max(200, area * 2e4)));
  const mesh = await simplify(raw, budget, 0.0015);
  return { mesh, area };
}

function fieldNormals(f: Field, positions: Float32Array): Float32Array {
  const h = 0.0004;
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    const gx = f(x - h, y, z) - f(x + h, y, z);
    const gy = f(x, y - h, z) - f(x, y + h, z);
    const gz = f(x, y, z - h) - f(x, y, z + h);
    const l = Math.hypot(gx, gy, gz) || 1;
    out[i] = gx / l;
    out[i + 1] = gy / l;
    out[i + 2] = gz / l;
  }
  return out;
}

/** A layer's width: the mean distance across its grid. */
function sheetWidth(g: SheetInputs): number {
  let w = 0;
  for (let c = 0; c < g.cols; c++) {
    const a = c * 3;
    const b = ((g.rows - 1) * g.cols + c) * 3;
    w += Math.hypot(
      g.points[a]! - g.points[b]!,
      g.points[a + 1]! - g.points[b + 1]!,
      g.points[a + 2]! - g.points[b + 2]!,
    );
  }
  return Math.max(0.01, w / g.cols);
}

/** Tendon weight per vertex: from the belly-ness of the body where it lies. */
function tendonWeights(s: Shaped, positions: Float32Array): Float32Array {
  const out = new Float32Array(positions.length / 3);
  for (let v = 0; v < out.length; v++) {
    const belly = s.own.bellyAt(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!);
    const t = Math.min(1, belly / 0.35);
    out[v] = 1 - t * t * (3 - 2 * t);
  }
  return out;
}

export async function buildBody(spec: BodySpec, under: Field[] = []): Promise<BuiltBody> {
  const started = Date.now();
  const lines = fibreLines(spec);
  const inputs = inputsFor(spec, lines);
  const target = 'volume' in spec.size ? spec.size.volume : undefined;
  const half = 'halfThickness' in spec.size ? spec.size.halfThickness : 0;
  const fixed = inputs.kind === 'sheet' ? half : Math.PI * half * half;
  const scale = target !== undefined ? solveSize(spec, lines, inputs, target, under) : fixed;
  const thickness = inputs.kind === 'sheet' ? scale : Math.sqrt(scale / Math.PI);
  const edge = spec.tuning.edge ?? Math.min(0.0026, Math.max(0.0013, thickness / 5));
  const s = shape(spec, lines, inputs, scale, under);
  const { mesh } = await extract(spec, s, edge);
  const volume = meshVolume(mesh.positions, mesh.indices);
  return {
    id: spec.id,
    mesh,
    normals: fieldNormals(s.field, mesh.positions),
    tendon: tendonWeights(s, mesh.positions),
    volume,
    fleshy: gridVolume(s, Math.min(0.002, edge)),
    ...(target !== undefined ? { target } : {}),
    size: scale,
    field: (x, y, z) => s.own.value(x, y, z),
    seconds: (Date.now() - started) / 1000,
  };
}
