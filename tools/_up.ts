import { lm } from '../src/geometry/skin/anchors';
import { loadBodyMesh } from '../scripts/models/readBody';
import { girth } from '../src/geometry/skin/girth';
console.log('t12_body', lm('t12_body').map((v) => v.toFixed(3)), 't11?', (() => { try { return lm('t11_body').map((v) => v.toFixed(3)); } catch { return 'n/a'; } })());
const b = await loadBodyMesh();
let mz = 0, my = 0, top = 0;
for (let v = 0; v < b.positions.length / 3; v++) { const y = b.positions[v*3+1]!, z = Math.abs(b.positions[v*3+2]!); if (y > 1.36 && y < 1.47 && z > mz) { mz = z; my = y; } top = Math.max(top, y); }
console.log('bideltoid', (2 * mz).toFixed(3), 'at y', my.toFixed(3), 'top', top.toFixed(3));
console.log('neck girth at 1.55', girth(b, 1.55).toFixed(3), 'chest girth at 1.345 (arms excluded)', girth(b, 1.345, (x, z) => Math.abs(z) < 0.175).toFixed(3));
