/**
 * Framing a structure that is not a muscle: the corners of its box as drawn now (a nerve's tubes, a
 * ligament's band, a bone posed on its segment), read from the scene — cheaper than posing its paths
 * again, and it is what is on screen.
 */
import * as THREE from 'three';
import { corners } from './outlines';

/** The scene groups that draw structures other than muscles, by their object's name (the structure id). */
const GROUPS = ['structures', 'bones'] as const;

/** World xyz triples of the box corners of the object drawn for structure `id`, or null when not drawn. */
export function drawnBoxPoints(scene: THREE.Object3D, id: string): Float64Array | null {
  for (const name of GROUPS) {
    const group = scene.getObjectByName(name);
    const object = group?.getObjectByName(id);
    if (!group?.visible || !object?.visible) continue;
    object.updateWorldMatrix(true, false);
    const box = new THREE.Box3().setFromObject(object);
    if (!box.isEmpty()) return corners(box);
  }
  return null;
}
