/**
 * A rest-pose body from the models file as a three.js geometry bound to its fibres: positions and normals
 * in the ground frame of the neutral pose (a mirrored node — a left muscle drawn from its right twin — is
 * flipped here, winding included), its tendon and occlusion weights, and the binding attributes the
 * vertex shader reads: `aBind` (row A, station coordinate A, row B, station coordinate B), `aWeight`,
 * `aOffA`, `aOffB`, and `aFibre`, the rest direction of the fibres it follows (for the striation).
 */
import * as THREE from 'three';
import { type Binding, bindVertices } from './binding';
import { STATIONS } from './pathPoser';

/** Plain float copy of a (possibly quantized, normalised) attribute. */
function floats(a: THREE.BufferAttribute | THREE.InterleavedBufferAttribute): Float32Array {
  const out = new Float32Array(a.count * a.itemSize);
  for (let i = 0; i < a.count; i++) for (let c = 0; c < a.itemSize; c++) out[i * a.itemSize + c] = a.getComponent(i, c);
  return out;
}

export interface BoundBody {
  geometry: THREE.BufferGeometry;
  binding: Binding;
  /** Rest positions and normals, ground frame. */
  positions: Float32Array;
  normals: Float32Array;
}

/**
 * The body of a mesh node (as loaded, with its world matrix) bound to rows `rows` of a poser whose rest
 * stations are `restStations`.
 */
export function boundBody(node: THREE.Mesh, rows: readonly number[], restStations: Float64Array): BoundBody {
  node.updateWorldMatrix(true, false);
  const m = node.matrixWorld;
  const source = node.geometry;
  const positions = floats(source.attributes.position!);
  const normals = floats(source.attributes.normal!);
  const v = new THREE.Vector3();
  const nm = new THREE.Matrix3().getNormalMatrix(m);
  for (let i = 0; i < positions.length; i += 3) {
    v.fromArray(positions, i).applyMatrix4(m).toArray(positions, i);
    v.fromArray(normals, i).applyMatrix3(nm).normalize().toArray(normals, i);
  }
  const index = Uint32Array.from(source.index!.array);
  if (m.determinant() < 0) {
    for (let t = 0; t < index.length; t += 3) [index[t + 1], index[t + 2]] = [index[t + 2]!, index[t + 1]!];
  }
  const binding = bindVertices(positions, rows, restStations);
  const g = new THREE.BufferGeometry();
  g.setIndex(new THREE.BufferAttribute(index, 1));
  g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  g.setAttribute('aBind', new THREE.BufferAttribute(binding.bind, 4));
  g.setAttribute('aWeight', new THREE.BufferAttribute(binding.weight, 1));
  g.setAttribute('aOffA', new THREE.BufferAttribute(binding.offsetA, 3));
  g.setAttribute('aOffB', new THREE.BufferAttribute(binding.offsetB, 3));
  g.setAttribute('aFibre', new THREE.BufferAttribute(fibreDirections(binding, restStations), 3));
  for (const name of ['_tendon', '_occlusion']) {
    const a = source.attributes[name];
    g.setAttribute(name, new THREE.BufferAttribute(a ? floats(a) : new Float32Array(binding.count), 1));
  }
  return { geometry: g, binding, positions, normals };
}

/** Rest direction of the fibres each vertex follows (blended as the vertex is). */
function fibreDirections(b: Binding, stations: Float64Array): Float32Array {
  const out = new Float32Array(b.count * 3);
  const add = (row: number, x: number, w: number, o: number) => {
    const i = Math.min(STATIONS - 2, Math.max(0, Math.floor(x)));
    const a = (row * STATIONS + i) * 3;
    const dx = stations[a + 3]! - stations[a]!;
    const dy = stations[a + 4]! - stations[a + 1]!;
    const dz = stations[a + 5]! - stations[a + 2]!;
    const l = Math.hypot(dx, dy, dz) || 1;
    out[o] = out[o]! + (w * dx) / l;
    out[o + 1] = out[o + 1]! + (w * dy) / l;
    out[o + 2] = out[o + 2]! + (w * dz) / l;
  };
  for (let v = 0; v < b.count; v++) {
    const w = b.weight[v]!;
    add(b.bind[v * 4]!, b.bind[v * 4 + 1]!, w, v * 3);
    add(b.bind[v * 4 + 2]!, b.bind[v * 4 + 3]!, 1 - w, v * 3);
    const l = Math.hypot(out[v * 3]!, out[v * 3 + 1]!, out[v * 3 + 2]!) || 1;
    out[v * 3] = out[v * 3]! / l;
    out[v * 3 + 1] = out[v * 3 + 1]! / l;
    out[v * 3 + 2] = out[v * 3 + 2]! / l;
  }
  return out;
}
