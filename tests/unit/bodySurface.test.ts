/**
 * The body surface `myomap refer` searches (src/cli/body-surface.bin) is the skin the viewer draws: it
 * was written from the body.glb now in public/models, and decodes to the same vertices, normals and
 * triangles. A body.glb rebuilt without `npm run models` writing the surface again fails here.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_SURFACE_URL, readBodySurface } from '../../src/cli/bodySurface';
import { decodeSkinSurface, encodeSkinSurface, type SkinSurface } from '../../src/geometry/skin/surface';
import { type BodyMesh, BODY_GLB, loadBodyMesh } from '../../scripts/models/readBody';
import { BODY_SURFACE_FILE, glbHash } from '../../scripts/models/surface';

let body: BodyMesh;
let surface: SkinSurface;
beforeAll(async () => {
  body = await loadBodyMesh();
  surface = readBodySurface();
});

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('body surface data for myomap refer', () => {
  it('is where the build writes it', () => {
    expect(BODY_SURFACE_URL.pathname.endsWith(BODY_SURFACE_FILE)).toBe(true);
  });

  it('was written from the body.glb in public/models (fresh)', () => {
    expect(surface.source).toBe(glbHash(new Uint8Array(readFileSync(BODY_GLB))));
  });

  it('holds the same surface as body.glb: vertices within 0.05 mm, normals within 1°, the same triangles', () => {
    expect(surface.positions.length).toBe(body.positions.length);
    expect(maxDiff(surface.positions, body.positions)).toBeLessThan(0.00005);
    expect(maxDiff(surface.normals, body.normals)).toBeLessThan(0.017);
    expect([...surface.indices]).toEqual([...body.indices]);
  });

  it('round-trips through its encoding, and rejects what is not one', () => {
    const again = decodeSkinSurface(encodeSkinSurface(surface));
    expect(maxDiff(again.positions, surface.positions)).toBeLessThan(1e-6);
    expect(again.source).toBe(surface.source);
    expect(() => decodeSkinSurface(new Uint8Array(100))).toThrow(/not a myomap body-surface file/);
    expect(() => decodeSkinSurface(encodeSkinSurface(surface).subarray(0, 5000))).toThrow(/truncated/);
  });
});
