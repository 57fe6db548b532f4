/**
 * The skin in neutral standing, in world coordinates: computed once by skinning the mesh on the CPU
 * with the neutral frames (so it does not matter how the file quantised or bound it). Zones are painted
 * from these positions, and picks on the posed skin are mapped back to them.
 */
import * as THREE from 'three';
import { neutralFrames } from '../anatomy/model/kinematics';
import { SEGMENT_INDEX, isSegmentId } from '../anatomy/model/segments';
import { toMatrix4 } from './segmentMatrix';

export interface SkinBind {
  positions: Float32Array;
  normals: Float32Array;
}

export function neutralSkin(mesh: THREE.SkinnedMesh): SkinBind {
  const frames = neutralFrames();
  for (const b of mesh.skeleton.bones) {
    if (isSegmentId(b.name)) toMatrix4(frames[SEGMENT_INDEX[b.name]]!, b.matrix);
    b.matrixWorld.copy(b.matrix);
  }
  mesh.skeleton.update();
  const pos = mesh.geometry.attributes.position!;
  const positions = new Float32Array(pos.count * 3);
  const v = new THREE.Vector3();
  for (let i = 0; i < pos.count; i++) {
    mesh.getVertexPosition(i, v);
    v.applyMatrix4(mesh.matrix);
    positions.set([v.x, v.y, v.z], i * 3);
  }
  const normals = new Float32Array(pos.count * 3);
  const index = mesh.geometry.index!;
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  for (let t = 0; t < index.count; t += 3) {
    const ia = index.getX(t);
    const ib = index.getX(t + 1);
    const ic = index.getX(t + 2);
    a.fromArray(positions, ia * 3);
    b.fromArray(positions, ib * 3);
    c.fromArray(positions, ic * 3);
    const n = b.sub(a).cross(c.sub(a));
    for (const i of [ia, ib, ic]) {
      normals[i * 3] = normals[i * 3]! + n.x;
      normals[i * 3 + 1] = normals[i * 3 + 1]! + n.y;
      normals[i * 3 + 2] = normals[i * 3 + 2]! + n.z;
    }
  }
  for (let i = 0; i < normals.length; i += 3) {
    const l = Math.hypot(normals[i]!, normals[i + 1]!, normals[i + 2]!) || 1;
    normals[i] = normals[i]! / l;
    normals[i + 1] = normals[i + 1]! / l;
    normals[i + 2] = normals[i + 2]! / l;
  }
  return { positions, normals };
}
