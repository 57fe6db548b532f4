// Section of the rest and posed skin by a plane z = z0, drawn as SVG → PNG, coloured by femur weight.
import sharp from 'sharp';
import { neutralPose } from '../src/anatomy/model/coordinates';
import { computeFrames, createFrames } from '../src/anatomy/model/kinematics';
import { MOTIONS } from '../src/anatomy/motions';
import { loadBodyMesh } from '../scripts/models/readBody';
import { skinPositions } from '../src/geometry/skin/pose';
import { skinWeights } from '../src/geometry/skin/weights';
const body = await loadBodyMesh();
if (process.argv.includes('--reweight')) { const w = skinWeights(body.positions, body.indices); body.skinJoints = w.joints; body.skinWeights = w.weights; }
const [z0, phase, id, out, side] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4] as 'hip_flexion', process.argv[5]!, process.argv[6] ?? 'femur_r'];
const frames = computeFrames(MOTIONS[id].evaluate(phase, neutralPose()), createFrames());
const posed = skinPositions(body, frames);
const fem = body.joints.indexOf(side as never);
const wf = (v: number) => { let w = 0; for (let k = 0; k < 4; k++) if (body.skinJoints[v * 4 + k] === fem) w += body.skinWeights[v * 4 + k]!; return w; };
const [x0, x1, y0, y1] = [-0.25, 0.25, 0.6, 1.1];
const S = 1600;
const px = (x: number) => ((x - x0) / (x1 - x0)) * S;
const py = (y: number) => ((y1 - y) / (y1 - y0)) * S;
let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}"><rect width="100%" height="100%" fill="white"/>`;
for (let gx = -0.25; gx <= 0.25; gx += 0.05) svg += `<line x1="${px(gx)}" y1="0" x2="${px(gx)}" y2="${S}" stroke="#eee"/>`;
for (let gy = 0.6; gy <= 1.1; gy += 0.05) svg += `<line x1="0" y1="${py(gy)}" x2="${S}" y2="${py(gy)}" stroke="#eee"/>`;
for (const [P, op] of [[body.positions, 0.35], [posed, 1]] as const) {
  for (let t = 0; t < body.indices.length; t += 3) {
    const pts: [number, number, number][] = [];
    for (let e = 0; e < 3; e++) {
      const a = body.indices[t + e]!; const b = body.indices[t + ((e + 1) % 3)]!;
      const za = P[a * 3 + 2]! - z0; const zb = P[b * 3 + 2]! - z0;
      if ((za < 0) === (zb < 0)) continue;
      const s = za / (za - zb);
      pts.push([P[a * 3]! + s * (P[b * 3]! - P[a * 3]!), P[a * 3 + 1]! + s * (P[b * 3 + 1]! - P[a * 3 + 1]!), wf(a) + s * (wf(b) - wf(a))]);
    }
    if (pts.length === 2) {
      const w = (pts[0]![2] + pts[1]![2]) / 2;
      svg += `<line x1="${px(pts[0]![0])}" y1="${py(pts[0]![1])}" x2="${px(pts[1]![0])}" y2="${py(pts[1]![1])}" stroke="rgb(${Math.round(255 * w)},0,${Math.round(255 * (1 - w))})" stroke-opacity="${op}" stroke-width="${op === 1 ? 2 : 1}"/>`;
    }
  }
}
svg += '</svg>';
await sharp(Buffer.from(svg)).png().toFile(out);
