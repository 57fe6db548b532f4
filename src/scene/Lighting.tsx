/**
 * Studio lighting from local resources only: three's procedural RoomEnvironment (no HDRI download)
 * for soft reflections, a warm key light, a cool fill and a rim from behind.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { lightLevels } from './lightLevels';

export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const pmrem = new THREE.PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const env = pmrem.fromScene(room, 0.04).texture;
    scene.environment = env;
    scene.environmentIntensity = lightLevels.environment;
    return () => {
      scene.environment = null;
      env.dispose();
      room.dispose();
      pmrem.dispose();
    };
  }, [gl, scene]);
  const key = useRef<THREE.DirectionalLight>(null);
  const fill = useRef<THREE.DirectionalLight>(null);
  const seen = useRef(0);
  useFrame(() => {
    if (seen.current === lightLevels.version || !key.current || !fill.current) return;
    seen.current = lightLevels.version;
    key.current.intensity = lightLevels.key;
    fill.current.intensity = lightLevels.fill;
    scene.environmentIntensity = lightLevels.environment;
  });
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#3a3f4a', 0.55]} />
      <directionalLight ref={key} position={[2.5, 3.5, 2]} intensity={lightLevels.key} color="#fff3e6" />
      <directionalLight ref={fill} position={[-2, 1.5, -1.5]} intensity={lightLevels.fill} color="#cfe0ff" />
      <directionalLight position={[-1.5, 2.5, 2.5]} intensity={0.45} color="#ffffff" />
    </>
  );
}
