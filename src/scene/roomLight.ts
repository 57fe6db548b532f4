/**
 * The studio's soft light: three's procedural RoomEnvironment as a light probe, shared by the viewer
 * (Lighting.tsx) and the benchmark's bare three.js page, so both light the models alike.
 */
import * as THREE from 'three';

/**
 * RoomEnvironment in nine spherical-harmonic coefficients: LightProbeGenerator.fromCubeRenderTarget over a
 * 64² HalfFloat cube rendered at the room's centre (near 0.1, far 100, as PMREM renders it), three r187.
 * The room is grey, so each coefficient is the same in red, green and blue. Regenerate with
 * `npx tsx scripts/roomProbe.ts`.
 */
export const ROOM_SH = [3.7119, 1.7183, 1.6268, 0.2877, 0.2338, 1.0789, 1.2682, -0.34, -0.6285];

/** A light probe of the room at `intensity` (the app's "room light" level). */
export function roomProbe(intensity: number): THREE.LightProbe {
  const sh = new THREE.SphericalHarmonics3();
  for (const [i, c] of sh.coefficients.entries()) c.setScalar(ROOM_SH[i]!);
  return new THREE.LightProbe(sh, intensity);
}
