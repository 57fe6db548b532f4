/**
 * Where the figure fades out: over the neck and the arm stumps the skin turns transparent, so the body
 * ends at the shoulders without an edge. 0 = as drawn, 1 = invisible; stored per vertex (`_FADE` in
 * body.glb, `_fade` on the loaded geometry) and multiplied into the skin's opacity by its material.
 */
import { armsDistance, bodyWithoutArms } from './field';
import { smoothstep } from './sdf';

/** The neck fades over these heights (neutral world y), from just above the trapezius. */
export const NECK_FADE = { from: 1.52, to: 1.59 } as const;
/** The arm stumps fade over these heights, from below the top of the deltoid to above the armpit's end. */
export const ARM_FADE = { from: 1.4, to: 1.31 } as const;

export function bodyFade(x: number, y: number, z: number): number {
  const neck = smoothstep(NECK_FADE.from, NECK_FADE.to, y);
  // Skin of an arm stump, the more so the farther it stands off the chest (0 at the armpit's crease,
  // 1 three centimetres out), so that the fade has no edge where arm and chest meet.
  const arm = smoothstep(0, 0.03, bodyWithoutArms(x, y, z) - armsDistance(x, y, z));
  return Math.max(neck, arm * smoothstep(ARM_FADE.from, ARM_FADE.to, y));
}
