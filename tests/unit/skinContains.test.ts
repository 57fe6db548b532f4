/**
 * The body surface holds what is drawn inside it (neutral pose): every bone of public/models/bones.glb,
 * and the muscle bodies of public/models/muscles.glb that shape the surface — the buttock, the thigh and
 * the abdominal wall — lie under the skin of public/models/body.glb.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutralFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { isSegmentId } from '../../src/anatomy/model/segments';
import { readGlb } from '../../scripts/models/gltf';
import { loadBodyMesh } from '../../scripts/models/readBody';
import { depthUnder } from '../../src/geometry/skin/clearance';

type Node = { name: string; points: number[][] };

/** Every mesh node's vertices through its world matrix, then `place` (a bone's segment frame). */
async function nodes(file: string, place: (extras: unknown, p: number[]) => number[]): Promise<Node[]> {
  const doc = await readGlb(new Uint8Array(readFileSync(file)));
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getMesh())
    .map((node) => {
      const pos = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
      const m = node.getWorldMatrix();
      const e: number[] = [];
      const points = Array.from({ length: pos.getCount() }, (_, i) => {
        pos.getElement(i, e);
        return place(
          node.getExtras(),
          [0, 1, 2].map((r) => m[r]! * e[0]! + m[4 + r]! * e[1]! + m[8 + r]! * e[2]! + m[12 + r]!),
        );
      });
      return { name: node.getName(), points };
    });
}

let depth: (p: readonly number[]) => number;
let bones: Node[];
let muscles: Node[];
beforeAll(async () => {
  depth = depthUnder(await loadBodyMesh());
  const frames = neutralFrames();
  bones = await nodes('public/models/bones.glb', (extras, p) => {
    const segment = (extras as { segment?: string }).segment ?? '';
    return isSegmentId(segment) ? [...toWorld(frames, segment, p as [number, number, number])] : p;
  });
  muscles = await nodes('public/models/muscles.glb', (_extras, p) => p);
});

const shallowest = (n: Node, skip: (p: number[]) => boolean = () => false) => {
  let min = Number.POSITIVE_INFINITY;
  let at: number[] = [];
  for (const p of n.points) {
    if (skip(p)) continue;
    const d = depth(p);
    if (d < min) [min, at] = [d, p];
  }
  return { min, at: at.map((v) => v.toFixed(3)).join(', ') };
};

describe('the depth measure', () => {
  it('tells inside from outside and measures to the skin', () => {
    // The front of the thigh halfway down, 5 cm inside and 5 cm outside along the same line.
    const p = [0.05, 0.68, 0.094];
    expect(depth([p[0]! - 0.13, p[1]!, p[2]!])).toBeGreaterThan(0.04);
    expect(depth([p[0]! + 0.05, p[1]!, p[2]!])).toBeLessThan(-0.03);
  });
});

describe('under the skin', () => {
  it('every bone, at least 1 mm deep', () => {
    expect(bones.length).toBeGreaterThan(20);
    for (const b of bones) {
      const { min, at } = shallowest(b);
      expect(min, `${b.name} at ${at}`).toBeGreaterThan(0.001);
    }
  });

  // Gluteus maximus forms the buttock, the vasti the front and sides of the thigh, the abdominal wall the
  // belly and flanks: the surface must not be drawn through them.
  const SHAPING = [
    'gluteus_maximus',
    'vastus_lateralis',
    'vastus_medialis',
    'vastus_intermedius',
    'rectus_femoris',
    'rectus_abdominis',
    'external_oblique',
    'internal_oblique',
    'transversus_abdominis',
  ];
  it.each(SHAPING)('%s (both sides)', (name) => {
    const shown = muscles.filter((m) => m.name === `${name}_r` || m.name === `${name}_l`);
    expect(shown.length, `${name} in muscles.glb`).toBe(2);
    for (const m of shown) {
      // Gluteus maximus reaches the midline at the coccyx, inside the blade of the cleft between the buttocks.
      const inCleft = (p: number[]) => name === 'gluteus_maximus' && Math.abs(p[2]!) < 0.005;
      const { min, at } = shallowest(m, inCleft);
      expect(min, `${m.name} at ${at}`).toBeGreaterThan(0);
    }
  });
});
