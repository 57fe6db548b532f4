import { readFileSync } from 'node:fs';
import { readGlb } from '../scripts/models/gltf';
import { bodyDistance } from '../src/geometry/skin/field';
import { HIP, KNEE } from '../src/geometry/skin/anchors';
const margin = Number(process.argv[2] ?? 0.003);
const doc = await readGlb(new Uint8Array(readFileSync('public/models/muscles.glb')));
const groups = new Map<string, { need: number; who: Set<string>; at: number[] }>();
for (const node of doc.getRoot().listNodes().filter((n) => n.getMesh())) {
  if (node.getName().endsWith('_l')) continue;
  const pos = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
  const m = node.getWorldMatrix(); const e: number[] = [];
  for (let i = 0; i < pos.getCount(); i++) {
    pos.getElement(i, e);
    const p = [0, 1, 2].map((r) => m[r]! * e[0]! + m[4 + r]! * e[1]! + m[8 + r]! * e[2]! + m[12 + r]!);
    const d = -bodyDistance(p[0]!, p[1]!, p[2]!);
    if (d >= margin) continue;
    // Sector around the leg's axis below the hip, the trunk's above.
    const leg = p[1]! < 0.86;
    const cx = leg ? -0.07 : -0.03; const cz = leg ? 0.09 : 0;
    const a = Math.atan2(p[2]! - cz, p[0]! - cx) * 180 / Math.PI; // 0 front, 90 lateral, 180 back, -90 medial
    const sector = ['front', 'front-lat', 'lat', 'back-lat', 'back', 'back-med', 'med', 'front-med'][((Math.round(a / 45) % 8) + 8) % 8];
    const k = `y${(Math.round(p[1]! * 50) / 50).toFixed(2)} ${sector}`;
    const g = groups.get(k) ?? { need: 0, who: new Set(), at: [] };
    if (margin - d > g.need) { g.need = margin - d; g.at = p; }
    g.who.add(node.getName().replace(/_r$/, ''));
    groups.set(k, g);
  }
}
for (const [k, g] of [...groups].sort()) console.log(k.padEnd(18), (g.need * 1000).toFixed(1).padStart(6), g.at.map((v) => v.toFixed(3)).join(','), [...g.who].join(' '));
