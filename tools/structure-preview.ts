/**
 * Dev preview of the non-muscle structures (src/anatomy/structures) on the bones, posed by the anatomy's
 * forward kinematics: nerves yellow, arteries red, veins blue, ligaments and fascia white-grey, drawn from
 * their drawing specs (tubes, bands, sheets); muscles as thin translucent tubes of their fibre paths.
 * URL: ?view=anterior|posterior|right|left|superior|oblique|<x_y_z>&focus=<cx_cy_cz_dist>|pelvis|hip|thigh
 *      &pose=coord:deg,…&motion=<id>&t=<0..1>&muscles=psoas_major_r,iliacus_r&only=<id substring>&hide=<bone,…>
 *      &boneOpacity=0.5
 * Sets window.ready = true after the first frame (for tools/structure-shots.ts).
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { type CoordinateName, poseFrom } from '../src/anatomy/model/coordinates';
import { computeFrames, frameOf } from '../src/anatomy/model/kinematics';
import type { SegmentId } from '../src/anatomy/model/segments';
import { isMotionId, motion } from '../src/anatomy/motions';
import { isMuscleId, muscle } from '../src/anatomy/muscles/catalog';
import type { Fibre } from '../src/anatomy/path/resolve';
import { fibrePolyline, maxPolylinePoints } from '../src/anatomy/path/musclePath';
import { PATH_STRUCTURES, type PathStructure, type ResolvedFibreDrawing } from '../src/anatomy/structures';

const q = new URLSearchParams(location.search);
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0x20242a);
scene.add(new THREE.HemisphereLight(0xfff8ee, 0x403a34, 1.1));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key);

const coords: Partial<Record<CoordinateName, number>> = {};
for (const kv of (q.get('pose') ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split(':');
  coords[k as CoordinateName] = Number(v);
}
const pose = poseFrom(coords);
const motionId = q.get('motion');
if (motionId && isMotionId(motionId)) motion(motionId).evaluate(Number(q.get('t') ?? 0), pose);
const frames = computeFrames(pose);
const toMatrix = (t: Float64Array) =>
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

const hide = q.get('hide')?.split(',') ?? [];
const boneMaterial = new THREE.MeshStandardMaterial({
  color: 0xe9dfc8,
  roughness: 0.7,
  transparent: q.has('boneOpacity'),
  opacity: Number(q.get('boneOpacity') ?? 1),
  depthWrite: !q.has('boneOpacity'),
});
const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync(`/models/bones.glb?${Date.now()}`);
gltf.scene.updateMatrixWorld(true);
for (const node of [...gltf.scene.children]) {
  if (hide.some((h) => node.name.startsWith(h))) continue;
  const segment = (node.userData.segment ?? node.name) as SegmentId;
  const local = node.matrix.clone();
  node.matrixAutoUpdate = false;
  node.matrix.copy(toMatrix(frameOf(frames, segment))).multiply(local);
  node.traverse((o) => {
    if ((o as THREE.Mesh).isMesh) (o as THREE.Mesh).material = boneMaterial;
  });
  scene.add(node);
}

function polyline(f: Fibre): THREE.Vector3[] {
  const buf = new Float64Array(maxPolylinePoints(f) * 3);
  const n = fibrePolyline(f, frames, pose, buf);
  const pts: THREE.Vector3[] = [];
  for (let k = 0; k < n; k++) {
    const p = new THREE.Vector3(buf[k * 3]!, buf[k * 3 + 1]!, buf[k * 3 + 2]!);
    if (!pts.length || pts[pts.length - 1]!.distanceTo(p) > 1e-4) pts.push(p);
  }
  return pts;
}

function tube(pts: THREE.Vector3[], radius: number, material: THREE.Material) {
  if (pts.length < 2) return;
  const curve = new THREE.CatmullRomCurve3(pts, false, 'centripetal', 0.2);
  scene.add(new THREE.Mesh(new THREE.TubeGeometry(curve, Math.max(16, pts.length * 12), radius, 10, false), material));
}

/** A strip between two polylines resampled to the same count (sheets) — or a band around one. */
function strip(a: THREE.Vector3[], b: THREE.Vector3[], material: THREE.Material) {
  const N = 48;
  const ca = new THREE.CatmullRomCurve3(a, false, 'centripetal', 0.2).getSpacedPoints(N);
  const cb = new THREE.CatmullRomCurve3(b, false, 'centripetal', 0.2).getSpacedPoints(N);
  const pos: number[] = [];
  const idx: number[] = [];
  for (let i = 0; i <= N; i++) pos.push(...ca[i]!.toArray(), ...cb[i]!.toArray());
  for (let i = 0; i < N; i++) idx.push(i * 2, i * 2 + 1, i * 2 + 2, i * 2 + 1, i * 2 + 3, i * 2 + 2);
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  scene.add(new THREE.Mesh(g, material));
}

