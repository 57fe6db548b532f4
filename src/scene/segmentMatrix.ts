/** Our rigid transforms (row-major 3×3 + translation) as three.js matrices. */
import type * as THREE from 'three';
import type { Transform } from '../anatomy/math/transform';

export function toMatrix4(t: Transform, out: THREE.Matrix4): THREE.Matrix4 {
  return out.set(t[0]!, t[1]!, t[2]!, t[9]!, t[3]!, t[4]!, t[5]!, t[10]!, t[6]!, t[7]!, t[8]!, t[11]!, 0, 0, 0, 1);
}
