/**
 * The selected muscle's trigger points as X marks on the muscle itself (Travell & Simons' convention),
 * shown with the referral zones. Drawn on top so a mark inside a muscle stays visible; placed each frame
 * from the muscle's loft, so they ride with every pose.
 */
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import * as THREE from 'three';
import { muscle } from '../anatomy/muscles/catalog';
import { muscleEntry } from '../anatomy/muscleDirectory';
import { useStore } from '../state/store';
import { useRuntime } from '../state/runtimeContext';

const MAX_MARKS = 6;

function xTexture(): THREE.CanvasTexture {
  const c = document.createElement('canvas');
  c.width = c.height = 64;
  const g = c.getContext('2d');
  if (g) {
    g.lineCap = 'round';
    for (const [w, colour] of [
      [18, '#ffffff'],
      [10, '#000000'],
    ] as const) {
      g.lineWidth = w;
      g.strokeStyle = colour;
      g.beginPath();
      g.moveTo(14, 14);
      g.lineTo(50, 50);
      g.moveTo(50, 14);
      g.lineTo(14, 50);
      g.stroke();
    }
  }
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.SRGBColorSpace;
  // A mark is some 20 px across: mipmaps would blur its black stroke into the white rim, to grey.
  t.generateMipmaps = false;
  t.minFilter = THREE.LinearFilter;
  return t;
}

export function TriggerMarks() {
  const sprites = useMemo(() => {
    const material = new THREE.SpriteMaterial({ map: xTexture(), depthTest: false, transparent: true, toneMapped: false });
    return Array.from({ length: MAX_MARKS }, () => {
      const s = new THREE.Sprite(material);
      s.scale.setScalar(0.028);
      s.renderOrder = 20;
      s.visible = false;
      return s;
    });
  }, []);
  const group = useRef<THREE.Group>(null);
  const at = useMemo(() => new Float64Array(3), []);
  const runtime = useRuntime();

  useFrame(() => {
    const s = useStore.getState();
    const id = s.muscle;
    const show = Boolean(id && (s.zones || s.mode === 'pain'));
    const points = show && id ? muscleEntry(muscle(id).name).triggerPoints : [];
    const surface = runtime.musclePoints;
    for (let i = 0; i < sprites.length; i++) {
      const sprite = sprites[i]!;
      const tp = points[i];
      sprite.visible = Boolean(id && tp && surface?.pointOn(id, tp.fibre, tp.along, at));
      if (sprite.visible) sprite.position.set(at[0]!, at[1]!, at[2]!);
    }
  }, 0);

  return (
    <group ref={group} name="trigger-points">
      {sprites.map((s) => (
        <primitive key={s.uuid} object={s} />
      ))}
    </group>
  );
}
