import { loadBodyMesh } from '../scripts/models/readBody';
for (const f of [undefined, '/tmp/body-main.glb']) {
  const b = await loadBodyMesh(f);
  const L: number[] = [];
  for (let t = 0; t < b.indices.length; t += 3) for (let e = 0; e < 3; e++) { const a = b.indices[t+e]!*3, c = b.indices[t+(e+1)%3]!*3; if (b.positions[a+1]! > 1.25) continue; L.push(Math.hypot(b.positions[a]!-b.positions[c]!, b.positions[a+1]!-b.positions[c+1]!, b.positions[a+2]!-b.positions[c+2]!)); }
  L.sort((x, y) => x - y);
  console.log(f ?? 'new', 'vertices', b.positions.length / 3, 'edges below 1.25 m: median', (L[L.length >> 1]! * 1000).toFixed(2), 'mm, p10', (L[Math.floor(L.length * 0.1)]! * 1000).toFixed(2), 'p90', (L[Math.floor(L.length * 0.9)]! * 1000).toFixed(2));
}
