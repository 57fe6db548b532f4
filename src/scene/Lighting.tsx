/**
 * Studio lighting from local resources only: the soft light of three's procedural RoomEnvironment (no
 * HDRI download), a warm key light, a cool fill and a rim from behind.
 *
 * The room comes as a light probe (its irradiance in nine spherical-harmonic coefficients, below), not as
 * a prefiltered environment map: filtering one (PMREMGenerator) compiles shaders with 256-sample loops,
 * which took 2.5 s of every first load on a software renderer (SwiftShader here; a school laptop without
 * a GPU driver alike) — most of the time to the first frame (issue 14). The surfaces are rough: the room's
 * diffuse light is what they showed of it; highlights come from the three lights.
 */
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type * as THREE from 'three';
import { lightLevels } from './lightLevels';
import { roomProbe } from './roomLight';

export function Lighting() {
  const probe = useMemo(() => roomProbe(lightLevels.environment), []);
  const key = useRef<THREE.DirectionalLight>(null);
  const fill = useRef<THREE.DirectionalLight>(null);
  const seen = useRef(0);
  useFrame(() => {
    if (seen.current === lightLevels.version || !key.current || !fill.current) return;
    seen.current = lightLevels.version;
    key.current.intensity = lightLevels.key;
    fill.current.intensity = lightLevels.fill;
    probe.intensity = lightLevels.environment;
  });
  return (
    <>
      <primitive object={probe} />
      <hemisphereLight args={['#f4f1ea', '#3a3f4a', 0.55]} />
      <directionalLight ref={key} position={[2.5, 3.5, 2]} intensity={lightLevels.key} color="#fff3e6" />
      <directionalLight ref={fill} position={[-2, 1.5, -1.5]} intensity={lightLevels.fill} color="#cfe0ff" />
      <directionalLight position={[-1.5, 2.5, 2.5]} intensity={0.45} color="#ffffff" />
    </>
  );
}
