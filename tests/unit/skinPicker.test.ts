/**
 * Picking on the posed skin hits the skin where the GPU draws it: the picker's own skinning of quantized
 * positions, bone indices and weights agrees with three.js's, before and after three-mesh-bvh arrives,
 * and follows every new pose.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { loadBvh } from '../../src/scene/bvh';
import { makeSkinPickable } from '../../src/scene/skinPicker';
import { createFrameState } from '../../src/state/frame';

/** A bent strip of quads over two bones, stored as the model stores it: normalized 16-bit positions, 8-bit weights. */
function strip(): THREE.SkinnedMesh {
  const rows = 9;
  const pos = new Int16Array(rows * 2 * 3);
  const joints = new Uint8Array(rows * 2 * 4);
  const weights = new Uint8Array(rows * 2 * 4);
  const index: number[] = [];
  for (let r = 0; r < rows; r++) {
    const y = r / (rows - 1); // 0…1 m up the strip
    for (let s = 0; s < 2; s++) {
      const v = r * 2 + s;
      pos.set([Math.round((s - 0.5) * 0.2 * 32767), Math.round(y * 32767), 0], v * 3);
      // The lower bone carries the bottom, the upper the top, blended over the middle.
      const up = Math.min(1, Math.max(0, (y - 0.3) / 0.4));
      joints.set([0, 1, 0, 0], v * 4);
      weights.set([Math.round((1 - up) * 255), 255 - Math.round((1 - up) * 255), 0, 0], v * 4);
    }
    if (r > 0) {
      const a = (r - 1) * 2;
      index.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3, true));
  g.setAttribute('skinIndex', new THREE.BufferAttribute(joints, 4));
  g.setAttribute('skinWeight', new THREE.BufferAttribute(weights, 4, true));
  g.setIndex(index);
  const lower = new THREE.Bone();
  const upper = new THREE.Bone();
  upper.position.set(0, 0.5, 0);
  lower.add(upper);
  const mesh = new THREE.SkinnedMesh(g, new THREE.MeshBasicMaterial());
  // Bones beside the mesh, as in the body model; the mesh bound in one place and then moved, so that its
  // world matrix and its bind matrix differ (the skin's world transform counts).
  const root = new THREE.Group();
  root.add(mesh, lower);
  mesh.position.set(0.3, 0.1, -0.2);
  root.updateMatrixWorld(true);
  mesh.bind(new THREE.Skeleton([lower, upper]));
  // Detached: the bind matrix stays where it was bound (attached, three re-derives it from the world matrix).
  mesh.bindMode = THREE.DetachedBindMode;
  mesh.position.set(-0.1, 0.25, 0.05);
  mesh.rotation.set(0, 0.4, 0);
  root.updateMatrixWorld(true);
  return mesh;
}

/** Where three.js puts vertex i of the skin, in world space. */
function drawn(mesh: THREE.SkinnedMesh, i: number): THREE.Vector3 {
  return mesh.getVertexPosition(i, new THREE.Vector3()).applyMatrix4(mesh.matrixWorld);
}

/** The hit of a ray from in front, straight at the centre of triangle (a, b, c) as three.js poses it. */
function hitAtCentre(mesh: THREE.SkinnedMesh, [a, b, c]: number[]): { hit?: THREE.Vector3; centre: THREE.Vector3 } {
  mesh.skeleton.update();
  const centre = drawn(mesh, a!).add(drawn(mesh, b!)).add(drawn(mesh, c!)).divideScalar(3);
  const origin = centre.clone().add(new THREE.Vector3(0.05, 0.02, 2));
  const raycaster = new THREE.Raycaster(origin, centre.clone().sub(origin).normalize());
  const hits: THREE.Intersection[] = [];
  mesh.raycast(raycaster, hits);
  hits.sort((p, q) => p.distance - q.distance);
  return { hit: hits[0]?.point, centre };
}

describe('picking on the posed skin', () => {
  it('hits the skin where three.js skins it, in every pose, before and after the hierarchy arrives', async () => {
    const mesh = strip();
    const frame = createFrameState();
    makeSkinPickable(mesh, frame);
    const upper = mesh.skeleton.bones[1]!;
    // A blended triangle in the middle and one on the upper bone alone.
    const triangles = [
      [6, 7, 8],
      [14, 15, 16],
    ];
    const poses = [0, 0.6, -0.9, 1.2];
    for (const [k, angle] of poses.entries()) {
      if (k === 2) await loadBvh();
      upper.rotation.set(angle, 0, angle / 2);
      mesh.parent!.updateMatrixWorld(true);
      frame.version++;
      for (const t of triangles) {
        const { hit, centre } = hitAtCentre(mesh, t);
        expect(hit, `pose ${angle}, triangle ${t}`).toBeDefined();
        expect(hit!.distanceTo(centre), `pose ${angle}, triangle ${t}`).toBeLessThan(1e-4);
      }
    }
    expect(mesh.geometry.attributes.position!.array).toBeInstanceOf(Int16Array);
  });
});
