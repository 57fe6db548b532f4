import { loadBodyMesh } from '../scripts/models/readBody';
import { mirrorSegment } from '../src/anatomy/model/segments';
const body = await loadBodyMesh();
const p = body.positions; const n = p.length / 3;
const weightOf = (i: number, seg: string) => { let w = 0; for (let k = 0; k < 4; k++) if (body.joints[body.skinJoints[i * 4 + k]!] === seg) w += body.skinWeights[i * 4 + k]!; return w; };
let shown = 0;
for (let v = 0; v < n && shown < 10; v++) {
  let best = -1, bd = 0.0003;
  for (let u = 0; u < n; u++) { const d = Math.hypot(p[u*3]!-p[v*3]!, p[u*3+1]!-p[v*3+1]!, p[u*3+2]!+p[v*3+2]!); if (d < bd) { bd = d; best = u; } }
  for (let k = 0; k < 4; k++) { const seg = body.joints[body.skinJoints[v*4+k]!]!; const d = Math.abs(weightOf(v, seg) - weightOf(best, mirrorSegment(seg as never)));
    if (d > 0.02) { console.log(v, best, [...p.slice(v*3, v*3+3)].map(x=>x.toFixed(4)), seg, weightOf(v, seg).toFixed(3), weightOf(best, mirrorSegment(seg as never)).toFixed(3), [0,1,2,3].map(k=>body.joints[body.skinJoints[v*4+k]!]+':'+body.skinWeights[v*4+k]!.toFixed(3)).join(' ')); shown++; break; } }
}
