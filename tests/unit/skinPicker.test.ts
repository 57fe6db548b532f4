/**
 * Picking on the posed skin hits the skin where the GPU draws it: the picker's own skinning of quantized
 * positions, bone indices and weights agrees with three.js's, follows every new pose, and reports the face
 * and barycentric weights that the pain painter maps back onto the neutral skin.
 */
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { makeSkinPickable } from '../../src/scene/skinPicker';
import { createFrameState } from '../../src/state/frame';

/**
 * A strip of quads over two bones (40 rows of 6 vertices: several of the picker's groups), stored as the
 * model stores it: normalized 16-bit positions, 8-bit weights.
 */
function strip(): THREE.SkinnedMesh {
  const rows = 40;
  const cols = 6;
  const pos = new Int16Array(rows * cols * 3);
  const joints = new Uint8Array(rows * cols * 4);
  const weights = new Uint8Array(rows * cols * 4);
  const index: number[] = [];
  for (let r = 0; r < rows; r++) {
    const y = r / (rows - 1); // 0…1 m up the strip
    for (let s = 0; s < cols; s++) {
      const v = r * cols + s;
      pos.set([Math.round((s / (cols - 1) - 0.5) * 0.2 * 32767), Math.round(y * 32767), 0], v * 3);
      // The lower bone carries the bottom, the upper the top, blended over the middle.
      const up = Math.min(1, Math.max(0, (y - 0.3) / 0.4));
      joints.set([0, 1, 0, 0], v * 4);
      weights.set([Math.round((1 - up) * 255), 255 - Math.round((1 - up) * 255), 0, 0], v * 4);
    }
    for (let s = 0; r > 0 && s + 1 < cols; s++) {
      const a = (r - 1) * cols + s;
      index.push(a, a + 1, a + cols, a + 1, a + cols + 1, a + cols);
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

/** The skin as three.js draws it now, as a static mesh in world space (front faces only, like the skin). */
function drawnMesh(mesh: THREE.SkinnedMesh): THREE.Mesh {
  mesh.skeleton.update();
  const count = mesh.geometry.attributes.position!.count;
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) drawn(mesh, i).toArray(positions, i * 3);
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  g.setIndex(mesh.geometry.index);
  return new THREE.Mesh(g, new THREE.MeshBasicMaterial({ side: THREE.FrontSide }));
}

let seed = 3;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

describe('picking on the posed skin', () => {
  it('finds the face three.js draws under 100 rays in each of 4 poses, with its barycentric weights', () => {
    const mesh = strip();
    const frame = createFrameState();
    makeSkinPickable(mesh, frame);
    const upper = mesh.skeleton.bones[1]!;
    let hits = 0;
    for (const angle of [0, 0.6, -0.9, 1.2]) {
      upper.rotation.set(angle, 0, angle / 2);
      mesh.parent!.updateMatrixWorld(true);
      frame.version++;
      const reference = drawnMesh(mesh);
      const box = new THREE.Box3().setFromObject(reference);
      for (let k = 0; k < 100; k++) {
        // From 2 m away in front (+z, where the faces look), at a random point of the posed strip's box.
        const aim = new THREE.Vector3(random(), random(), random()).multiply(box.getSize(new THREE.Vector3())).add(box.min);
        const origin = aim.clone().add(new THREE.Vector3(random() - 0.5, random() - 0.5, 2));
        const raycaster = new THREE.Raycaster(origin, aim.clone().sub(origin).normalize());
        const want: THREE.Intersection[] = [];
        reference.raycast(raycaster, want);
        want.sort((p, q) => p.distance - q.distance);
        const got: THREE.Intersection[] = [];
        mesh.raycast(raycaster, got);
        expect(got.length, `pose ${angle}, ray ${k}`).toBe(want.length ? 1 : 0);
        if (!want[0]) continue;
        hits++;
        const [g, w] = [got[0]!, want[0]];
        expect(g.object).toBe(mesh);
        expect(g.faceIndex).toBe(w.faceIndex);
        expect([g.face!.a, g.face!.b, g.face!.c]).toEqual([w.face!.a, w.face!.b, w.face!.c]);
        expect(g.distance).toBeCloseTo(w.distance, 5);
        expect(g.point.distanceTo(w.point)).toBeLessThan(1e-5);
        expect(g.barycoord!.distanceTo(w.barycoord!)).toBeLessThan(1e-4);
        expect(g.face!.normal.dot(w.face!.normal)).toBeGreaterThan(0.9999);
      }
    }
    expect(hits).toBeGreaterThan(150);
    expect(mesh.geometry.attributes.position!.array).toBeInstanceOf(Int16Array);
  });
});
