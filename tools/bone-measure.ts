/**
 * Dev: the measured anatomy of the bones (neck–shaft angle, anteversion, lordosis at L4–S1, patellar
 * contact through knee flexion, malleoli), from the fields — what tests/unit/bones.test.ts checks.
 *   npx tsx tools/bone-measure.ts [femur|spine|patella|ankle]…
 */
import {
  endplateLean,
  insidePoint,
  malleoli,
  measureFemur,
  patellaGap,
  surfacePoints,
} from '../tests/unit/bonesMeasure';

const what = process.argv.slice(2);
const want = (k: string) => what.length === 0 || what.includes(k);
const f1 = (v: number) => v.toFixed(1);

if (want('femur')) {
  const m = measureFemur();
  console.log(`femur: head r ${(m.headRadius * 1000).toFixed(1)} mm at ${m.headCentre.map((v) => (v * 1000).toFixed(1)).join(', ')} mm`);
  console.log(`  neck–shaft ${f1(m.neckShaftAngle)}°, anteversion ${f1(m.anteversion)}°`);
}
if (want('spine')) {
  const s1 = endplateLean('sacrum', 'upper');
  const l4 = endplateLean('l4', 'upper');
  const l1 = endplateLean('l1', 'upper');
  const t12 = endplateLean('t12', 'upper');
  console.log(`spine: S1 slope ${f1(s1)}°, L4 upper ${f1(l4)}°, L1 upper ${f1(l1)}°, T12 upper ${f1(t12)}°`);
  console.log(`  lordosis L1–S1 ${f1(s1 - l1)}°, L4–S1 ${f1(s1 - l4)}° (${f1(((s1 - l4) / (s1 - l1)) * 100)} %), T12–S1 ${f1(s1 - t12)}°`);
}
if (want('patella')) {
  // Gaps by the femur's field (close to the distance within a centimetre of the bone).
  const pts = surfacePoints('patella_r', insidePoint('patella_r'), 1500);
  const gaps: string[] = [];
  for (let k = 0; k >= -120; k -= 5) gaps.push(`${-k}°: ${(patellaGap(k, 'r', pts) * 1000).toFixed(1)}`);
  console.log(`patella gap (mm, negative = overlap): ${gaps.join(', ')}`);
}
if (want('ankle')) {
  const m = malleoli('r');
  console.log(`ankle: plafond at ${(m.plafond * 1000).toFixed(1)} mm; malleoli below it: medial ${(m.medial * 1000).toFixed(1)} mm, lateral ${(m.lateral * 1000).toFixed(1)} mm`);
}
