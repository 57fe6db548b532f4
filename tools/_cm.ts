import { lm } from '../src/geometry/skin/anchors';
import { bodyDistance } from '../src/geometry/skin/field';
for (const id of ['costal_margin_r', 'xiphoid_process', 'rib12_tip_r', 'umbilicus']) { try { const p = lm(id); console.log(id, p.map((v) => v.toFixed(3)), 'depth', (-bodyDistance(p[0], p[1], p[2])).toFixed(4)); } catch { console.log(id, 'n/a'); } }
