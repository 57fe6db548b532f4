/**
 * Dev preview of public/models/bones.glb, posed by the anatomy's forward kinematics.
 * URL: ?view=anterior|posterior|right|left|superior|inferior|oblique&focus=pelvis|spine|femur|knee|foot|all|fit
 *      &only=node,node&hide=node&pose=coord:deg,coord:deg&dist=1.2&target=x,y,z (world)
 * Sets window.ready = true after the first frame (for tools/bone-shots.ts).
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { EffectComposer } from 'three/examples/jsm/postprocessing/EffectComposer.js';
import { GTAOPass } from 'three/examples/jsm/postprocessing/GTAOPass.js';
import { OutputPass } from 'three/examples/jsm/postprocessing/OutputPass.js';
import { RenderPass } from 'three/examples/jsm/postprocessing/RenderPass.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { type CoordinateName, poseFrom } from '../src/anatomy/model/coordinates';
import { computeFrames, frameOf } from '../src/anatomy/model/kinematics';
import type { SegmentId } from '../src/anatomy/model/segments';
import { MUSCLES } from '../src/anatomy/muscles/catalog';
import { fibrePolyline, maxPolylinePoints } from '../src/anatomy/path/musclePath';

const q = new URLSearchParams(location.search);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0x20242a);
scene.add(new THREE.HemisphereLight(0xfff8ee, 0x403a34, 0.9));
const key = new THREE.DirectionalLight(0xffffff, 2.6);
scene.add(key);
const fill = new THREE.DirectionalLight(0xcfd8ff, 0.5);
scene.add(fill);

const pose: Partial<Record<CoordinateName, number>> = {};
for (const kv of (q.get('pose') ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split(':');
  pose[k as CoordinateName] = Number(v);
}
const posed = poseFrom(pose);
const frames = computeFrames(posed);
const toMatrix = (t: Float64Array) =>
  new THREE.Matrix4().set(t[0]!, t[1]!, t[2]!, t[9]!, t[3]!, t[4]!, t[5]!, t[10]!, t[6]!, t[7]!, t[8]!, t[11]!, 0, 0, 0, 1);

const only = q.get('only')?.split(',');
const hide = q.get('hide')?.split(',') ?? [];
const material = new THREE.MeshStandardMaterial({ color: 0xe9dfc8, roughness: 0.62, metalness: 0 });
const discMaterial = new THREE.MeshStandardMaterial({ color: 0x9fc3d8, roughness: 0.5, transparent: true, opacity: 0.55 });

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const gltf = await loader.loadAsync(`/models/${q.get('file') ?? 'bones.glb'}?${Date.now()}`);
const root = new THREE.Group();
scene.add(root);
const box = new THREE.Box3();
gltf.scene.updateMatrixWorld(true);
for (const node of [...gltf.scene.children]) {
  const name = node.name;
  if ((only && !only.includes(name)) || hide.includes(name)) continue;
  const segment = (node.userData.segment ?? name) as SegmentId;
  const local = node.matrix.clone();
  node.matrixAutoUpdate = false;
  node.matrix.copy(toMatrix(frameOf(frames, segment))).multiply(local);
  node.traverse((o) => {
    if ((o as THREE.Mesh).isMesh) (o as THREE.Mesh).material = name.startsWith('disc') ? discMaterial : material;
  });
  root.add(node);
  node.updateMatrixWorld(true);
  box.expandByObject(node);
}

// Muscle paths as lines: ?paths=<id prefix> (e.g. paths=_r or paths=gluteus).
const paths = q.get('paths');
if (paths !== null) {
  const lineMaterial = new THREE.LineBasicMaterial({ color: 0xff3030, depthTest: q.get('xray') !== '1' });
  for (const m of MUSCLES) {
    if (!m.id.includes(paths)) continue;
    for (const f of m.fibres) {
      const buf = new Float64Array(maxPolylinePoints(f) * 3);
      const n = fibrePolyline(f, frames, posed, buf);
      const g = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(Float32Array.from(buf.subarray(0, n * 3)), 3));
      scene.add(new THREE.Line(g, lineMaterial));
    }
  }
}

const focus: Record<string, [number, number, number, number]> = {
  // centre x, y, z (world), distance
  pelvis: [-0.07, 0.93, 0, 0.85],
  spine: [-0.08, 1.1, 0, 0.45],
  l3: [-0.095, 1.085, 0, 0.3],
  sacrum: [-0.11, 0.95, 0, 0.4],
  femur: [-0.05, 0.7, 0.1, 1.25],
  knee: [0.0, 0.5, 0.09, 0.32],
  foot: [0.05, 0.05, 0.09, 0.45],
  all: [-0.03, 0.55, 0, 3.4],
  hip: [-0.07, 0.91, 0.09, 0.75],
  prox: [-0.07, 0.84, 0.11, 0.45],
  distal: [-0.07, 0.5, 0.09, 0.4],
};
const f = focus[q.get('focus') ?? 'all'] ?? focus.all!;
const target = new THREE.Vector3(f[0], f[1], f[2]);
if (q.get('focus') === 'fit') box.getCenter(target);
// ?target=x,y,z (world) overrides the focus centre.
if (q.get('target')) target.set(...(q.get('target')!.split(',').map(Number) as [number, number, number]));
const dist = Number(q.get('dist') ?? f[3]);
const dirs: Record<string, [number, number, number]> = {
  anterior: [1, 0, 0],
  posterior: [-1, 0, 0],
  right: [0, 0, 1],
  left: [0, 0, -1],
  superior: [0.0001, 1, 0],
  inferior: [0.0001, -1, 0],
  oblique: [0.8, 0.35, 0.6],
  oblique_post: [-0.8, 0.35, 0.6],
  medial: [0, 0, -1],
};
const view = q.get('view') ?? 'anterior';
const d = new THREE.Vector3(...(dirs[view] ?? (view.split('_').map(Number) as [number, number, number]))).normalize();
const camera = new THREE.PerspectiveCamera(24, innerWidth / innerHeight, 0.01, 20);
camera.position.copy(target).addScaledVector(d, dist);
camera.up.set(view === 'superior' || view === 'inferior' ? -1 : 0, view === 'superior' || view === 'inferior' ? 0 : 1, 0);
camera.lookAt(target);
// Key light from above and to one side of the camera, so that hollows read as hollows.
const side = new THREE.Vector3().crossVectors(d, camera.up).normalize();
key.position.copy(target).addScaledVector(d, dist).addScaledVector(side, dist * 0.8).addScaledVector(camera.up, dist * 0.9);
key.target.position.copy(target);
scene.add(key.target);
fill.position.copy(target).addScaledVector(d, -1).add(new THREE.Vector3(0, 0.5, 0));
const composer = new EffectComposer(renderer);
composer.addPass(new RenderPass(scene, camera));
if (q.get('ao') !== '0') {
  const ao = new GTAOPass(scene, camera, innerWidth, innerHeight);
  ao.updateGtaoMaterial({ radius: 0.03, distanceExponent: 1, thickness: 1, scale: 1.2 });
  composer.addPass(ao);
}
composer.addPass(new OutputPass());
composer.render();
(window as unknown as { ready: boolean }).ready = true;
