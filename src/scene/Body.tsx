/**
 * The body surface: a skinned mesh from public/models/body.glb whose joints are the segments. Each
 * frame the joints take the segments' world transforms, so the skin (and the zones painted on it)
 * follows every pose. Translucent. Carries the referral zones of the muscles on show, and in pain mode
 * takes clicks and strokes ("it hurts here").
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { use, useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { createZonePaint } from '../geometry/zones/zonePaint';
import { whenReady } from '../state/ready';
import { useRuntime } from '../state/runtimeContext';
import { skinOutlines } from './framing/outlines';
import { useStore } from '../state/store';
import { modelUrl } from './assets';
import { useModel } from './loadModel';
import { skinMaterial } from './materials';
import { poseSkin, rigSkin } from './modelRig';
import { UPDATE_PRIORITY } from './priorities';
import { neutralSkin, type SkinBind } from './skinBind';
import { loadPainter } from './zonePainter';
import { useShownZones } from './zonesShown';

/** Where a pick on the posed skin lies on the neutral skin (barycentric on the same triangle). */
function toNeutral(e: ThreeEvent<PointerEvent | MouseEvent>, bind: SkinBind) {
  const face = e.face;
  const bary = (e as unknown as { barycoord?: THREE.Vector3 }).barycoord;
  if (!face || !bary) return null;
  const p: [number, number, number] = [0, 0, 0];
  const n: [number, number, number] = [0, 0, 0];
  [face.a, face.b, face.c].forEach((v, k) => {
    const w = bary.getComponent(k);
    for (let c = 0; c < 3; c++) {
      p[c] = p[c]! + bind.positions[v * 3 + c]! * w;
      n[c] = n[c]! + bind.normals[v * 3 + c]! * w;
    }
  });
  const l = Math.hypot(...n) || 1;
  return { p, n: n.map((x) => x / l) as [number, number, number] };
}

