/**
 * The body surface as one field: trunk, legs and feet joined by smooth unions, cut off flat a little
 * below the nipples (a deliberate, rounded edge in the torso's frame) and standing on the floor.
 * Left and right are exact mirrors. `bodyDistance` is a signed distance (negative inside);
 * `bodyDepth` is its opposite, positive inside, as the level set wants.
 */
import { footDistance } from './foot';
import { legDistance } from './leg';
import { smax, smin, smoothstep } from './sdf';
import { trunkDistance } from './trunk';

/** Height of the chest cut (neutral world y): about the xiphoid, a hand's breadth below the nipples. */
export const CHEST_CUT_Y = 1.31;

function limb(x: number, y: number, z: number): number {
  // Cheap reject: the leg field is only needed near this side.
  return smin(legDistance(x, y, z), footDistance(x, y, z), 0.022);
}

export function bodyDistance(x: number, y: number, z: number): number {
  const legs = Math.min(limb(x, y, z), limb(x, y, -z));
  // The thighs meet the trunk softly in front (the groin) and tightly behind (the gluteal fold).
  let d = smin(trunkDistance(x, y, z), legs, 0.015 + 0.013 * smoothstep(-0.13, -0.01, x));
  d = smax(d, y - CHEST_CUT_Y, 0.02);
  d = smax(d, -y, 0.01);
  return d;
}

export const bodyDepth = (x: number, y: number, z: number) => -bodyDistance(x, y, z);

/** Box that holds the whole body with a margin (neutral world, metres). */
export const BODY_BOUNDS = { min: [-0.235, -0.01, -0.2] as const, max: [0.155, CHEST_CUT_Y + 0.01, 0.2] as const };
