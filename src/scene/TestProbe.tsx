/**
 * A window into one viewer for browser tests, screenshots and the bench — installed only when the page
 * asks for it before loading (`window.myomapTestHooks = true`, set by the test harness through an init
 * script), so production pages carry no debug globals. It reads the scene and the runtime; the only
 * things it can change are the camera (`camera`) and the bench's timing switch (`perf().enabled`).
 *
 * `window.myomapProbes[name]` holds every viewer's probe (compare mode has two); `window.myomapProbe` is
 * the first viewer's.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { COORDINATE_NAMES } from '../anatomy/model/coordinates';
import { MUSCLE_IDS } from '../anatomy/muscles/catalog';
import type { Perf } from '../state/perf';
import { useRuntime } from '../state/runtimeContext';

export interface Probe {
  /** Which viewer this is ("main", "compare-a", …). */
  name: string;
  /**
   * Page coordinates of the middle of a muscle's first fibre, a point of a structure's surface, or a point
   * inside a bone's outline at its mid-height, as drawn now (null when not drawn).
   */
  screenPoint(id: string): { x: number; y: number } | null;
  /** Page coordinates of a world point (metres). */
  project(x: number, y: number, z: number): { x: number; y: number };
  /** Share of the canvas pixels that are strongly red, left and right of the middle (zones on screen). */
  redPixels(): { left: number; right: number };
  /**
   * Where the model is drawn: the box of the canvas pixels that are not transparent, as fractions of the
   * canvas (0 = left/top), or null when nothing is drawn.
   */
  modelBox(): { left: number; right: number; top: number; bottom: number } | null;
  visibleMuscles(): string[];
  /** Ligaments, fascia, nerves and vessels drawn now (their ids). */
  visibleStructures(): string[];
  /** How a muscle (or a nerve, ligament, bone…) is drawn now: 'selected', 'highlighted', 'hovered', 'plain', or 'hidden'. */
  shownAs(id: string): string;
  /** The pose on screen (gait2392 coordinate values), the phase, and a muscle's length (m). */
  pose(): Record<string, number>;
  phase(): number;
  length(id: string): number;
  /** World bounding box of a named object (`bones/femur_r`, a muscle id, `skin`), or null. */
  bounds(name: string): { min: number[]; max: number[]; matrix: number[] } | null;
  /**
   * How opaque a named mesh is drawn (`muscles/psoas_major_r`, `bones/femur_r`, `structures/femoral_nerve_r`):
   * its material's opacity when see-through, 1 when solid; null when there is no such mesh.
   */
  opacity(name: string): number | null;
  /** GPU resources held by the renderer (geometries, textures, programs). */
  resources(): { geometries: number; textures: number; programs: number };
  /** Frames drawn so far by this viewer. */
  frames(): number;
  /** Frames requested and not drawn yet (a frame the GPU is still working on holds the next one back). */
  pendingFrames(): number;
  /** The bench's timing record (set `enabled` to start recording). */
  perf(): Perf;
  /** Put the camera somewhere precise. */
  camera(position: number[], target: number[]): void;
  /** The covered part of the view (fractions) that the camera's last fit framed around (null before the camera exists). */
  fittedInsets(): { top: number; right: number; bottom: number; left: number } | null;
}

/**
 * A point inside a bone, in the world: the centre of its vertices within a centimetre of its mid-height (a
 * long bone's shaft, the patella's middle), which lies inside its outline on screen from any side.
 */
function bonePoint(mesh: THREE.Mesh): THREE.Vector3 {
  mesh.updateWorldMatrix(true, false);
  const p = mesh.geometry.getAttribute('position');
  const v = new THREE.Vector3();
  const ys = new Float64Array(p.count);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < p.count; i++) {
    ys[i] = v.fromBufferAttribute(p, i).applyMatrix4(mesh.matrixWorld).y;
    lo = Math.min(lo, ys[i]!);
    hi = Math.max(hi, ys[i]!);
  }
  const mid = (lo + hi) / 2;
  const sum = new THREE.Vector3();
  let n = 0;
  for (let i = 0; i < p.count; i++) {
    if (Math.abs(ys[i]! - mid) > 0.01) continue;
    sum.add(v.fromBufferAttribute(p, i).applyMatrix4(mesh.matrixWorld));
    n++;
  }
  return n ? sum.divideScalar(n) : sum.set(0, mid, 0);
}

type ProbeWindow = Window & { myomapTestHooks?: boolean; myomapProbe?: Probe; myomapProbes?: Record<string, Probe> };

