/**
 * How stretched a muscle is, for the colours: its change in musculotendon length from neutral standing as
 * a share of its optimal fibre length (the tendon stretches little, so this is close to how much the
 * fleshy fibres lengthen). A 1.2 cm longer psoas (fibres 10 cm) is +12 %; the colour scale runs ±15 %.
 */
import * as THREE from 'three';

export const STRETCH_RANGE = 0.15;

export const fibreStretch = (length: number, rest: number, optimalFibre: number) => (length - rest) / optimalFibre;

const SHORT = new THREE.Color('#2f6fd6');
const REST = new THREE.Color('#b8a49a');
const LONG = new THREE.Color('#f2c230');

/** Shortened (blue) → as in standing (grey) → lengthened (yellow). */
export function stretchColour(stretch: number, out: THREE.Color): THREE.Color {
  const x = Math.max(-1, Math.min(1, stretch / STRETCH_RANGE));
  return x < 0 ? out.copy(REST).lerp(SHORT, -x) : out.copy(REST).lerp(LONG, x);
}
