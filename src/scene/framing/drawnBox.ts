/**
 * Framing a structure that is not a muscle: the corners of its box as drawn now (a nerve's tubes, a
 * ligament's band), read from the scene — cheaper than posing its paths again, and it is what is on screen.
 */
import * as THREE from 'three';
import { corners } from './outlines';

/** World xyz triples of the box corners of the object drawn for `id` under `group`, or null when not drawn. */
export function drawnBoxPoints(scene: THREE.Object3D, group: string, id: string): Float64Array | null {
  const object = scene.getObjectByName(group)?.getObjectByName(id);
  if (!object?.visible) return null;
  const box = new THREE.Box3().setFromObject(object);
  return box.isEmpty() ? null : corners(box);
}
