/**
 * The "Labels" layer: names of bony landmarks (ASIS, iliac crest, greater and lesser trochanter…) and of
 * the selected muscle's attachments, on the model, with leader lines — in a font shipped with the app
 * (Atkinson Hyperlegible, made for legibility). Labels are plain DOM over the canvas, placed every frame
 * the camera or the pose changed: hidden when their point is behind a bone or off screen, never
 * overlapping (src/geometry/labels/layout.ts), keeping their place while the body turns.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { applyPoint, applyVector } from '../../anatomy/math/transform';
import { muscle } from '../../anatomy/muscles/catalog';
import { attachmentsOf } from '../../anatomy/muscles/attachments';
import { isMuscleId } from '../../anatomy/muscles/catalog';
import { SEGMENT_INDEX } from '../../anatomy/model/segments';
import { type LabelInput, placeLabels } from '../../geometry/labels/layout';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { BONY_LANDMARKS, type LabelSpec, landmarkLabel, landmarkPriority } from './landmarkLabels';
import './labels.css';

/** How much nearer than its point a bone must be to hide a label (attachments sit on the bone), m. */
const OCCLUSION_SLACK = 0.015;

interface Shown {
  spec: LabelSpec;
  el: HTMLDivElement;
  width: number;
  height: number;
}

export function LabelsLayer() {
  const on = useStore((s) => s.layers.includes('labels'));
  const selected = useStore((s) => s.muscle);
  if (!on) return null;
  return <Labels selected={selected} />;
}

