/**
 * Dev: how far each muscle attachment (origin, insertion) lies from its bone's surface, by the field
 * (positive = inside). `npx tsx tools/bone-fit.ts [segment-prefix]`
 */
import { MUSCLES } from '../src/anatomy/muscles/catalog';
import { BONES, boneField } from '../src/geometry/bones';

const prefix = process.argv[2] ?? '';
const near = (segment: string, p: readonly number[]) => {
  const bones = BONES.filter((b) => b.segment === segment || (segment === 'pelvis' && b.segment === 'sacrum'));
  if (!bones.length) return undefined;
  return Math.max(...bones.map((b) => boneField(b.name, p[0]!, p[1]!, p[2]!)));
};
for (const m of MUSCLES) {
  if (m.side !== 'r') continue;
  for (const f of m.fibres) {
    const ends = [f.points[0]!, f.points[f.points.length - 1]!];
    ends.forEach((p, k) => {
      if (!p.segment.startsWith(prefix)) return;
      const v = near(p.segment, p.at);
      if (v === undefined) return;
      const mm = v * 1000;
      const flag = Math.abs(mm) > 4 ? '  <<<' : '';
      console.log(`${`${m.name} ${f.name}`.padEnd(44)} ${k ? 'I' : 'O'} ${p.segment.padEnd(8)} ${mm.toFixed(1).padStart(6)} mm${flag}`);
    });
  }
}
