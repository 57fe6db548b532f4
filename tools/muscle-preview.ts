/**
 * Dev preview of public/models/muscles.glb on the bones, posed on the CPU by the same binding and
 * deformation as the app (src/geometry/bodies).
 * URL: ?view=anterior|posterior|right|left|superior|oblique|x_y_z &target=x,y,z &dist=0.8
 *      &only=id,id (muscle ids or name prefixes) &pose=coord:deg,… | &motion=gait&t=0.5 &bones=0 &wire=1
 * Sets window.ready = true after the first frame (tools/bone-shots.ts style screenshots).
 */
import * as THREE from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { type CoordinateName, neutralPose, poseFrom } from '../src/anatomy/model/coordinates';
import { computeFrames, frameOf, neutralFrames } from '../src/anatomy/model/kinematics';
import type { SegmentId } from '../src/anatomy/model/segments';
import { MUSCLES } from '../src/anatomy/muscles/catalog';
import { isMotionId, MOTIONS } from '../src/anatomy/motions';
import { bindVertices } from '../src/geometry/bodies/binding';
import { deformBody } from '../src/geometry/bodies/deform';
import { PathPoser } from '../src/geometry/bodies/pathPoser';

const q = new URLSearchParams(location.search);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0x20242a);
scene.add(new THREE.HemisphereLight(0xfff8ee, 0x403a34, 1.0));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key);

let pose = neutralPose();
const motion = q.get('motion');
if (motion && isMotionId(motion)) MOTIONS[motion].evaluate(Number(q.get('t') ?? 0), pose);
else {
  const p: Partial<Record<CoordinateName, number>> = {};
  for (const kv of (q.get('pose') ?? '').split(',').filter(Boolean)) {
    const [k, v] = kv.split(':');
    p[k as CoordinateName] = Number(v);
  }
  pose = poseFrom(p);
}
const frames = computeFrames(pose);
const toMatrix = (t: Float64Array) =>
  new THREE.Matrix4().set(t[0]!, t[1]!, t[2]!, t[9]!, t[3]!, t[4]!, t[5]!, t[10]!, t[6]!, t[7]!, t[8]!, t[11]!, 0, 0, 0, 1);
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const stamp = Date.now();

if (q.get('bones') !== '0') {
  const bones = await loader.loadAsync(`/models/bones.glb?${stamp}`);
  const material = new THREE.MeshStandardMaterial({ color: 0xe9dfc8, roughness: 0.62 });
  bones.scene.updateMatrixWorld(true);
  for (const node of [...bones.scene.children]) {
    const segment = (node.userData.segment ?? node.name) as SegmentId;
    const local = node.matrix.clone();
    node.matrixAutoUpdate = false;
    try {
      node.matrix.copy(toMatrix(frameOf(frames, segment))).multiply(local);
    } catch {
      continue;
    }
    node.traverse((o) => {
      if ((o as THREE.Mesh).isMesh) (o as THREE.Mesh).material = material;
    });
    scene.add(node);
  }
}