export function Body() {
  const gltf = useModel(modelUrl('body'));
  const runtime = useRuntime();
  const { frame } = runtime;
  const { skin, material, bind, paint, painted } = useMemo(() => {
    const skin = rigSkin(gltf.scene);
    const material = skinMaterial(useStore.getState().skinOpacity);
    skin.mesh.material = material;
    skin.mesh.renderOrder = 10;
    const bind = neutralSkin(skin.mesh);
    const count = bind.positions.length / 3;
    const paint = createZonePaint(count);
    const painted = new Float32Array(count);
    const g = skin.mesh.geometry;
    g.setAttribute('zoneE', new THREE.BufferAttribute(paint.essential, 4));
    g.setAttribute('zoneS', new THREE.BufferAttribute(paint.spillover, 4));
    g.setAttribute('painted', new THREE.BufferAttribute(painted, 1));
    g.setAttribute('bindPos', new THREE.BufferAttribute(bind.positions, 3));
    return { skin, material, bind, paint, painted };
  }, [gltf]);
  const { root, mesh } = skin;
  // Fast picking on the posed skin arrives after the first frame (three's own raycast serves until then).
  useEffect(
    () => whenReady(() => void import('./skinPicker').then((m) => m.makeSkinPickable(mesh, frame))),
    [mesh, frame],
  );
  const version = useRef(-1);
  const zones = useShownZones();
  // A view that opens with zones on show waits for the painter, so its first frame (the page's ready
  // signal) shows them; later, zones are painted when the painter arrives, the view never blanking.
  const mounted = useRef(false);
  if (!mounted.current && zones.muscles.length > 0) use(loadPainter());
  useEffect(() => {
    mounted.current = true;
  }, []);
  const zonesShown = useRef(false);
  zonesShown.current = zones.muscles.length > 0;
  const painPoints = useStore((s) => s.painPoints);
  const mode = useStore((s) => s.mode);

  useEffect(() => () => material.dispose(), [material]);

  useEffect(() => {
    const g = skin.mesh.geometry;
    runtime.outlines.set(
      'skin',
      skinOutlines(bind.positions, g.attributes.skinIndex!.array, g.attributes.skinWeight!.array, skin.joints.map((j) => j.segment)),
    );
    runtime.outlinesVersion++;
    runtime.invalidate();
    return () => {
      runtime.outlines.delete('skin');
      runtime.outlinesVersion++;
    };
  }, [runtime, skin, bind]);

  // Repaint the zones only when the muscles or patterns on show change. The painter comes with the
  // referral patterns, in a chunk of its own (zonePainter.ts): fetched the first time zones are shown.
  useEffect(() => {
    const uniforms = material.userData.uniforms;
    if (!zones.muscles.length) {
      uniforms.uZonesOn.value = 0;
      runtime.invalidate();
      return;
    }
    let current = true;
    void loadPainter().then(({ paintZones }) => {
      if (!current) return;
      const lit = paintZones(paint, bind.positions, bind.normals, zones.muscles, zones.patterns);
      uniforms.uZonesOn.value = lit ? 1 : 0;
      mesh.geometry.attributes.zoneE!.needsUpdate = true;
      mesh.geometry.attributes.zoneS!.needsUpdate = true;
      runtime.invalidate();
    });
    return () => {
      current = false;
    };
  }, [zones, paint, bind, material, mesh, runtime]);

  // Mark the painted area: skin within 2 cm of each point shown, fully within 1.2 cm.
  useEffect(() => {
    painted.fill(0);
    const n = painted.length;
    for (const { p } of painPoints) {
      for (let v = 0; v < n; v++) {
        const d = Math.hypot(bind.positions[v * 3]! - p[0], bind.positions[v * 3 + 1]! - p[1], bind.positions[v * 3 + 2]! - p[2]);
        if (d < 0.02) painted[v] = Math.max(painted[v]!, d < 0.012 ? 1 : (0.02 - d) / 0.008);
      }
    }
    mesh.geometry.attributes.painted!.needsUpdate = true;
  }, [painPoints, painted, bind, mesh]);

  useFrame(() => {
    const s = useStore.getState();
    root.visible = s.layers.includes('skin') || s.mode === 'pain';
    // Pain zones are red like the muscles beneath: make the skin solid enough that a zone reads as skin.
    const zonesOn = zonesShown.current;
    material.opacity =
      s.mode === 'pain'
        ? Math.max(s.skinOpacity, 0.88)
        : zonesOn
          ? Math.max(s.skinOpacity, 0.62)
          : s.xray || s.seeThrough.includes('skin')
            ? Math.min(s.skinOpacity, 0.12)
            : s.skinOpacity;
    if (version.current === frame.version) return;
    version.current = frame.version;
    poseSkin(skin, frame.frames);
  }, UPDATE_PRIORITY);

  // In pain mode the skin takes clicks and strokes; otherwise it lets them through to what lies beneath.
  const painting = useRef(false);
  const add = (e: ThreeEvent<PointerEvent | MouseEvent>) => {
    const hit = toNeutral(e, bind);
    if (!hit) return;
    const s = useStore.getState();
    const last = s.painPoints[s.painPoints.length - 1];
    if (last && Math.hypot(last.p[0] - hit.p[0], last.p[1] - hit.p[1], last.p[2] - hit.p[2]) < 0.02) return;
    s.set('painPoints', [...s.painPoints, hit].slice(-40));
  };
  const handlers =
    mode === 'pain'
      ? {
          onPointerDown: (e: ThreeEvent<PointerEvent>) => {
            e.stopPropagation();
            painting.current = true;
            add(e);
          },
          onPointerMove: (e: ThreeEvent<PointerEvent>) => {
            if (!painting.current) return;
            e.stopPropagation();
            add(e);
          },
          onPointerUp: () => {
            painting.current = false;
          },
        }
      : {
          // Exploring, the skin names itself under the pointer (when nothing beneath does) but lets clicks
          // through to what lies beneath.
          onPointerMove: () => {
            const st = useStore.getState();
            if (!st.hovered) st.setHovered('skin');
          },
          onPointerOut: () => {
            if (useStore.getState().hovered === 'skin') useStore.getState().setHovered(null);
          },
        };

  return (
    <group {...handlers}>
      <primitive object={root} />
    </group>
  );
}
