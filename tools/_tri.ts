import { loadBodyMesh } from '../scripts/models/readBody';
import { bodyFade } from '../src/geometry/skin/fade';
const b = await loadBodyMesh();
let above = 0, hidden = 0; const T = b.indices.length / 3;
for (let t = 0; t < T; t++) {
  let y = 0, f = 0;
  for (let k = 0; k < 3; k++) { const v = b.indices[t*3+k]!; y += b.positions[v*3+1]! / 3; f = Math.min(f === 0 && k === 0 ? 2 : f, bodyFade(b.positions[v*3]!, b.positions[v*3+1]!, b.positions[v*3+2]!)); }
  if (y > 1.3) above++; if (f > 0.99) hidden++;
}
console.log('triangles', T, 'above 1.3 m', above, 'fully faded', hidden);
