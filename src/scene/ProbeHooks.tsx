/**
 * A small read-only window.myomapProbe for browser tests and debugging: where a muscle is on screen,
 * which muscles are drawn, the current pose. It changes nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { COORDINATE_NAMES } from '../anatomy/model/coordinates';
import { frame } from '../state/frame';

export interface Probe {
  /** Page coordinates of the middle of a muscle's belly (or null when it is not drawn). */
  screenPoint(id: string): { x: number; y: number } | null;
  /** Page coordinates of a world point (metres). */
  project(x: number, y: number, z: number): { x: number; y: number };
  /** Share of the canvas pixels that are strongly red, left and right of the middle (zones on screen). */
  redPixels(): { left: number; right: number };
  visibleMuscles(): string[];
  pose(): Record<string, number>;
  phase(): number;
  /** World bounding box of a named object (`bones/femur_r`, a muscle id, `skin`), or null. */
  bounds(name: string): { min: number[]; max: number[]; matrix: number[] } | null;
  /** GPU resources held by the renderer (geometries, textures, programs) and the JS heap, if known. */
  resources(): { geometries: number; textures: number; programs: number; heap: number | null };
}

export function ProbeHooks() {
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const probe: Probe = {
      screenPoint(id) {
        const mesh = scene.getObjectByName(id) as THREE.Mesh | undefined;
        if (!mesh?.visible) return null;
        const g = mesh.geometry;
        g.computeBoundingBox();
        const p = new THREE.Vector3();
        // A vertex near the middle of the belly, on the side facing the camera.
        const pos = g.attributes.position!;
        const n = g.attributes.normal!;
        const ring = 14;
        const mid = Math.floor(pos.count / ring / 2) * ring;
        let best = -2;
        const toCam = new THREE.Vector3();
        for (let j = 0; j < ring; j++) {
          const v = new THREE.Vector3().fromBufferAttribute(pos, mid + j);
          const nv = new THREE.Vector3().fromBufferAttribute(n, mid + j);
          toCam.copy(camera.position).sub(v).normalize();
          const d = nv.dot(toCam);
          if (d > best) {
            best = d;
            p.copy(v);
          }
        }
        p.project(camera);
        const r = gl.domElement.getBoundingClientRect();
        return { x: r.left + ((p.x + 1) / 2) * r.width, y: r.top + ((1 - p.y) / 2) * r.height };
      },
      project(x, y, z) {
        const p = new THREE.Vector3(x, y, z).project(camera);
        const r = gl.domElement.getBoundingClientRect();
        return { x: r.left + ((p.x + 1) / 2) * r.width, y: r.top + ((1 - p.y) / 2) * r.height };
      },
      redPixels() {
        const src = gl.domElement;
        const c = document.createElement('canvas');
        c.width = src.width;
        c.height = src.height;
        const g = c.getContext('2d');
        if (!g) return { left: 0, right: 0 };
        g.drawImage(src, 0, 0);
        const { data, width, height } = g.getImageData(0, 0, c.width, c.height);
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
      pose() {
        return Object.fromEntries(COORDINATE_NAMES.map((n, i) => [n, frame.pose[i]!]));
      },
      phase() {
        return frame.phase;
      },
      bounds(name) {
        // "group/child" looks inside a group (bone meshes share names with the skin's joints).
        let o: THREE.Object3D | undefined = scene;
        for (const part of name.split('/')) o = o?.getObjectByName(part);
        if (!o) return null;
        o.updateWorldMatrix(true, true);
        const b = new THREE.Box3().setFromObject(o);
        return { min: b.min.toArray(), max: b.max.toArray(), matrix: o.matrixWorld.elements.slice() };
      },
      resources() {
        const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        return {
          geometries: gl.info.memory.geometries,
          textures: gl.info.memory.textures,
          programs: gl.info.programs?.length ?? 0,
          heap: mem ? mem.usedJSHeapSize : null,
        };
      },
    };
    (window as unknown as { myomapProbe: Probe }).myomapProbe = probe;
    (window as unknown as { __skin: () => unknown }).__skin = () => {
      const m = scene.getObjectByName('skin') as THREE.SkinnedMesh | undefined;
      if (!m) return null;
      const g = m.geometry;
      const e = g.attributes.zoneE?.array as Float32Array | undefined;
      const b = g.attributes.bindPos?.array as Float32Array | undefined;
      let maxE = 0;
      if (e) for (const v of e) maxE = Math.max(maxE, v);
      const ys = b ? [Math.min(...b.filter((_, i) => i % 3 === 1)), Math.max(...b.filter((_, i) => i % 3 === 1))] : null;
      return { maxE, ys, on: (m.material as THREE.Material & { userData: { uniforms?: { uZonesOn: { value: number } } } }).userData.uniforms?.uZonesOn.value };
    };
    (window as unknown as { __tree: () => string }).__tree = () => {
      const out: string[] = [];
      scene.traverse((o) => out.push(`${o.type}:${o.name}`));
      return out.join(' ');
    };
  }, [scene, camera, gl]);
  return null;
}
