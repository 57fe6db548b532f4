/**
 * The bone models as built (public/models/bones.glb): every bone present as a named node in its
 * segment's frame, muscle origins and insertions on the bone surface people see, left and right alike,
 * the surface where the fields put it, within budget (counted in the file itself), and fresh (built
 * from the current sources).
 */
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { BONES, boneField } from '../../src/geometry/bones';
import { modelSourceHash, readManifest } from '../../scripts/models/manifest';
import { type BoneMesh, meshDistance, readBones } from './bonesMeasure';

const GLB = 'public/models/bones.glb';

let bones: BoneMesh[];
beforeAll(async () => {
  bones = await readBones(GLB);
});

/** Bones that carry attachments given on a segment: gait2392's pelvis body includes the sacrum. */
const bonesFor = (segment: string) =>
  bones.filter((b) => b.segment === segment || (segment === 'pelvis' && b.segment === 'sacrum'));

describe('bone models', () => {
  it('has every bone as a named node in its segment frame, T11, ribs 11–12 and the coccyx among them', () => {
    const names = bones.map((b) => b.name).sort();
    expect(names).toEqual(BONES.map((b) => b.name).sort());
    for (const n of [
      'pelvis',
      'sacrum',
      'coccyx',
      'l5',
      'l4',
      'l3',
      'l2',
      'l1',
      't12',
      't11',
      'rib_11_r',
      'rib_11_l',
      'rib_12_r',
      'rib_12_l',
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
    for (const n of ['t11', 'rib_11_r', 'rib_11_l', 'rib_12_r', 'rib_12_l']) {
      expect(bones.find((b) => b.name === n)!.segment, n).toBe('torso');
    }
    expect(bones.find((b) => b.name === 'coccyx')!.segment).toBe('sacrum');
  });

  it('puts every muscle origin and insertion within 4 mm of its bone surface', () => {
    const far: string[] = [];
    let checked = 0;
    let onRibs = 0;
    for (const m of MUSCLES) {
      for (const f of m.fibres) {
        const ends = [f.points[0]!, f.points[f.points.length - 1]!];
        ends.forEach((p, k) => {
          if (p.attachedTo) return; // on soft tissue (linea alba, fascia, ligament) or an unmodelled bone
          const candidates = bonesFor(p.segment);
          if (!candidates.length) return;
          const d = Math.min(...candidates.map((b) => meshDistance(b, p.at)));
          // On the torso only T11 and ribs 11–12 are modelled: attachments to higher ribs and the thorax
          // lie more than 2 cm from them and are not tested.
          if (p.segment === 'torso') {
            if (d > 0.02) return;
            onRibs++;
          }
          checked++;
          if (d > 0.004) far.push(`${m.id} ${f.name} ${k ? 'insertion' : 'origin'}: ${(d * 1000).toFixed(1)} mm`);
        });
      }
    }
    expect(far).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    // Quadratus lumborum and iliocostalis reach rib 12 on both sides.
    expect(onRibs).toBeGreaterThanOrEqual(8);
  });

  it('makes left bones the mirror image of the right ones', () => {
    for (const right of bones.filter((b) => b.name.endsWith('_r'))) {
      const left = bones.find((b) => b.name === right.name.replace(/_r$/, '_l'))!;
      expect(left.indices.length).toBe(right.indices.length);
      let worst = 0;
      for (let i = 0; i < right.positions.length; i += 3 * 7) {
        const p = [right.positions[i]!, right.positions[i + 1]!, -right.positions[i + 2]!];
        worst = Math.max(worst, meshDistance(left, p));
      }
      expect(worst, right.name).toBeLessThan(0.0002);
    }
    // The pelvis holds both hip bones: its mirror image is itself.
    const pelvis = bones.find((b) => b.name === 'pelvis')!;
    let worst = 0;
    for (let i = 0; i < pelvis.positions.length; i += 3 * 11) {
      worst = Math.max(worst, meshDistance(pelvis, [pelvis.positions[i]!, pelvis.positions[i + 1]!, -pelvis.positions[i + 2]!]));
    }
    expect(worst).toBeLessThan(0.0002);
  });

  it('keeps the drawn surface within half a millimetre of the bones’ fields', () => {
    // Vertices and triangle centres of every bone, by the field (≈ distance near the surface).
    const off: string[] = [];
    for (const b of bones) {
      const errors: number[] = [];
      const { positions: P, indices: I } = b;
      for (let t = 0; t < I.length; t += 3) {
        const [a, c, d] = [I[t]! * 3, I[t + 1]! * 3, I[t + 2]! * 3];
        errors.push(Math.abs(boneField(b.name, P[a]!, P[a + 1]!, P[a + 2]!)));
        const x = (P[a]! + P[c]! + P[d]!) / 3;
        const y = (P[a + 1]! + P[c + 1]! + P[d + 1]!) / 3;
        const z = (P[a + 2]! + P[c + 2]! + P[d + 2]!) / 3;
        errors.push(Math.abs(boneField(b.name, x, y, z)));
      }
      errors.sort((u, v) => u - v);
      const p99 = errors[Math.floor(errors.length * 0.99)]!;
      if (p99 > 0.0005) off.push(`${b.name}: p99 ${(p99 * 1000).toFixed(2)} mm`);
    }
    expect(off).toEqual([]);
  });

  it('stays within budget, counted in the file: ≤ 42 000 triangles drawn, ≤ 172 000 bytes', () => {
    // Triangles drawn: each node's mesh, once per node (a left bone draws its right twin's mesh).
    // Bytes: 150 KB of shape, and 13 KB of baked occlusion plus its 8 KB of accessors (issue 14 wants
    // all of public/models ≤ 400 KB; the share is revisited with the muscle bodies').
    const triangles = bones.reduce((n, b) => n + b.indices.length / 3, 0);
    expect(triangles).toBeLessThanOrEqual(42_000);
    expect(statSync(GLB).size).toBeLessThanOrEqual(172_000);
  });

  it('is fresh: built from the current sources (run `npm run models` after changing them)', () => {
    const entry = readManifest().models.bones;
    expect(entry?.sourceHash).toBe(modelSourceHash('bones'));
    expect(entry?.bytes).toBe(statSync(GLB).size);
  });
});