function Labels({ selected }: { selected: string | null }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const runtime = useRuntime();

  const specs = useMemo<LabelSpec[]>(() => {
    const list: LabelSpec[] = [];
    const named = new Set<string>();
    if (selected && isMuscleId(selected)) {
      const a = attachmentsOf(muscle(selected));
      for (const t of [...a.origin, ...a.insertion]) named.add(t.landmark ?? t.name.toLowerCase());
      for (const [end, items] of [
        ['origin', a.origin],
        ['insertion', a.insertion],
      ] as const) {
        for (const [i, t] of items.entries()) {
          list.push({
            id: `${end}:${i}:${t.name}`,
            text: t.name,
            kind: end,
            segment: SEGMENT_INDEX[t.segment],
            at: t.at,
            priority: 10 - i,
          });
        }
      }
    }
    // Bony landmarks, less those the attachments already name.
    for (const id of BONY_LANDMARKS) {
      const l = landmarkLabel(id, landmarkPriority(id));
      if (!named.has(id) && !named.has(l.text.toLowerCase())) list.push(l);
    }
    return list;
  }, [selected]);

  // The overlay: one SVG for the leader lines and a box per label, over the canvas.
  const layer = useMemo(() => {
    const root = document.createElement('div');
    root.className = 'labels-layer';
    root.setAttribute('aria-hidden', 'true');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.classList.add('labels-lines');
    root.append(svg);
    return { root, svg };
  }, []);
  const shown = useRef<Shown[]>([]);
  useEffect(() => {
    const host = gl.domElement.parentElement;
    if (!host) return;
    host.append(layer.root);
    return () => layer.root.remove();
  }, [gl, layer]);
  useEffect(() => {
    for (const s of shown.current) s.el.remove();
    shown.current = specs.map((spec) => {
      const el = document.createElement('div');
      el.className = `label label-${spec.kind}`;
      el.textContent = spec.text;
      layer.root.append(el);
      return { spec, el, width: 0, height: 0 };
    });
    // Measure once the font is in (it only loads with this layer).
    void document.fonts.ready.then(() => {
      for (const s of shown.current) {
        s.width = s.el.offsetWidth;
        s.height = s.el.offsetHeight;
      }
      runtime.invalidate();
    });
    for (const s of shown.current) {
      s.width = s.el.offsetWidth;
      s.height = s.el.offsetHeight;
    }
    runtime.invalidate();
    return () => {
      for (const s of shown.current) s.el.remove();
      shown.current = [];
    };
  }, [specs, layer, runtime]);

  const previous = useRef(new Map<string, number>());
  const last = useRef({ camera: new THREE.Matrix4(), version: -1, w: 0, h: 0, n: -1 });
  const work = useMemo(
    () => ({ world: new Float64Array(3), faces: new Float64Array(3), v: new THREE.Vector3(), ray: new THREE.Raycaster(), dir: new THREE.Vector3() }),
    [],
  );

  useFrame(() => {
    const l = last.current;
    const f = runtime.frame;
    if (l.version === f.version && l.camera.equals(camera.matrixWorld) && l.w === size.width && l.h === size.height && l.n === shown.current.length) return;
    l.version = f.version;
    l.camera.copy(camera.matrixWorld);
    l.w = size.width;
    l.h = size.height;
    l.n = shown.current.length;
    const bones = scene.getObjectByName('bones');
    const inputs: LabelInput[] = [];
    const anchors = new Map<string, { x: number; y: number }>();
    let cx = 0;
    let cy = 0;
    for (const s of shown.current) {
      const { spec } = s;
      applyPoint(f.frames[spec.segment]!, spec.at, work.world);
      const v = work.v.set(work.world[0]!, work.world[1]!, work.world[2]!);
      // Facing away (its side of the bone turned from the camera), or behind a bone?
      if (spec.faces) {
        applyVector(f.frames[spec.segment]!, spec.faces, work.faces);
        const fx = camera.position.x - v.x;
        const fy = camera.position.y - v.y;
        const fz = camera.position.z - v.z;
        if (work.faces[0]! * fx + work.faces[1]! * fy + work.faces[2]! * fz <= 0) continue;
      }
      const distance = v.distanceTo(camera.position);
      work.dir.copy(v).sub(camera.position).normalize();
      work.ray.set(camera.position, work.dir);
      work.ray.far = distance - OCCLUSION_SLACK;
      const hidden = bones?.visible && work.ray.far > 0 && work.ray.intersectObject(bones, true).length > 0;
      v.project(camera);
      const x = ((v.x + 1) / 2) * size.width;
      const y = ((1 - v.y) / 2) * size.height;
      const onScreen = v.z < 1 && x >= 0 && x <= size.width && y >= 0 && y <= size.height;
      if (hidden || !onScreen) continue;
      anchors.set(spec.id, { x, y });
      cx += x;
      cy += y;
      inputs.push({ id: spec.id, x, y, width: s.width, height: s.height, priority: spec.priority, far: spec.kind !== 'landmark' });
    }
    const n = inputs.length || 1;
    const dots = inputs.map((a) => ({ left: a.x - 4, top: a.y - 4, right: a.x + 4, bottom: a.y + 4 }));
    const placed = new Map(placeLabels(inputs, size.width, size.height, { x: cx / n, y: cy / n }, previous.current, dots).map((p) => [p.id, p]));
    previous.current = new Map([...placed].map(([id, p]) => [id, p.slot]));
    const lines: string[] = [];
    for (const s of shown.current) {
      const p = placed.get(s.spec.id);
      const a = anchors.get(s.spec.id);
      if (!p || !a) {
        s.el.style.visibility = 'hidden';
        continue;
      }
      s.el.style.visibility = 'visible';
      s.el.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
      // The line runs from the point to the nearest point of the label's box.
      const ex = Math.min(Math.max(a.x, p.left), p.left + s.width);
      const ey = Math.min(Math.max(a.y, p.top), p.top + s.height);
      lines.push(
        `<line class="label-line label-${s.spec.kind}" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}"/><circle class="label-dot label-${s.spec.kind}" cx="${a.x.toFixed(1)}" cy="${a.y.toFixed(1)}" r="3"/>`,
      );
    }
    layer.svg.innerHTML = lines.join('');
  }, 0);

  return null;
}
