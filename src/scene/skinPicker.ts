/**
 * Picking on the posed skin, fast: the skin split once into small groups of triangles (skinnedPick.ts);
 * a pick bounds each group in the current pose from its bones, then skins and tests only the vertices of the
 * groups under the ray. Hits are reported as hits on the skin itself, nearest front face only (R3F keeps one
 * hit per object).
 */
import * as THREE from 'three';
import type { GroupHit } from '../geometry/picking/triangleGroups';
import { SkinnedPick } from '../geometry/picking/skinnedPick';
import type { FrameState } from '../state/frame';

/** Make `skin` pickable in the poses of `frame` (its viewer's frame state). */
export function makeSkinPickable(skin: THREE.SkinnedMesh, frame: FrameState): void {
  const source = skin.geometry.attributes;
  const count = source.position!.count;
  // The rest positions, bone indices and weights decoded once (the model stores them quantized).
  const rest = new Float32Array(count * 3);
  const joints = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < 3; c++) rest[i * 3 + c] = source.position!.getComponent(i, c);
    for (let c = 0; c < 4; c++) {
      joints[i * 4 + c] = source.skinIndex!.getComponent(i, c);
      weights[i * 4 + c] = source.skinWeight!.getComponent(i, c);
    }
  }
  const picking = new SkinnedPick(rest, skin.geometry.index!.array, joints, weights);
  const boneCount = skin.skeleton.bones.length;
  // Per bone: its skinning matrix times the bind matrix (column-major, as three stores them), so that
  // bone · rest is the vertex in the skinned space the shader ends in before the bind matrix's inverse.
  const perBone = new Float32Array(boneCount * 16);
  const m = new THREE.Matrix4();
  const toWorld = new THREE.Matrix4();
  const toSkinned = new THREE.Matrix4();
  const origin = new THREE.Vector3();
  const end = new THREE.Vector3();
  const hit: GroupHit = { distance: 0, triangle: 0, u: 0, v: 0 };
  let version = -1;

  skin.raycast = (raycaster, intersects) => {
    if (!skin.visible) return;
    if (version !== frame.version) {
      skin.skeleton.update();
      const bones = skin.skeleton.boneMatrices!;
      for (let b = 0; b < boneCount; b++) {
        m.fromArray(bones, b * 16).multiply(skin.bindMatrix);
        m.toArray(perBone, b * 16);
      }
      version = frame.version;
      picking.setPose(perBone);
    }
    // The ray in skinned space (world = matrixWorld · bindMatrixInverse · skinned). Its direction is not
    // normalised there, so distances along it stay world distances.
    toWorld.multiplyMatrices(skin.matrixWorld, skin.bindMatrixInverse);
    toSkinned.copy(toWorld).invert();
    const r = raycaster.ray;
    const o = origin.copy(r.origin).applyMatrix4(toSkinned);
    const d = end.copy(r.origin).add(r.direction).applyMatrix4(toSkinned).sub(o);
    if (!picking.nearest(o.x, o.y, o.z, d.x, d.y, d.z, raycaster.near, raycaster.far, hit)) return;
    const g = skin.geometry.index!;
    const t = hit.triangle;
    const a = g.getX(t * 3);
    const b = g.getX(t * 3 + 1);
    const c = g.getX(t * 3 + 2);
    const corner = (v: number) => new THREE.Vector3().fromArray(picking.positions, v * 3);
    const normal = THREE.Triangle.getNormal(corner(a), corner(b), corner(c), new THREE.Vector3()).transformDirection(toWorld);
    intersects.push({
      distance: hit.distance,
      point: r.at(hit.distance, new THREE.Vector3()),
      object: skin,
      face: { a, b, c, normal, materialIndex: 0 },
      faceIndex: t,
      barycoord: new THREE.Vector3(1 - hit.u - hit.v, hit.u, hit.v),
    });
  };
}
