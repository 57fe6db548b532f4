import { lm } from '../src/geometry/skin/anchors';
import { over } from '../tests/unit/support/bodyPoints';
console.log('coccyx_tip', lm('coccyx_tip'), 'patch centre', [lm('coccyx_tip')[0] - 0.008, lm('coccyx_tip')[1] - 0.028]);
console.log('over coccyx', over('coccyx_tip', [-1, -0.3, 0]));
