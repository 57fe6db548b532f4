import { HIP, KNEE } from '../src/geometry/skin/anchors';
import { legShare } from '../src/geometry/skin/weights';
import { bodyDistance } from '../src/geometry/skin/field';
console.log('HIP', HIP, 'KNEE', KNEE);
// legShare map at z=0.034 in x-y
for (let y = 0.9; y >= 0.76; y -= 0.01) {
  let row = y.toFixed(2) + ' ';
  for (let x = -0.12; x <= 0.08; x += 0.01) {
    const inside = bodyDistance(x, y, 0.034) < 0;
    row += inside ? String(Math.min(9, Math.floor(legShare(x, y, 0.034) * 10))) : '.';
  }
  console.log(row);
}
