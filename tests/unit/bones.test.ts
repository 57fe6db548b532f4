/**
 * The bone models as built (public/models/bones.glb): every bone present as a named node in its
 * segment's frame, muscle origins and insertions on the bone surface people see, left and right alike,
 * within budget, and fresh (built from the current sources).
 */
import { readFileSync, statSync } from 'node:fs';
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { BONES } from '../../src/geometry/bones';
import { readGlb } from '../../scripts/models/gltf';
import { modelSourceHash, readManifest } from '../../scripts/models/manifest';

const GLB = 'public/models/bones.glb';

interface BoneMesh {
  name: string;
  segment: string;
  positions: Float32Array;
  indices: Uint32Array;
  bvh: MeshBVH;
}

/** Positions in the node's (segment's) frame: stored values through the node's dequantizing transform. */
async function readBones(): Promise<BoneMesh[]> {
  const doc = await readGlb(new Uint8Array(readFileSync(GLB)));
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getMesh())
    .map((node) => {
      const prim = node.getMesh()!.listPrimitives()[0]!;
      const pos = prim.getAttribute('POSITION')!;
      const m = node.getMatrix();
      const positions = new Float32Array(pos.getCount() * 3);
      const e: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, e);
        for (let r = 0; r < 3; r++)
          positions[i * 3 + r] = m[r]! * e[0]! + m[4 + r]! * e[1]! + m[8 + r]! * e[2]! + m[12 + r]!;
      }
      const indices = Uint32Array.from(prim.getIndices()!.getArray()!);
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(positions, 3));
      g.setIndex(new BufferAttribute(indices, 1));
      const segment = (node.getExtras() as { segment?: string }).segment ?? '';
      return { name: node.getName(), segment, positions, indices, bvh: new MeshBVH(g) };
    });
}

let bones: BoneMesh[];
beforeAll(async () => {
  bones = await readBones();
});

const distanceTo = (b: BoneMesh, p: readonly number[]) =>
  b.bvh.closestPointToPoint(new Vector3(p[0], p[1], p[2]))!.distance;

/** Bones that carry attachments given on a segment: gait2392's pelvis body includes the sacrum. */
const bonesFor = (segment: string) =>
  bones.filter((b) => b.segment === segment || (segment === 'pelvis' && b.segment === 'sacrum'));


describe('bone models', () => {
  it('has every bone as a named node in its segment frame', () => {
    const names = bones.map((b) => b.name).sort();
    expect(names).toEqual(BONES.map((b) => b.name).sort());
    for (const n of [
      'pelvis',
      'sacrum',
      'l5',
      'l4',
      'l3',
      'l2',
      'l1',
      't12',
      'femur_r',
      'femur_l',
      'patella_r',
      'tibia_l',
      'fibula_r',
      'talus_l',
      'foot_r',
    ]) {
      expect(names).toContain(n);
    }
    for (const b of bones) expect(b.segment, b.name).toBe(BONES.find((x) => x.name === b.name)!.segment);
  });

  it('puts every muscle origin and insertion within 4 mm of its bone surface', () => {
    const far: string[] = [];
    let checked = 0;
    for (const m of MUSCLES) {
      for (const f of m.fibres) {
        const ends = [f.points[0]!, f.points[f.points.length - 1]!];
        ends.forEach((p, k) => {
          if (p.attachedTo) return; // on soft tissue (linea alba, fascia, ligament) or an unmodelled bone
          const candidates = bonesFor(p.segment);
          if (!candidates.length) return; // torso: the ribs are not modelled
          const d = Math.min(...candidates.map((b) => distanceTo(b, p.at)));
          checked++;
          const limit = 0.004;
          if (d > limit) far.push(`${m.id} ${f.name} ${k ? 'insertion' : 'origin'}: ${(d * 1000).toFixed(1)} mm`);
        });
      }
    }
    expect(far).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('makes left bones the mirror image of the right ones', () => {
    for (const right of bones.filter((b) => b.name.endsWith('_r'))) {
      const left = bones.find((b) => b.name === right.name.replace(/_r$/, '_l'))!;
      expect(left.indices.length).toBe(right.indices.length);
      let worst = 0;
      for (let i = 0; i < right.positions.length; i += 3 * 7) {
        const p = [right.positions[i]!, right.positions[i + 1]!, -right.positions[i + 2]!];
        worst = Math.max(worst, distanceTo(left, p));
      }
      expect(worst, right.name).toBeLessThan(0.0002);
    }
    // The pelvis holds both hip bones: its mirror image is itself.
    const pelvis = bones.find((b) => b.name === 'pelvis')!;
    let worst = 0;
    for (let i = 0; i < pelvis.positions.length; i += 3 * 11) {
      worst = Math.max(
        worst,
        distanceTo(pelvis, [pelvis.positions[i]!, pelvis.positions[i + 1]!, -pelvis.positions[i + 2]!]),
      );
    }
    expect(worst).toBeLessThan(0.0002);
  });

  it('stays within budget: ≤ 110 000 triangles and ≤ 600 000 bytes', () => {
    const triangles = bones.reduce((n, b) => n + b.indices.length / 3, 0);
    expect(triangles).toBeLessThanOrEqual(110_000);
    expect(statSync(GLB).size).toBeLessThanOrEqual(600_000);
  });

  it('is fresh: built from the current sources (run `npm run models` after changing them)', () => {
    const entry = readManifest().models.bones;
    expect(entry?.sourceHash).toBe(modelSourceHash('bones'));
    expect(entry?.bytes).toBe(statSync(GLB).size);
  });
});
