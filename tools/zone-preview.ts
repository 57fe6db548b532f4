/**
 * Dev tool: referral zones painted on the skin of body.glb at neutral standing, for checking where the
 * zone data lands. Four views side by side (front, back, right, left). Red = essential, pink = spillover.
 * URL: ?pattern=<pattern id>[,<id>…]&side=r|l|both&guard=1&region=full|pelvis|legs
 * guard=1 previews limb regions restricted to their own leg (own side of the midline, near the limb axis).
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { Vec3 } from '../src/anatomy/math/vec3';
import { neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames, toWorld } from '../src/anatomy/model/kinematics';
import { isSegmentId, SEGMENT_INDEX, type Side } from '../src/anatomy/model/segments';
import { regionMembership } from '../src/anatomy/referral/evaluate';
import { PATTERNS } from '../src/anatomy/referral/patterns';
import type { Region, Zone } from '../src/anatomy/referral/types';

const q = new URLSearchParams(location.search);
const W = Number(q.get('w') ?? 1600);
const H = Number(q.get('h') ?? 900);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H);
renderer.setPixelRatio(1);
renderer.setScissorTest(true);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.add(new THREE.HemisphereLight(0xffffff, 0x8a8070, 2.2));
const key = new THREE.DirectionalLight(0xffffff, 1.2);
scene.add(key);

const frames = computeFrames(neutralPose());
const toM4 = (t: Float64Array) =>
  new THREE.Matrix4().set(
    t[0]!,
    t[1]!,
    t[2]!,
    t[9]!,
    t[3]!,
    t[4]!,
    t[5]!,
    t[10]!,
    t[6]!,
    t[7]!,
    t[8]!,
    t[11]!,
    0,
    0,
    0,
    1,
  );

const ids = (q.get('pattern') ?? 'iliopsoas').split(',');
const patterns = PATTERNS.filter((p) => ids.includes(p.id));
const sideQ = q.get('side') ?? 'r';
const sides: Side[] = sideQ === 'both' ? ['r', 'l'] : [sideQ as Side];
const guard = q.get('guard') === '1';

const origin = (seg: string): Vec3 => toWorld(frames, seg as 'pelvis', [0, 0, 0]) as Vec3;
const REACH = { thigh: 0.16, leg: 0.12, foot: 0.08 } as const;
function guardFactor(r: Region, side: Side, p: Vec3): number {
  if (!guard || r.kind !== 'limb') return 1;
  if ((side === 'r' ? p[2] : -p[2]) < 0) return 0;
  if (r.limb === 'foot') return 1;
  const a = origin(r.limb === 'thigh' ? `femur_${side}` : `tibia_${side}`);
  const b = origin(r.limb === 'thigh' ? `tibia_${side}` : `talus_${side}`);
  const d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const l = Math.hypot(...d);
  const u = d.map((x) => x / l);
  const rel = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const t = rel[0]! * u[0]! + rel[1]! * u[1]! + rel[2]! * u[2]!;
  const radial = Math.hypot(rel[0]! - t * u[0]!, rel[1]! - t * u[1]!, rel[2]! - t * u[2]!);
  return radial <= REACH[r.limb] ? 1 : 0;
}
function zoneAt(zone: Zone, side: Side, p: Vec3, n: Vec3): number {
  const where = zone.laterality === 'ipsilateral' ? side : 'both';
  let m = 0;
  for (const r of zone.regions) m = Math.max(m, regionMembership(r, where, p, n) * guardFactor(r, side, p));
  return m;
}

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const body = await loader.loadAsync('/models/body.glb');
let mesh: THREE.SkinnedMesh | undefined;
body.scene.traverse((o) => {
  if ((o as THREE.SkinnedMesh).isSkinnedMesh) mesh = o as THREE.SkinnedMesh;
});
if (!mesh) throw new Error('no skinned mesh');
const skinned = mesh;
for (const bone of skinned.skeleton.bones) {
  bone.matrixAutoUpdate = false;
  if (isSegmentId(bone.name)) bone.matrix.copy(toM4(frames[SEGMENT_INDEX[bone.name]]!));
}
scene.add(body.scene);
scene.updateMatrixWorld(true);

const geo = skinned.geometry;
const pos = geo.getAttribute('position');
const nrm = geo.getAttribute('normal');
const colours = new Float32Array(pos.count * 3);
const v = new THREE.Vector3();
const skin = new THREE.Color(0xe8d2bf);
const red = new THREE.Color(0xd01818);
const pink = new THREE.Color(0xf29aa8);
const dots = q.get('stipple') !== '0';
for (let i = 0; i < pos.count; i++) {
  skinned.getVertexPosition(i, v);
  v.applyMatrix4(skinned.matrixWorld);
  const p: Vec3 = [v.x, v.y, v.z];
  const nv = new THREE.Vector3(nrm.getX(i), nrm.getY(i), nrm.getZ(i)).normalize();
  const n: Vec3 = [nv.x, nv.y, nv.z];
  let ess = 0;
  let spill = 0;
  for (const pat of patterns)
    for (const z of pat.zones)
      for (const s of sides) {
        const m = zoneAt(z, s, p, n);
        if (z.type === 'essential') ess = Math.max(ess, m);
        else spill = Math.max(spill, m);
      }
  const c = skin.clone();
  if (ess >= 0.5) c.copy(red);
  else if (spill >= 0.5) c.copy(dots && i % 3 === 0 ? red : pink);
  colours.set([c.r, c.g, c.b], i * 3);
}
geo.setAttribute('color', new THREE.BufferAttribute(colours, 3));
skinned.material = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.85 });
skinned.frustumCulled = false;

const region = q.get('region') ?? 'full';
const focus: Record<string, [number, number]> = { full: [0.68, 1.45], pelvis: [0.95, 0.7], legs: [0.45, 1.0] };
const [cy, size] = focus[region] ?? focus.full!;
const views: [string, THREE.Vector3][] = [
  ['front', new THREE.Vector3(1, 0, 0)],
  ['back', new THREE.Vector3(-1, 0, 0)],
  ['right', new THREE.Vector3(0, 0, 1)],
  ['left', new THREE.Vector3(0, 0, -1)],
];
const vw = Math.floor(W / views.length);
const fov = 20;
views.forEach(([, dir], k) => {
  const camera = new THREE.PerspectiveCamera(fov, vw / H, 0.05, 50);
  const dist = size / 2 / Math.tan((fov * Math.PI) / 360);
  const centre = new THREE.Vector3(-0.04, cy, 0);
  camera.position.copy(centre).addScaledVector(dir, dist);
  camera.lookAt(centre);
  key.position.copy(camera.position).add(new THREE.Vector3(0, 1, 0));
  renderer.setViewport(k * vw, 0, vw, H);
  renderer.setScissor(k * vw, 0, vw, H);
  renderer.setClearColor(0xf7f7f5);
  renderer.clear();
  renderer.render(scene, camera);
});
(window as unknown as { __ready: boolean }).__ready = true;
