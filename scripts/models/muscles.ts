/**
 * Muscle bodies for public/models/muscles.glb: every right-side muscle built by the path-bound body
 * builder (bodies deep to another first, so it can be moulded over them); each left muscle is a node
 * sharing its right twin's mesh, mirrored by a scale of −1 in z. Vertex data: positions and normals in
 * the ground frame of the neutral pose, `_TENDON` (0 belly … 1 tendon / aponeurosis) and `_OCCLUSION`
 * (ambient occlusion, 0 open … 1 enclosed).
 */
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { muscleBodySpec } from '../../src/geometry/muscles/bodyShapes';
import type { BodySpec } from '../../src/geometry/bodies/spec';
import { type InstancePart, type MeshPart, toBytes } from './gltf';
import { frontOfLigament } from './bodies/beneathLigament';
import { type BuiltBody, buildBody, type Field } from './bodies/build';

/** Right-side muscles, each after the ones it lies over. */
function buildOrder(only?: readonly string[]) {
  const right = MUSCLES.filter((m) => m.side === 'r' && (!only || only.includes(m.id) || only.includes(m.name)));
  const specs = new Map<string, BodySpec>(right.map((m) => [m.id, muscleBodySpec(m)]));
  const order: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (order.includes(id) || !specs.has(id)) return;
    if (path.includes(id))
      throw new Error(`muscle bodies lie over each other in a circle: ${[...path, id].join(' → ')}`);
    for (const under of specs.get(id)!.tuning.over) visit(under, [...path, id]);
    order.push(id);
  };
  for (const m of right) visit(m.id, []);
  return order.map((id) => specs.get(id)!);
}

export async function buildMuscleBodies(only?: readonly string[], log = false): Promise<BuiltBody[]> {
  const built = new Map<string, BuiltBody>();
  for (const spec of buildOrder(only)) {
    const under: Field[] = spec.tuning.over.flatMap((id) => {
      const b = built.get(id);
      return b ? [b.field] : [];
    });
    // The space in front of a ligament it passes beneath is kept clear like a body it lies over.
    for (const id of spec.tuning.beneath ?? []) under.push(frontOfLigament(id));
    const body = await buildBody(spec, under);
    built.set(spec.id, body);
    if (log) {
      const v = (x: number) => (x * 1e6).toFixed(0);
      console.log(
        `${spec.id}: ${v(body.volume)} cm³, fleshy ${v(body.fleshy)} (target ${v(body.target ?? 0)}), size ${body.size.toPrecision(3)}, ${body.mesh.indices.length / 3} triangles, ${body.seconds.toFixed(1)} s`,
      );
    }
  }
  // In catalog order, so the file lists muscles as the app does.
  return MUSCLES.flatMap((m) => (built.has(m.id) ? [built.get(m.id)!] : []));
}

/** glTF parts: the right bodies, then each left muscle as a mirrored instance of its right twin. */
export function muscleParts(
  bodies: readonly BuiltBody[],
  occlusion: ReadonlyMap<string, Float32Array>,
): (MeshPart | InstancePart)[] {
  const parts: (MeshPart | InstancePart)[] = bodies.map((b) => ({
    name: b.id,
    positions: b.mesh.positions,
    normals: b.normals,
    indices: b.mesh.indices,
    attributes: {
      _TENDON: { array: toBytes(b.tendon), itemSize: 1 },
      _OCCLUSION: { array: toBytes(occlusion.get(b.id) ?? new Float32Array(b.tendon.length)), itemSize: 1 },
    },
  }));
  for (const b of bodies) {
    parts.push({ name: b.id.replace(/_r$/, '_l'), instanceOf: b.id, scale: [1, 1, -1] });
  }
  return parts;
}
