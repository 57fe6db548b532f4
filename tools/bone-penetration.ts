/** Dev: list muscle paths that pass through bone in the four motions. `npx tsx tools/bone-penetration.ts [muscle-prefix]` */
import { neutralPose } from '../src/anatomy/model/coordinates';
import { MUSCLES } from '../src/anatomy/muscles/catalog';
import { MOTIONS } from '../src/anatomy/motions';
import { penetrations } from '../src/geometry/bones/penetration';
import { computeFrames, toSegment } from '../src/anatomy/model/kinematics';
import { BONES } from '../src/geometry/bones';

const prefix = process.argv[2] ?? '';
const muscles = MUSCLES.filter((m) => m.id.startsWith(prefix));
const worst = new Map<string, string>();
const started = Date.now();
for (const motion of Object.values(MOTIONS)) {
  const pose = neutralPose();
  for (let i = 0; i < 20; i++) {
    motion.evaluate(i / 20, pose);
    for (const p of penetrations(muscles, pose, { step: 0.005, endZone: 0.01, tolerance: 0.0015 })) {
      const key = `${p.muscle} ${p.fibre} / ${p.bone} / ${motion.id}`;
      const seg = BONES.find((b) => b.name === p.bone)!.segment;
      const local = toSegment(computeFrames(pose), seg, p.at).map((v) => v.toFixed(3)).join(',');
      const line = `${(p.depth * 1000).toFixed(1)} mm at ${(p.along * 1000).toFixed(0)} mm, ${motion.id} ${(i / 20).toFixed(2)} [${local}]`;
      const prev = worst.get(key);
      if (!prev || Number.parseFloat(prev) < p.depth * 1000) worst.set(key, line);
    }
  }
}
for (const [k, v] of [...worst].sort()) console.log(k.padEnd(60), v);
console.log(`${worst.size} fibre/bone pairs, ${((Date.now() - started) / 1000).toFixed(1)} s`);
