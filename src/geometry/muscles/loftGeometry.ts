/** A three.js geometry over a muscle loft's own buffers: positions and normals change in place each pose. */
import * as THREE from 'three';
import type { MuscleLoft } from './loft';

export function loftGeometry(loft: MuscleLoft): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(loft.positions, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('normal', new THREE.BufferAttribute(loft.normals, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('uv', new THREE.BufferAttribute(loft.uvs, 2));
  g.setAttribute('belly', new THREE.BufferAttribute(loft.belly, 1));
  g.setIndex(new THREE.BufferAttribute(loft.indices, 1));
  return g;
}

/** After loft.update(): tell three the buffers changed. */
export function markLoftChanged(g: THREE.BufferGeometry): void {
  g.attributes.position!.needsUpdate = true;
  g.attributes.normal!.needsUpdate = true;
  g.computeBoundingSphere();
}
