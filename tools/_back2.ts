import { bodyDistance } from '../src/geometry/skin/field';
import { trunkDistance } from '../src/geometry/skin/trunk';
for (let y = 0.9; y <= 1.02; y += 0.01) {
  let x = -0.3; while (x < 0 && trunkDistance(x, y, 0.006) > 0) x += 0.0005;
  let x2 = -0.3; while (x2 < 0 && bodyDistance(x2, y, 0.0) > 0) x2 += 0.0005;
  console.log(y.toFixed(2), 'back skin beside the midline', x.toFixed(4), 'skin on the midline', x2.toFixed(4));
}
