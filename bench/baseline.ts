/**
 * The benchmark's baseline: the same scene as the app — the same .glb files, the same muscle bodies
 * posed from the same path texture, the same pose code and lighting — in bare three.js with a
 * requestAnimationFrame loop and no React.
 * Comparing the two in one run shows what the React layer costs.
 */
import * as THREE from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MOTIONS } from '../src/anatomy/motions';
import { boneMaterial, COLOURS, skinMaterial } from '../src/scene/materials';
import { MuscleBodies } from '../src/scene/muscleBodies/muscleBodies';
import { type CarriedBone, poseBones, poseSkin, type RiggedSkin, rigBones, rigSkin } from '../src/scene/modelRig';
import { roomProbe } from '../src/scene/roomLight';
import { wantsAntialias } from '../src/capability';
import { VIEW_POSES } from '../src/scene/views';
import { commitPose, createFrameState } from '../src/state/frame';
import { createPerf } from '../src/state/perf';

const frame = createFrameState();
const perf = createPerf();
// What the bench reads, under the same name as the app's test probe.
(window as unknown as { myomapProbe: { perf(): typeof perf } }).myomapProbe = { perf: () => perf };

// The app's renderer settings (React Three Fiber's defaults and the viewer's Canvas props), so the two
// pages draw the same way: ACES tone mapping, a drawing buffer kept for reading the canvas back, and
// multisampling only where the app would use it (not on a software renderer).
const renderer = new THREE.WebGLRenderer({
  antialias: wantsAntialias(),
  alpha: true,
  powerPreference: 'high-performance',
  preserveDrawingBuffer: true,
});
renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(30, window.innerWidth / window.innerHeight, 0.02, 30);
const view = VIEW_POSES.oblique;
camera.position.set(...view.position);
camera.lookAt(...view.target);
scene.add(roomProbe(0.55));
scene.add(new THREE.HemisphereLight('#f4f1ea', '#3a3f4a', 0.55));
const key = new THREE.DirectionalLight('#fff3e6', 1.5);
key.position.set(2.5, 3.5, 2);
const fill = new THREE.DirectionalLight('#cfe0ff', 0.55);
fill.position.set(-2, 1.5, -1.5);
const rim = new THREE.DirectionalLight('#ffffff', 0.45);
rim.position.set(-1.5, 2.5, 2.5);
scene.add(key, fill, rim);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
let bones: CarriedBone[] = [];
let skin: RiggedSkin | undefined;
let muscles: MuscleBodies | undefined;

async function load() {
  const [b, body, m] = await Promise.all([
    loader.loadAsync('./models/bones.glb'),
    loader.loadAsync('./models/body.glb'),
    loader.loadAsync('./models/muscles.glb'),
  ]);
  muscles = new MuscleBodies(m.scene, { belly: COLOURS.belly, tendon: COLOURS.tendon, select: COLOURS.selected });
  for (const x of muscles.list) scene.add(x.mesh);
  bones = rigBones(b.scene, boneMaterial());
  for (const x of bones) scene.add(x.mesh);
  skin = rigSkin(body.scene);
  skin.mesh.material = skinMaterial(0.22);
  scene.add(skin.root);
}

const gait = MOTIONS.gait;
let phase = 0;
let last = performance.now();
let ready = false;

function update() {
  gait.evaluate(phase, frame.pose);
  commitPose(frame);
  const started = perf.enabled ? performance.now() : 0;
  muscles?.pose(frame.frames, frame.pose);
  if (perf.enabled) perf.muscles.push(performance.now() - started);
  poseBones(bones, frame.frames);
  if (skin) poseSkin(skin, frame.frames);
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
