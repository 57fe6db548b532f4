import { loadBodyMesh } from '../scripts/models/readBody';
import { bodyFade } from '../src/geometry/skin/fade';
const b = await loadBodyMesh();
let minZ = 1, minY = 2;
for (let v = 0; v < b.positions.length / 3; v++) {
  const [x, y, z] = [b.positions[v*3]!, b.positions[v*3+1]!, b.positions[v*3+2]!];
  const f = bodyFade(x, y, z);
  if (f > 0 && y < 1.5) { minZ = Math.min(minZ, Math.abs(z)); minY = Math.min(minY, y); }
}
console.log('faded below neck: min |z|', minZ, 'min y', minY);
