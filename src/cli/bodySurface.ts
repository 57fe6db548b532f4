/**
 * The body surface `myomap refer` searches, read from the data file beside this module (written by
 * `npm run models`), so the CLI finds it from any working directory with nothing but Node.
 */
import { readFileSync } from 'node:fs';
import { decodeSkinSurface, type SkinSurface } from '../geometry/skin/surface';

export const BODY_SURFACE_URL = new URL('./body-surface.bin', import.meta.url);

export function readBodySurface(): SkinSurface {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(BODY_SURFACE_URL);
  } catch {
    throw new Error(`the body surface data (${BODY_SURFACE_URL.pathname}) is missing; run \`npm run models\``);
  }
  return decodeSkinSurface(bytes);
}
