import { readFileSync } from 'node:fs';
import { neutralFrames, toWorld } from '../src/anatomy/model/kinematics';
import { readGlb } from '../scripts/models/gltf';
import { bodyDistance } from '../src/geometry/skin/field';
const file = process.argv[2] ?? 'public/models/bones.glb';
const doc = await readGlb(new Uint8Array(readFileSync(file)));
const frames = neutralFrames();
const bands = new Map<string, { d: number; at: number[] }>();
for (const node of doc.getRoot().listNodes().filter((n) => n.getMesh())) {
  const seg = (node.getExtras() as { segment?: string }).segment;
  if (!seg || seg.endsWith('_l')) continue;
  const pos = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
  const m = node.getWorldMatrix(); const e: number[] = [];
  for (let i = 0; i < pos.getCount(); i++) {
    pos.getElement(i, e);
    const p = toWorld(frames, seg as never, [0, 1, 2].map((r) => m[r]! * e[0]! + m[4 + r]! * e[1]! + m[8 + r]! * e[2]! + m[12 + r]!) as never);
    const d = -bodyDistance(p[0]!, p[1]!, p[2]!);
    if (d > 0.004) continue;
    const k = `${node.getName()} y${(Math.round(p[1]! * 50) / 50).toFixed(2)}`;
    if (!bands.has(k) || bands.get(k)!.d > d) bands.set(k, { d, at: [...p] });
  }
}
for (const [k, v] of [...bands].sort()) console.log(k.padEnd(22), (v.d * 1000).toFixed(1), v.at.map((x) => x.toFixed(3)).join(','));