const only = q.get('only')?.split(',');
const shown = MUSCLES.filter((m) => !only || only.some((o) => m.id.startsWith(o)));
const poser = new PathPoser(
  shown.flatMap((m) => m.fibres),
  neutralFrames(),
  neutralPose(),
);
poser.update(frames, pose);
const muscles = await loader.loadAsync(`/models/muscles.glb?${stamp}`);
muscles.scene.updateMatrixWorld(true);
const material = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.55, wireframe: q.get('wire') === '1' });
let row = 0;
for (const m of shown) {
  const node = muscles.scene.getObjectByName(m.id) as THREE.Mesh | undefined;
  const rows = m.fibres.map((_, k) => row + k);
  row += m.fibres.length;
  if (!node?.isMesh) continue;
  // Quantized in the file: to plain floats before moving into the ground frame.
  const g = new THREE.BufferGeometry();
  for (const [name, a] of Object.entries(node.geometry.attributes)) {
    const f = new Float32Array(a.count * a.itemSize);
    for (let i = 0; i < a.count; i++) for (let c = 0; c < a.itemSize; c++) f[i * a.itemSize + c] = a.getComponent(i, c);
    g.setAttribute(name, new THREE.BufferAttribute(f, a.itemSize));
  }
  g.setIndex(Array.from(node.geometry.index!.array));
  g.applyMatrix4(node.matrixWorld);
  if (node.matrixWorld.determinant() < 0) {
    const idx = g.index!.array as Uint16Array | Uint32Array;
    for (let t = 0; t < idx.length; t += 3) [idx[t + 1], idx[t + 2]] = [idx[t + 2]!, idx[t + 1]!];
  }
  const pos = g.attributes.position!.array as Float32Array;
  const rest = Float32Array.from(pos);
  const nrm = Float32Array.from(g.attributes.normal!.array as Float32Array);
  const binding = bindVertices(rest, rows, poser.restStations);
  const outP = new Float32Array(rest.length);
  const outN = new Float32Array(rest.length);
  deformBody(poser.data, binding, outP, nrm, outN);
  g.setAttribute('position', new THREE.BufferAttribute(outP, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(outN, 3));
  const tendon = g.attributes._tendon;
  const occ = g.attributes._occlusion;
  const colours = new Float32Array(rest.length);
  const belly = new THREE.Color('#a8322d');
  const white = new THREE.Color('#dfe6ea');
  const c = new THREE.Color();
  for (let v = 0; v < rest.length / 3; v++) {
    c.copy(belly).lerp(white, tendon ? tendon.getX(v) : 0);
    c.multiplyScalar(1 - 0.7 * (occ ? occ.getX(v) : 0));
    colours.set([c.r, c.g, c.b], v * 3);
  }
  g.setAttribute('color', new THREE.BufferAttribute(colours, 3));
  const mesh = new THREE.Mesh(g, material);
  mesh.name = m.id;
  scene.add(mesh);
}

// ?paths=1: the shown muscles' fibre paths as lines, drawn over everything.
if (q.get('paths') === '1') {
  const lines = new THREE.LineBasicMaterial({ color: 0x30ff60, depthTest: false });
  for (let r = 0; r < poser.rows; r++) {
    const pts = Array.from({ length: 24 }, (_, s) => new THREE.Vector3().fromArray(poser.stations, (r * 24 + s) * 3));
    const line = new THREE.Line(new THREE.BufferGeometry().setFromPoints(pts), lines);
    line.renderOrder = 10;
    scene.add(line);
  }
}
if (q.get('opacity')) {
  material.transparent = true;
  material.opacity = Number(q.get('opacity'));
  material.depthWrite = false;
}

const target = new THREE.Vector3(...((q.get('target') ?? '-0.07,0.95,0').split(',').map(Number) as [number, number, number]));
const dist = Number(q.get('dist') ?? 0.9);
const dirs: Record<string, [number, number, number]> = {
  anterior: [1, 0, 0],
  posterior: [-1, 0, 0],
  right: [0, 0, 1],
  left: [0, 0, -1],
  superior: [0.0001, 1, 0],
  inferior: [0.0001, -1, 0],
  oblique: [0.8, 0.35, 0.6],
  oblique_post: [-0.8, 0.35, 0.6],
};
const view = q.get('view') ?? 'anterior';
const d = new THREE.Vector3(...(dirs[view] ?? (view.split('_').map(Number) as [number, number, number]))).normalize();
const camera = new THREE.PerspectiveCamera(24, innerWidth / innerHeight, 0.01, 20);
camera.position.copy(target).addScaledVector(d, dist);
camera.up.set(view === 'superior' || view === 'inferior' ? -1 : 0, view === 'superior' || view === 'inferior' ? 0 : 1, 0);
camera.lookAt(target);
const side = new THREE.Vector3().crossVectors(d, camera.up).normalize();
key.position.copy(target).addScaledVector(d, dist).addScaledVector(side, dist * 0.6).addScaledVector(camera.up, dist * 0.9);
key.target.position.copy(target);
scene.add(key.target);
renderer.render(scene, camera);
(window as unknown as { ready: boolean }).ready = true;
