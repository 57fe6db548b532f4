/**
 * The body surface for `myomap refer` (src/geometry/skin/surface.ts), taken from a built body.glb and
 * stamped with a hash of its bytes, so a test can tell when the two have parted.
 */
import { createHash } from 'node:crypto';
import { encodeSkinSurface } from '../../src/geometry/skin/surface';
import type { BodyMesh } from './readBody';

export const BODY_SURFACE_FILE = 'src/cli/body-surface.bin';

/** A short hash naming a body.glb by its bytes. */
export const glbHash = (glb: Uint8Array) => createHash('sha256').update(glb).digest('hex').slice(0, 16);

export function bodySurfaceFrom(glb: Uint8Array, body: BodyMesh): Uint8Array {
  return encodeSkinSurface({ positions: body.positions, normals: body.normals, indices: body.indices, source: glbHash(glb) });
}
