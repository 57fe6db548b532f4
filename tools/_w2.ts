import { loadBodyMesh } from '../scripts/models/readBody';
const b = await loadBodyMesh();
const P = b.positions;
for (let v = 0; v < P.length / 3; v++) {
  const [x, y, z] = [P[v*3]!, P[v*3+1]!, P[v*3+2]!];
  if (Math.abs(x - 0.0375) < 0.006 && Math.abs(y - 1.048) < 0.012 && Math.abs(z - 0.075) < 0.012)
    console.log([x, y, z].map((t) => t.toFixed(3)).join(','), [0,1,2,3].map((k) => `${b.joints[b.skinJoints[v*4+k]!]}:${b.skinWeights[v*4+k]!.toFixed(3)}`).join(' '));
}
