/**
 * The muscle bodies as shipped (public/models/muscles.glb), loaded in Node the way the app binds them
 * (for tests and tools): each node's mesh in the ground frame through its world matrix (left nodes
 * mirror their right twin), bound to its fibres' rows of one poser of every muscle's paths.
 */
import { readFileSync } from 'node:fs';
import * as THREE from 'three';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { neutralFrames } from '../../src/anatomy/model/kinematics';
import { MUSCLES, type Muscle } from '../../src/anatomy/muscles/catalog';
import { type BoundBody, boundBody } from '../../src/geometry/bodies/bodyGeometry';
import { PathPoser } from '../../src/geometry/bodies/pathPoser';
import { readGlb } from './gltf';

export interface LoadedBody {
  muscle: Muscle;
  rows: number[];
  bound: BoundBody;
  indices: Uint32Array;
  tendon: Float32Array;
}

export interface LoadedBodies {
  poser: PathPoser;
  bodies: LoadedBody[];
}

export async function loadMuscleBodies(file = 'public/models/muscles.glb'): Promise<LoadedBodies> {
  const doc = await readGlb(new Uint8Array(readFileSync(file)));
  const nodes = new Map(
    doc
      .getRoot()
      .listNodes()
      .map((n) => [n.getName(), n]),
  );
  const poser = new PathPoser(
    MUSCLES.flatMap((m) => m.fibres),
    neutralFrames(),
    neutralPose(),
  );
  const bodies: LoadedBody[] = [];
  let row = 0;
  for (const muscle of MUSCLES) {
    const rows = muscle.fibres.map((_, k) => row + k);
    row += muscle.fibres.length;
    const node = nodes.get(muscle.id);
    const prim = node?.getMesh()?.listPrimitives()[0];
    if (!node || !prim) continue;
    const g = new THREE.BufferGeometry();
    const e: number[] = [];
    for (const [name, semantic] of [
      ['position', 'POSITION'],
      ['normal', 'NORMAL'],
      ['_tendon', '_TENDON'],
      ['_occlusion', '_OCCLUSION'],
    ] as const) {
      const a = prim.getAttribute(semantic);
      if (!a) continue;
      const size = a.getElementSize();
      const out = new Float32Array(a.getCount() * size);
      for (let i = 0; i < a.getCount(); i++) {
        a.getElement(i, e);
        for (let c = 0; c < size; c++) out[i * size + c] = e[c]!;
      }
      g.setAttribute(name, new THREE.BufferAttribute(out, size));
    }
    g.setIndex(new THREE.BufferAttribute(Uint32Array.from(prim.getIndices()!.getArray()!), 1));
    const mesh = new THREE.Mesh(g);
    mesh.matrixAutoUpdate = false;
    mesh.matrix.fromArray(node.getWorldMatrix());
    mesh.matrixWorldNeedsUpdate = true;
    const bound = boundBody(mesh, rows, poser.restStations);
    poser.addBody(muscle.id, rows);
    bodies.push({
      muscle,
      rows,
      bound,
      indices: bound.geometry.index!.array as Uint32Array,
      tendon: bound.geometry.attributes._tendon!.array as Float32Array,
    });
  }
  return { poser, bodies };
}
