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
  visibleMuscles(): string[];
  pose(): Record<string, number>;
  phase(): number;
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
  }, [scene, camera, gl]);
  return null;
}