export function TestProbe() {
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const rootState = useThree((s) => s.get);
  const runtime = useRuntime();
  useEffect(() => {
    const w = window as ProbeWindow;
    if (!w.myomapTestHooks) return;
    const toPage = (p: THREE.Vector3) => {
      p.project(camera);
      const r = gl.domElement.getBoundingClientRect();
      return { x: r.left + ((p.x + 1) / 2) * r.width, y: r.top + ((1 - p.y) / 2) * r.height };
    };
    const at = new Float64Array(3);
    /** The canvas as drawn last (it keeps its drawing buffer), as pixels. */
    const readCanvas = () => {
      const src = gl.domElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const g = c.getContext('2d');
      if (!g) return null;
      g.drawImage(src, 0, 0);
      return g.getImageData(0, 0, c.width, c.height);
    };
    const probe: Probe = {
      name: runtime.name,
      screenPoint(id) {
        // Bones first, by their group: the skin's joints share the segments' names (femur_r).
        const bone = scene.getObjectByName('bones')?.getObjectByName(id);
        if (bone) return bone.visible && bone.parent?.visible ? toPage(bonePoint(bone as THREE.Mesh)) : null;
        const mesh = scene.getObjectByName(id);
        if (mesh?.visible && mesh.userData.structureId) {
          // A nerve, ligament…: the vertex of its drawn surface nearest its mid-height, away from the
          // neighbours at its ends (a thin tube: the point lies inside its outline on screen).
          const p = (mesh as THREE.Mesh).geometry.getAttribute('position');
          const box = (mesh as THREE.Mesh).geometry.boundingBox!;
          const mid = (box.min.y + box.max.y) / 2;
          let best = 0;
          for (let i = 1; i < p.count; i++) if (Math.abs(p.getY(i) - mid) < Math.abs(p.getY(best) - mid)) best = i;
          return toPage(new THREE.Vector3().fromBufferAttribute(p, best).applyMatrix4(mesh.matrixWorld));
        }
        if (!mesh?.visible || !runtime.musclePoints?.pointOn(id, 0, 0.5, at)) return null;
        return toPage(new THREE.Vector3(at[0], at[1], at[2]));
      },
      project: (x, y, z) => toPage(new THREE.Vector3(x, y, z)),
      modelBox() {
        const image = readCanvas();
        if (!image) return null;
        const { data, width, height } = image;
        let left = width;
        let right = -1;
        let top = height;
        let bottom = -1;
        for (let y = 0; y < height; y += 2) {
          for (let x = 0; x < width; x += 2) {
            if (data[(y * width + x) * 4 + 3]! < 24) continue;
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
          }
        }
        return right < 0
          ? null
          : { left: left / width, right: (right + 1) / width, top: top / height, bottom: (bottom + 1) / height };
      },
      redPixels() {
        const image = readCanvas();
        if (!image) return { left: 0, right: 0 };
        const { data, width, height } = image;
        let left = 0;
        let right = 0;
        for (let y = 0; y < height; y += 2) {
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            const r = data[i]!;
            const gg = data[i + 1]!;
            const b = data[i + 2]!;
            if (r > 140 && r > 1.8 * gg && r > 1.8 * b) {
              if (x < width / 2) left++;
              else right++;
            }
          }
        }
        const n = (width * height) / 4;
        return { left: left / n, right: right / n };
      },
      visibleMuscles() {
        const out: string[] = [];
        scene.getObjectByName('muscles')?.children.forEach((c) => {
          if (c.visible) out.push(c.name);
        });
        return out;
      },
      visibleStructures() {
        const out: string[] = [];
        scene.getObjectByName('structures')?.children.forEach((c) => {
          if (c.visible) out.push(c.name);
        });
        return out;
      },
      shownAs(id) {
        const mesh =
          scene.getObjectByName('muscles')?.getObjectByName(id) ??
          scene.getObjectByName('structures')?.getObjectByName(id) ??
          scene.getObjectByName('bones')?.getObjectByName(id);
        if (!mesh?.visible || !mesh.parent?.visible) return 'hidden';
        return String(mesh.userData.shownAs ?? 'plain');
      },
      pose: () => Object.fromEntries(COORDINATE_NAMES.map((n, i) => [n, runtime.frame.pose[i]!])),
      phase: () => runtime.frame.phase,
      length: (id) => runtime.frame.lengths[MUSCLE_IDS.indexOf(id as (typeof MUSCLE_IDS)[number])] ?? Number.NaN,
      bounds(name) {
        // "group/child" looks inside a group (bone meshes share names with the skin's joints).
        let o: THREE.Object3D | undefined = scene;
        for (const part of name.split('/')) o = o?.getObjectByName(part);
        if (!o) return null;
        o.updateWorldMatrix(true, true);
        const b = new THREE.Box3().setFromObject(o);
        return { min: b.min.toArray(), max: b.max.toArray(), matrix: o.matrixWorld.elements.slice() };
      },
      opacity(name) {
        let o: THREE.Object3D | undefined = scene;
        for (const part of name.split('/')) o = o?.getObjectByName(part);
        const m = (o as THREE.Mesh | undefined)?.material;
        if (!m || Array.isArray(m)) return null;
        return m.transparent ? m.opacity : 1;
      },
      resources: () => ({
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
      }),
      frames: () => runtime.perf.frames,
      pendingFrames: () => rootState().internal.frames,
      perf: () => runtime.perf,
      camera(p, t) {
        runtime.camera?.lookAt(p, t, false);
        invalidate();
      },
      fittedInsets: () => runtime.camera?.fittedInsets() ?? null,
    };
    w.myomapProbes = { ...w.myomapProbes, [runtime.name]: probe };
    w.myomapProbe ??= probe;
    return () => {
      if (w.myomapProbes) delete w.myomapProbes[runtime.name];
      if (w.myomapProbe === probe) w.myomapProbe = undefined;
    };
  }, [scene, camera, gl, invalidate, runtime, rootState]);
  return null;
}