/** A flat ribbon of the band's width along the polyline, its face turned away from the facing point. */
function band(pts: THREE.Vector3[], d: Extract<ResolvedFibreDrawing, { shape: 'band' }>, material: THREE.Material) {
  if (pts.length < 2) return;
  const curve = new THREE.CatmullRomCurve3(pts, false, 'centripetal', 0.2);
  const c = curve.getSpacedPoints(48);
  const facing = d.facing
    ? new THREE.Vector3(...d.facing.at).applyMatrix4(toMatrix(frames[d.facing.segmentIndex]!))
    : undefined;
  const a: THREE.Vector3[] = [];
  const b: THREE.Vector3[] = [];
  c.forEach((p, i) => {
    const t = c[Math.min(i + 1, c.length - 1)]!.clone()
      .sub(c[Math.max(i - 1, 0)]!)
      .normalize();
    const n = facing ? p.clone().sub(facing) : new THREE.Vector3(1, 0, 0);
    n.addScaledVector(t, -n.dot(t)).normalize();
    const w = new THREE.Vector3().crossVectors(t, n).multiplyScalar(d.width / 2);
    a.push(p.clone().add(w));
    b.push(p.clone().sub(w));
  });
  strip(a, b, material);
}

const mat = (color: number, opacity = 1) =>
  new THREE.MeshStandardMaterial({ color, roughness: 0.5, side: THREE.DoubleSide, transparent: opacity < 1, opacity });
const COLOURS: Record<string, THREE.Material> = {
  nerve: mat(0xf2d43a),
  artery: mat(0xd8322b),
  vein: mat(0x3a5cc8),
  ligament: mat(0xd9dde2),
  fascia: mat(0xb8c4cc, 0.7),
};
const materialOf = (s: PathStructure) =>
  s.kind === 'vessel' ? (/vein|cava/.test(s.name) ? COLOURS.vein! : COLOURS.artery!) : COLOURS[s.kind]!;

const only = q.get('only');
for (const s of PATH_STRUCTURES) {
  if (only && !only.split(',').some((o) => s.id.includes(o))) continue;
  const lines = s.fibres.map(polyline);
  s.fibres.forEach((f, i) => {
    const d = s.drawing.fibres[i]!;
    if (d.shape === 'tube') tube(lines[i]!, d.radius, materialOf(s));
    else if (!s.drawing.sheets.some((sh) => sh.fibres.includes(f.name))) band(lines[i]!, d, materialOf(s));
  });
  for (const sheet of s.drawing.sheets) {
    const ls = sheet.fibres.map((n) => lines[s.fibres.findIndex((f) => f.name === n)]!);
    for (let i = 0; i + 1 < ls.length; i++) strip(ls[i]!, ls[i + 1]!, materialOf(s));
  }
}

const muscleMaterial = new THREE.MeshStandardMaterial({
  color: 0xb04a3c,
  transparent: true,
  opacity: Number(q.get('muscleOpacity') ?? 0.35),
  depthWrite: false,
});
for (const id of (q.get('muscles') ?? '').split(',').filter(Boolean)) {
  if (!isMuscleId(id)) continue;
  for (const f of muscle(id).fibres) tube(polyline(f), Number(q.get('muscleRadius') ?? 0.006), muscleMaterial);
}

const FOCUS: Record<string, [number, number, number, number]> = {
  pelvis: [-0.06, 0.98, 0, 0.75],
  hip: [-0.04, 0.92, 0.07, 0.42],
  abdomen: [-0.06, 1.1, 0, 0.55],
  thigh: [-0.05, 0.7, 0.08, 1.0],
  all: [-0.04, 0.65, 0, 2.2],
};
const fq = q.get('focus') ?? 'pelvis';
const f = FOCUS[fq] ?? (fq.split('_').map(Number) as [number, number, number, number]);
const target = new THREE.Vector3(f[0], f[1], f[2]);
const DIRS: Record<string, [number, number, number]> = {
  anterior: [1, 0, 0],
  posterior: [-1, 0, 0],
  right: [0, 0, 1],
  left: [0, 0, -1],
  superior: [0.0001, 1, 0],
  oblique: [0.8, 0.35, 0.6],
  oblique_left: [0.8, 0.35, -0.6],
};
const view = q.get('view') ?? 'anterior';
const d = new THREE.Vector3(...(DIRS[view] ?? (view.split('_').map(Number) as [number, number, number]))).normalize();
const camera = new THREE.PerspectiveCamera(24, innerWidth / innerHeight, 0.01, 20);
camera.position.copy(target).addScaledVector(d, f[3]);
camera.up.set(view === 'superior' ? -1 : 0, view === 'superior' ? 0 : 1, 0);
camera.lookAt(target);
key.position.copy(camera.position).add(new THREE.Vector3(0, 0.6, 0));
renderer.render(scene, camera);
(window as unknown as { ready: boolean }).ready = true;
