/**
 * The size budgets of issue 3: models ≤ 1 MB in all, ≤ 200k triangles drawn at once (bones, skin and
 * muscles). Bytes and triangles are measured from the .glb files themselves (decoded as the browser does),
 * not taken from the manifest the build writes about them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { DEFAULT_LOFT } from '../../src/geometry/muscles/loft';

const DIR = 'public/models';
const GLBS = readdirSync(DIR).filter((f) => f.endsWith('.glb'));

/** Triangles a glb draws: every node with a mesh, every triangle primitive of it. */
async function trianglesIn(file: string): Promise<number> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
  });
  const doc = await io.readBinary(new Uint8Array(readFileSync(`${DIR}/${file}`)));
  let n = 0;
  for (const node of doc.getRoot().listNodes()) {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      expect(prim.getMode(), `${file}: only triangle lists`).toBe(4);
      n += (prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')!.getCount()) / 3;
    }
  }
  return n;
}

const triangles = new Map<string, number>();
beforeAll(async () => {
  for (const f of GLBS) triangles.set(f, await trianglesIn(f));
});

describe('budgets', () => {
  it('public/models holds at most 1,000,000 bytes', () => {
    const bytes = readdirSync(DIR).reduce((n, f) => n + statSync(`${DIR}/${f}`).size, 0);
    expect(bytes).toBeLessThanOrEqual(1_000_000);
  });

  it('everything drawn at once is at most 200,000 triangles', () => {
    // The bones and the skin are in the files; the muscles are lofted at run time along their paths.
    expect(GLBS).toEqual(expect.arrayContaining(['bones.glb', 'body.glb']));
    const models = [...triangles.values()].reduce((a, b) => a + b, 0);
    expect(triangles.get('bones.glb')!).toBeGreaterThan(20_000);
    expect(triangles.get('body.glb')!).toBeGreaterThan(10_000);
    const perMuscle = (DEFAULT_LOFT.samples - 1) * DEFAULT_LOFT.ring * 2;
    expect(models + MUSCLES.length * perMuscle).toBeLessThanOrEqual(200_000);
  });
});
