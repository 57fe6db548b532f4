import { lm } from '../src/geometry/skin/anchors';
for (const id of ['pubic_symphysis', 'pubic_tubercle_r', 'perineum', 'asis_r', 'greater_trochanter_r', 'gluteal_fold_r']) { try { console.log(id, lm(id).map((v) => v.toFixed(3))); } catch (e) { console.log(id, 'n/a'); } }
