/**
 * The skin in neutral standing, in world coordinates: computed once by skinning the mesh on the CPU
 * with the neutral frames (so it does not matter how the file quantised or bound it). Zones are painted
 * from these positions, and picks on the posed skin are mapped back to them.
 */
import * as THREE from 'three';
import { neutralFrames } from '../anatomy/model/kinematics';
import { SEGMENT_INDEX, isSegmentId } from '../anatomy/model/segments';
import { vertexNormalsInto } from '../geometry/normals';
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
  const normals = vertexNormalsInto(positions, mesh.geometry.index!.array, new Float32Array(pos.count * 3));
  return { positions, normals };
}
