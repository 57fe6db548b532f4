import { loadBodyMesh } from '../scripts/models/readBody';
import { bodyFade } from '../src/geometry/skin/fade';
const b = await loadBodyMesh();
const f = Float32Array.from({ length: b.positions.length / 3 }, (_, v) => bodyFade(b.positions[v*3]!, b.positions[v*3+1]!, b.positions[v*3+2]!));
let jump = 0, at = 0;
for (let t = 0; t < b.indices.length; t += 3) for (let e = 0; e < 3; e++) { const a = b.indices[t+e]!, c = b.indices[t+(e+1)%3]!; const j = Math.abs(f[a]! - f[c]!); if (j > jump) { jump = j; at = a; } }
console.log('max jump', jump.toFixed(3), 'at', [...b.positions.slice(at*3, at*3+3)].map(x=>x.toFixed(3)));
let slope = 0, sat = 0;
for (let t = 0; t < b.indices.length; t += 3) for (let e = 0; e < 3; e++) { const a = b.indices[t+e]!, c = b.indices[t+(e+1)%3]!; const l = Math.hypot(b.positions[a*3]!-b.positions[c*3]!, b.positions[a*3+1]!-b.positions[c*3+1]!, b.positions[a*3+2]!-b.positions[c*3+2]!); const s = Math.abs(f[a]! - f[c]!) / l; if (s > slope) { slope = s; sat = a; } }
console.log('max slope per cm', (slope / 100).toFixed(3), 'at', [...b.positions.slice(sat*3, sat*3+3)].map(x=>x.toFixed(3)));
