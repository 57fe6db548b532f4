/**
 * The benchmark's baseline: the same scene as the app — the same .glb files, the same muscle lofts,
 * the same pose code and lighting — in bare three.js with a requestAnimationFrame loop and no React.
 * Comparing the two in one run shows what the React layer costs.
 */
import * as THREE from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MUSCLES } from '../src/anatomy/muscles/catalog';
import { MOTIONS } from '../src/anatomy/motions';
import { MuscleLoft } from '../src/geometry/muscles/loft';
import { boneMaterial, muscleMaterial, skinMaterial } from '../src/scene/materials';
import { toMatrix4 } from '../src/scene/segmentMatrix';
import { VIEW_POSES } from '../src/scene/views';
import { SEGMENT_INDEX, isSegmentId } from '../src/anatomy/model/segments';
import { commitPose, frame } from '../src/state/frame';
import { perf } from '../src/state/perf';

const renderer = new THREE.WebGLRenderer({ antialias: true, alpha: true });
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.02, 30);
const view = VIEW_POSES.oblique;
camera.position.set(...view.position);
camera.lookAt(...view.target);
const pmrem = new THREE.PMREMGenerator(renderer);
scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
scene.environmentIntensity = 0.55;
scene.add(new THREE.HemisphereLight('#f4f1ea', '#3a3f4a', 0.55));
const key = new THREE.DirectionalLight('#fff3e6', 1.5);
key.position.set(2.5, 3.5, 2);
const fill = new THREE.DirectionalLight('#cfe0ff', 0.55);
fill.position.set(-2, 1.5, -1.5);
const rim = new THREE.DirectionalLight('#ffffff', 0.45);
rim.position.set(-1.5, 2.5, 2.5);
scene.add(key, fill, rim);

const lofts = MUSCLES.map((m) => {
  const loft = new MuscleLoft(m);
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(loft.positions, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('normal', new THREE.BufferAttribute(loft.normals, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('uv', new THREE.BufferAttribute(loft.uvs, 2));
  g.setAttribute('belly', new THREE.BufferAttribute(loft.belly, 1));
  g.setIndex(new THREE.BufferAttribute(loft.indices, 1));
  const mesh = new THREE.Mesh(g, muscleMaterial());
  mesh.frustumCulled = false;
  scene.add(mesh);
  return { loft, g };
});

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const bones: { mesh: THREE.Mesh; segment: number; local: THREE.Matrix4 }[] = [];
const joints: { bone: THREE.Bone; segment: number }[] = [];
const m4 = new THREE.Matrix4();

async function load() {
  const [b, body] = await Promise.all([loader.loadAsync('./models/bones.glb'), loader.loadAsync('./models/body.glb')]);
  b.scene.updateMatrixWorld(true);
  const material = boneMaterial();
  b.scene.traverse((o) => {
    const mesh = o as THREE.Mesh;
    if (!mesh.isMesh) return;
    const name = (mesh.userData.segment ?? mesh.name.replace(/^fibula_/, 'tibia_')) as string;
    if (!isSegmentId(name)) return;
    mesh.material = material;
    bones.push({ mesh, segment: SEGMENT_INDEX[name], local: mesh.matrixWorld.clone() });
  });
  for (const x of bones) {
    x.mesh.removeFromParent();
    x.mesh.matrixAutoUpdate = false;
    scene.add(x.mesh);
  }
  let skinned: THREE.SkinnedMesh | undefined;
  body.scene.traverse((o) => {
    if ((o as THREE.SkinnedMesh).isSkinnedMesh) skinned ??= o as THREE.SkinnedMesh;
  });
  if (skinned) {
    body.scene.updateMatrixWorld(true);
    const bind = skinned.matrixWorld.clone();
    const root = new THREE.Group();
    for (const bone of skinned.skeleton.bones) {
      root.add(bone);
      bone.matrixAutoUpdate = false;
      joints.push({ bone, segment: isSegmentId(bone.name) ? SEGMENT_INDEX[bone.name] : -1 });
    }
    skinned.removeFromParent();
    skinned.material = skinMaterial(0.22);
    skinned.matrixAutoUpdate = false;
    skinned.matrix.copy(bind);
    skinned.frustumCulled = false;
    root.add(skinned);
    scene.add(root);
  }
}

const gait = MOTIONS.gait;
let phase = 0;
let last = performance.now();
let ready = false;

function update() {
  gait.evaluate(phase, frame.pose);
  commitPose();
  for (const { loft, g } of lofts) {
    loft.update(frame.frames, frame.pose);
    g.attributes.position!.needsUpdate = true;
    g.attributes.normal!.needsUpdate = true;
    g.computeBoundingSphere();
  }
  for (const b of bones) {
    toMatrix4(frame.frames[b.segment]!, m4);
    b.mesh.matrix.multiplyMatrices(m4, b.local);
    b.mesh.matrixWorldNeedsUpdate = true;
  }
  for (const j of joints) {
    if (j.segment < 0) continue;
    toMatrix4(frame.frames[j.segment]!, j.bone.matrix);
    j.bone.matrixWorldNeedsUpdate = true;
  }
}

function tick(now: number) {
  const dt = Math.min(0.1, (now - last) / 1000);
  last = now;
  const start = performance.now();
  if (perf.enabled && perf.last) perf.interval.push(start - perf.last);
  perf.last = start;
  phase = (phase + dt / gait.duration) % 1;
  update();
  if (perf.enabled) perf.update.push(performance.now() - start);
  renderer.render(scene, camera);
  if (!ready) {
    ready = true;
    requestAnimationFrame(() => {
      const w = window as unknown as { myomapReady?: boolean; myomapReadyAt?: number };
      w.myomapReadyAt = performance.now();
      w.myomapReady = true;
    });
  }
  requestAnimationFrame(tick);
}

load()
  .catch((e) => console.error('baseline could not load the models', e))
  .finally(() => requestAnimationFrame(tick));
