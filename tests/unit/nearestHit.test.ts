/**
 * The muscle bodies' picking hit test agrees with three.js's own raycast (front faces, nearest first) on
 * a closed, irregular surface from every side, and keeps to the ray's near and far limits.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { nearestHit, type RayHit } from '../../src/geometry/picking/nearestHit';

/** A lumpy closed body: an icosphere pushed in and out, like a muscle belly. */
function lumpy(): THREE.Mesh {
  const g = new THREE.IcosahedronGeometry(0.05, 4);
  const p = g.attributes.position!;
  for (let i = 0; i < p.count; i++) {
    const v = new THREE.Vector3().fromBufferAttribute(p, i);
    v.multiplyScalar(1 + 0.3 * Math.sin(v.x * 60) * Math.cos(v.y * 45) + 0.8 * Math.max(0, v.z * 10));
    p.setXYZ(i, v.x, v.y * 2.5, v.z);
  }
  const indexed = new THREE.BufferGeometry();
  indexed.setAttribute('position', p);
  indexed.setIndex([...Array(p.count).keys()]);
  return new THREE.Mesh(indexed, new THREE.MeshBasicMaterial());
}

let seed = 7;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

describe('nearest hit on a body', () => {
  it('finds the same nearest front face as three.js, from 300 rays all round', () => {
    const mesh = lumpy();
    const positions = mesh.geometry.attributes.position!.array as Float32Array;
    const index = mesh.geometry.index!.array;
    const out: RayHit = { distance: 0, triangle: 0 };
    let hits = 0;
    for (let k = 0; k < 300; k++) {
      const origin = new THREE.Vector3(random() - 0.5, random() - 0.5, random() - 0.5).setLength(0.4);
      const aim = new THREE.Vector3(random() - 0.5, random() - 0.5, random() - 0.5).multiplyScalar(0.1);
      const raycaster = new THREE.Raycaster(origin, aim.sub(origin).normalize());
      const truth = raycaster.intersectObject(mesh)[0];
      const o = raycaster.ray.origin;
      const d = raycaster.ray.direction;
      const found = nearestHit(o.x, o.y, o.z, d.x, d.y, d.z, positions, index, 0, Number.POSITIVE_INFINITY, out);
      expect(found, `ray ${k}`).toBe(truth !== undefined);
      if (!truth) continue;
      hits++;
      expect(out.distance).toBeCloseTo(truth.distance, 6);
      expect(out.triangle).toBe(truth.faceIndex);
    }
    expect(hits).toBeGreaterThan(150);
  });

  it('sees no back faces (from inside, nothing) and keeps to near and far', () => {
    const mesh = lumpy();
    const positions = mesh.geometry.attributes.position!.array as Float32Array;
    const index = mesh.geometry.index!.array;
    const out: RayHit = { distance: 0, triangle: 0 };
    expect(nearestHit(0, 0, 0, 1, 0, 0, positions, index, 0, Number.POSITIVE_INFINITY, out)).toBe(false);
    // From outside along −x: the front face first…
    expect(nearestHit(1, 0.01, 0.002, -1, 0, 0, positions, index, 0, Number.POSITIVE_INFINITY, out)).toBe(true);
    const first = out.distance;
    expect(first).toBeGreaterThan(0.9);
    expect(first).toBeLessThan(0.97);
    // …and nothing when it lies beyond `far` or before `near` (the far side faces away).
    expect(nearestHit(1, 0.01, 0.002, -1, 0, 0, positions, index, 0, first - 1e-6, out)).toBe(false);
    expect(nearestHit(1, 0.01, 0.002, -1, 0, 0, positions, index, first + 1e-6, 10, out)).toBe(false);
  });
});
