/**
 * Ligaments, fascia, the diaphragm's crura, nerves and vessels: each path-bound structure drawn as tubes,
 * bands and sheets along the same posed paths as the muscles (src/geometry/structures/tubeGeometry.ts),
 * rebuilt in place when the pose changes. The nearest thing under the pointer is what a click selects, a
 * nerve in front of a muscle as a muscle in front of a nerve (hidden ones are not hit); in the quiz, whose
 * answers are muscles, clicks pass through them. The selected one is drawn in the selection colour
 * muscles use.
 */
import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Pose } from '../../anatomy/model/coordinates';
import type { Frames } from '../../anatomy/model/kinematics';
import { PATH_STRUCTURES, type PathStructure } from '../../anatomy/structures';
import { StructureGeometry } from '../../geometry/structures/tubeGeometry';
import { useRuntime } from '../../state/runtimeContext';
import { selectById } from '../../state/selection';
import { useStore } from '../../state/store';
import { hoverHandlers } from '../hover';
import { COLOURS, setSeeThrough } from '../materials';
import { UPDATE_PRIORITY } from '../priorities';
import { layerOfKind } from '../../state/structureLayer';
import { isVein, structureVisible } from './visibility';

export const STRUCTURE_COLOURS = {
  nerve: new THREE.Color('#e8c547'),
  artery: new THREE.Color('#c8322d'),
  vein: new THREE.Color('#3b5fb0'),
  /**
   * Ligaments and fascia: silvery blue-grey, as atlases draw dense connective tissue — pearly white would
   * vanish against the ivory bones they attach to.
   */
  connective: new THREE.Color('#b4c3d8'),
};

type Look = keyof typeof STRUCTURE_COLOURS | 'selected';

const lookOf = (p: PathStructure): Look =>
  p.kind === 'nerve' ? 'nerve' : p.kind === 'vessel' ? (isVein(p) ? 'vein' : 'artery') : 'connective';

function makeMaterials(): Record<Look, THREE.MeshStandardMaterial> {
  // Double-sided: fascia sheets are seen from both sides, and tube ends are open.
  const m = (colour: THREE.Color, roughness: number) =>
    new THREE.MeshStandardMaterial({ color: colour, roughness, metalness: 0, side: THREE.DoubleSide });
  return {
    nerve: m(STRUCTURE_COLOURS.nerve, 0.5),
    artery: m(STRUCTURE_COLOURS.artery, 0.45),
    vein: m(STRUCTURE_COLOURS.vein, 0.45),
    connective: m(STRUCTURE_COLOURS.connective, 0.3),
    selected: m(COLOURS.selected, 0.4),
  };
}

interface Drawn {
  structure: PathStructure;
  geometry: StructureGeometry;
  mesh: THREE.Mesh;
  position: THREE.BufferAttribute;
  normal: THREE.BufferAttribute;
  /** The frame version it was last posed for. */
  version: number;
}

const noRaycast = () => {};

export function Structures() {
  const runtime = useRuntime();
  const { frame } = runtime;
  const materials = useMemo(makeMaterials, []);
  // A see-through twin of each look, for the layers drawn see-through (a layer is one or two looks).
  const seeThrough = useMemo(() => {
    const twins = makeMaterials();
    for (const m of Object.values(twins)) setSeeThrough(m, true);
    return twins;
  }, []);
  // Built lazily, per structure, the first time its layer is on: most views never show them.
  const drawn = useMemo(() => new Map<string, Drawn>(), []);
  const group = useRef<THREE.Group>(null);

  useEffect(
    () => () => {
      // Meshes leave the group too: a remount (React's strict mode) builds them afresh.
      for (const d of drawn.values()) {
        d.mesh.removeFromParent();
        d.mesh.geometry.dispose();
      }
      drawn.clear();
      for (const m of Object.values(materials)) m.dispose();
      for (const m of Object.values(seeThrough)) m.dispose();
    },
    [drawn, materials, seeThrough],
  );

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const s = useStore.getState();
    for (let i = 0; i < PATH_STRUCTURES.length; i++) {
      const p = PATH_STRUCTURES[i]!;
      const visible = structureVisible(s, p);
      let d = drawn.get(p.id);
      if (!visible) {
        if (d) {
          d.mesh.visible = false;
          // The raycaster does not look at `visible`: a hidden nerve must not catch the pointer.
          d.mesh.raycast = noRaycast;
        }
        continue;
      }
      if (!d) {
        d = build(p, frame.frames, frame.pose, materials[lookOf(p)], frame.version);
        drawn.set(p.id, d);
        g.add(d.mesh);
        // The selection drawn at last (a link to a nerve, whose chunk came after the first frame): the
        // camera refits, and frames it if it was asked to (CameraRig's focus).
        if (s.structure === p.id) {
          runtime.outlinesVersion++;
          runtime.invalidate();
        }
      } else if (d.version !== frame.version) {
        // Only shown structures follow the pose; a hidden one catches up when it is shown again.
        d.version = frame.version;
        d.geometry.update(frame.frames, frame.pose);
        d.position.needsUpdate = true;
        d.normal.needsUpdate = true;
        // In place after the first: the bounds cull it and tell the test probe where it is.
        d.mesh.geometry.computeBoundingBox();
        d.mesh.geometry.computeBoundingSphere();
      }
      d.mesh.visible = true;
      d.mesh.raycast = THREE.Mesh.prototype.raycast;
      const selected = s.structure === p.id;
      const look = lookOf(p);
      d.mesh.material = selected
        ? materials.selected
        : s.seeThrough.includes(layerOfKind(p.kind))
          ? seeThrough[look]
          : materials[look];
      // How it is drawn, for the test probe (as muscles' shownAs).
      d.mesh.userData.shownAs = selected ? 'selected' : 'plain';
    }
  }, UPDATE_PRIORITY);

  const idOf = (e: ThreeEvent<PointerEvent | MouseEvent>) => e.object.userData.structureId as string;
  const hover = hoverHandlers(idOf);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (useStore.getState().mode === 'quiz') return;
    e.stopPropagation();
    selectById(idOf(e));
  };

  return <group ref={group} name="structures" {...hover} onClick={onClick} />;
}

function build(p: PathStructure, frames: Frames, pose: Pose, material: THREE.Material, version: number): Drawn {
  const geometry = new StructureGeometry(p, frames, pose);
  const g = new THREE.BufferGeometry();
  const position = new THREE.BufferAttribute(geometry.positions, 3).setUsage(THREE.DynamicDrawUsage);
  const normal = new THREE.BufferAttribute(geometry.normals, 3).setUsage(THREE.DynamicDrawUsage);
  g.setAttribute('position', position);
  g.setAttribute('normal', normal);
  g.setIndex(new THREE.BufferAttribute(geometry.index, 1));
  const mesh = new THREE.Mesh(g, material);
  mesh.name = p.id;
  mesh.userData.structureId = p.id;
  g.computeBoundingBox();
  g.computeBoundingSphere();
  return { structure: p, geometry, mesh, position, normal, version };
}
