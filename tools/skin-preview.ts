/**
 * Dev tool: the skinned body.glb (and bones.glb if present) at any pose of any motion, for looking at
 * the skin in headless Chromium. URL: ?motion=gait&phase=0.5&view=front|back|left|right|oblique|
 * below&region=full|hip|knee|foot|back|…&weights=<joint>|dominant&bones=1&opacity=1&wire=1&fade=0&app=1&muscles=1
 * (app=1: the app's skin material; muscles=1: the muscle bodies, neutral pose only)
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { computeFrames } from '../src/anatomy/model/kinematics';
import { neutralPose, poseFrom } from '../src/anatomy/model/coordinates';
import { SEGMENT_INDEX, isSegmentId } from '../src/anatomy/model/segments';
import { MOTIONS, isMotionId } from '../src/anatomy/motions';
import { skinMaterial } from '../src/scene/materials';

const q = new URLSearchParams(location.search);
const W = Number(q.get('w') ?? 900);
const H = Number(q.get('h') ?? 1100);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H);
renderer.setPixelRatio(1);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xf4f4f2);
scene.add(new THREE.HemisphereLight(0xffffff, 0x8a8070, 1.6));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key);
const fill = new THREE.DirectionalLight(0xffffff, 0.8);
scene.add(fill);

const motionId = q.get('motion');
const pose = neutralPose();
if (motionId && isMotionId(motionId)) MOTIONS[motionId].evaluate(Number(q.get('phase') ?? 0), pose);
const extra = q.get('pose');
if (extra) {
  const vals = Object.fromEntries(extra.split(',').map((kv) => kv.split(':')).map(([k, v]) => [k, Number(v)]));
  pose.set(poseFrom(vals, pose));
}
const frames = computeFrames(pose);
const toM4 = (t: Float64Array) =>
  new THREE.Matrix4().set(t[0]!, t[1]!, t[2]!, t[9]!, t[3]!, t[4]!, t[5]!, t[10]!, t[6]!, t[7]!, t[8]!, t[11]!, 0, 0, 0, 1);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const body = await loader.loadAsync('/models/body.glb');
let mesh: THREE.SkinnedMesh | undefined;
body.scene.traverse((o) => {
  if ((o as THREE.SkinnedMesh).isSkinnedMesh) mesh = o as THREE.SkinnedMesh;
});
if (!mesh) throw new Error('no skinned mesh');
const skinned = mesh;
const opacity = Number(q.get('opacity') ?? 1);
const weightsOf = q.get('weights');
let material: THREE.Material;
if (weightsOf) {
  const joints = skinned.geometry.getAttribute('skinIndex');
  const weights = skinned.geometry.getAttribute('skinWeight');
  const names = skinned.skeleton.bones.map((b) => b.name);
  const colours = new Float32Array(joints.count * 3);
  const palette = names.map((_, i) => new THREE.Color().setHSL((i * 0.618) % 1, 0.75, 0.55));
  for (let v = 0; v < joints.count; v++) {
    const c = new THREE.Color(0, 0, 0);
    for (let k = 0; k < 4; k++) {
      const j = joints.getComponent(v, k);
      const w = weights.getComponent(v, k);
      if (weightsOf === 'dominant') c.add(palette[j]!.clone().multiplyScalar(w));
      else if (names[j] === weightsOf) c.setRGB(w, 0.15, 1 - w);
    }
    if (weightsOf !== 'dominant' && c.r === 0 && c.g === 0) c.setRGB(0, 0.15, 1);
    colours.set([c.r, c.g, c.b], v * 3);
  }
  skinned.geometry.setAttribute('color', new THREE.BufferAttribute(colours, 3));
  material = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.8 });
} else if (q.get('app') === '1') {
  // The app's own skin material (translucent, rim, fade), at the given opacity.
  material = skinMaterial(opacity);
} else {
  material = new THREE.MeshStandardMaterial({
    color: 0xd9a889,
    roughness: 0.7,
    transparent: opacity < 1,
    opacity,
    depthWrite: opacity >= 1,
    side: opacity < 1 ? THREE.DoubleSide : THREE.FrontSide,
    wireframe: q.get('wire') === '1',
  });
}
// The fade over the neck and the arm stumps (`_FADE` in the glb), as the app's skin material applies it.
// Opaque, it is dithered (alpha hash) so that the faded skin still writes depth where it is drawn.
if (skinned.geometry.getAttribute('_fade') && q.get('fade') !== '0' && q.get('app') !== '1') {
  const m = material as THREE.MeshStandardMaterial;
  if (m.opacity < 1) {
    m.transparent = true;
    m.depthWrite = false;
  } else m.alphaHash = true;
  m.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float _fade;\nvarying float vFade;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFade = _fade;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vFade;')
      .replace('#include <alphamap_fragment>', '#include <alphamap_fragment>\ndiffuseColor.a *= 1.0 - vFade;');
  };
}
skinned.material = material;
scene.add(body.scene);
// Bones: joints sit under an identity root, so their local matrix is the world matrix.
for (const bone of skinned.skeleton.bones) {
  bone.matrixAutoUpdate = false;
  if (isSegmentId(bone.name)) bone.matrix.copy(toM4(frames[SEGMENT_INDEX[bone.name]]!));
}
skinned.frustumCulled = false;
scene.updateMatrixWorld(true);

if (q.get('bones') === '1') {
  try {
    const bones = await loader.loadAsync('/models/bones.glb');
    bones.scene.traverse((o) => {
      const m = o as THREE.Mesh;
      if (!m.isMesh) return;
      m.material = new THREE.MeshStandardMaterial({ color: 0xf2ead8, roughness: 0.6 });
    });
    // Each bone node is named after its segment: place it at the segment's world transform.
    for (const node of [...bones.scene.children]) {
      const seg = node.name;
      if (isSegmentId(seg)) {
        node.matrixAutoUpdate = false;
        node.matrix.copy(toM4(frames[SEGMENT_INDEX[seg]]!).multiply(node.matrix.clone()));
      }
    }
    scene.add(bones.scene);
    (material as THREE.MeshStandardMaterial).transparent = true;
    (material as THREE.MeshStandardMaterial).opacity = Math.min(opacity, 0.35);
    (material as THREE.MeshStandardMaterial).depthWrite = false;
  } catch (e) {
    console.warn('no bones', e);
  }
}
// Muscle bodies (neutral pose only: they are stored in the neutral ground frame), under a see-through skin.
if (q.get('muscles') === '1') {
  const muscles = await loader.loadAsync('/models/muscles.glb');
  const red = new THREE.MeshStandardMaterial({ color: 0xa8322d, roughness: 0.6 });
  muscles.scene.traverse((o) => {
    if ((o as THREE.Mesh).isMesh) (o as THREE.Mesh).material = red;
  });
  scene.add(muscles.scene);
  const m = material as THREE.MeshStandardMaterial;
  m.transparent = true;
  m.opacity = Math.min(opacity, 0.35);
  m.depthWrite = false;
}
scene.updateMatrixWorld(true);

// Frame the posed skin: its skinned bounding box.
const box = new THREE.Box3();
const v = new THREE.Vector3();
const pos = skinned.geometry.getAttribute('position');
for (let i = 0; i < pos.count; i++) {
  skinned.getVertexPosition(i, v);
  box.expandByPoint(v.applyMatrix4(skinned.matrixWorld));
}
const region = q.get('region') ?? 'full';
const centre = box.getCenter(new THREE.Vector3());
let size = Math.max(box.max.y - box.min.y, (box.max.x - box.min.x) * 1.2, (box.max.z - box.min.z) * 1.2) * 1.08;
const regions: Record<string, [number, number, number, number]> = {
  hip: [0, 0.9, 0.08, 0.45],
  knee: [-0.05, 0.49, 0.085, 0.3],
  foot: [-0.02, 0.07, 0.09, 0.22],
  back: [-0.12, 1.05, 0, 0.55],
  trunk: [-0.05, 1.05, 0, 0.65],
  navel: [0.05, 1.08, 0, 0.12],
  glutes: [-0.15, 0.86, 0, 0.3],
  groin: [0.0, 0.86, 0, 0.3],
  seatgroin: [0.05, 0.5, 0, 0.3],
  shoulder: [-0.05, 1.4, 0.12, 0.4],
  chest: [-0.05, 1.35, 0, 0.6],
};
if (regions[region]) {
  const [x, y, z, s] = regions[region]!;
  const c = toM4(frames[SEGMENT_INDEX.pelvis]!);
  centre.set(x, y, z);
  if (region === 'knee' || region === 'foot' || region === 'hip') {
    // Follow the right leg.
    const seg = region === 'foot' ? 'talus_r' : region === 'knee' ? 'tibia_r' : 'femur_r';
    const o = new THREE.Vector3().setFromMatrixPosition(toM4(frames[SEGMENT_INDEX[seg]]!));
    centre.copy(o).add(new THREE.Vector3(region === 'foot' ? 0.03 : 0, region === 'foot' ? -0.02 : 0, 0));
  } else centre.applyMatrix4(c.clone().multiply(new THREE.Matrix4().makeTranslation(0, -0.95, 0)));
  size = s;
}
const dirs: Record<string, [number, number, number]> = {
  front: [1, 0, 0],
  back: [-1, 0, 0],
  right: [0, 0, 1],
  left: [0, 0, -1],
  oblique: [0.8, 0.25, 0.6],
  oblique_back: [-0.8, 0.25, 0.6],
  below: [0.3, -1, 0.2],
  above: [0.2, 1, 0.1],
};
const dir = new THREE.Vector3(...(dirs[q.get('view') ?? 'front'] ?? dirs.front!)).normalize();
const fov = 18;
const camera = new THREE.PerspectiveCamera(fov, W / H, 0.05, 50);
const dist = (size / 2 / Math.tan((fov * Math.PI) / 360)) * Math.max(1, H / W);
camera.position.copy(centre).addScaledVector(dir, dist);
camera.up.set(Math.abs(dir.y) > 0.9 ? 1 : 0, Math.abs(dir.y) > 0.9 ? 0 : 1, 0);
camera.lookAt(centre);
key.position.copy(camera.position).add(new THREE.Vector3(0.5, 1.5, 0.8));
fill.position.copy(camera.position).add(new THREE.Vector3(-1, -0.3, -0.5));
renderer.render(scene, camera);
(window as unknown as { __ready: boolean }).__ready = true;
