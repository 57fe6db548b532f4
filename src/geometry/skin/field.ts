/**
 * The body surface as one field: trunk, legs and feet, shoulders and the base of the neck joined by
 * smooth unions, standing on the floor. It has no lid: at the top it ends in the neck and two short arm
 * stumps, which the viewer fades out (`fade.ts`). Left and right are exact mirrors. `bodyDistance` is a
 * signed distance (negative inside); `bodyDepth` is its opposite, positive inside, as the level set wants.
 */
import { footDistance } from './foot';
import { legDistance } from './leg';
import { smax, smin, smoothstep } from './sdf';
import { cleftBlade, trunkDistance } from './trunk';
import { armDistance, neckDistance, shoulderDistance } from './upper';

function limb(x: number, y: number, z: number): number {
  return smin(legDistance(x, y, z), footDistance(x, y, z), 0.022);
}

/** Everything but the arm stumps. */
export function bodyWithoutArms(x: number, y: number, z: number): number {
  let d = trunkDistance(x, y, z);
  // Cheap rejects: the legs end below the waist, the shoulders begin above the lower ribs.
  if (y < 1.12) {
    const legs = Math.min(limb(x, y, z), limb(x, y, -z));
    // The thighs meet the trunk softly in front (the groin) and tightly behind (the gluteal fold).
    d = smin(d, legs, 0.015 + 0.013 * smoothstep(-0.13, -0.01, x));
    // The cleft between the buttocks, cut after the union so that it runs cleanly into the perineum.
    d = smax(d, -cleftBlade(x, y, Math.abs(z)), 0.014);
  }
  if (y > 1.2) {
    d = smin(d, shoulderDistance(x, y, z), 0.035);
    d = smin(d, neckDistance(x, y, z), 0.045);
  }
  return smax(d, -y, 0.01);
}

/** Both arm stumps. */
export const armsDistance = (x: number, y: number, z: number) => (y > 1.12 ? armDistance(x, y, Math.abs(z)) : 1);

/** The arms join the shoulders in a tight blend, so that a gap stays between them and the chest. */
export const ARM_BLEND = 0.015;

export function bodyDistance(x: number, y: number, z: number): number {
  return smin(bodyWithoutArms(x, y, z), armsDistance(x, y, z), ARM_BLEND);
}

export const bodyDepth = (x: number, y: number, z: number) => -bodyDistance(x, y, z);

/** Box that holds the whole body with a margin (neutral world, metres). */
export const BODY_BOUNDS = { min: [-0.235, -0.01, -0.29] as const, max: [0.155, 1.7, 0.29] as const };
