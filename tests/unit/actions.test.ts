/**
 * Declared actions agree with mechanics: a declared hip flexor has a positive hip_flexion moment arm at
 * neutral standing, an extensor a negative one, and so on for ab/adduction and rotation — for each
 * muscle as a whole (its facts) and for fibres that declare their own action.
 */
import { describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { MUSCLE_FACTS } from '../../src/anatomy/muscles/facts';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { GROUP_ACTION } from '../../src/anatomy/muscles/types';
import { momentArm } from '../../src/anatomy/path/mechanics';

const pose = neutralPose();
/** Below this a moment arm is too small to call an action (1 mm). */
const MIN = 0.001;

describe('declared actions match moment-arm signs at neutral', () => {
  for (const m of MUSCLES) {
    const groups = MUSCLE_FACTS[m.name].groups.filter((g) => GROUP_ACTION[g]);
    if (groups.length === 0) continue;
    it(`${m.id}: ${groups.join(', ')}`, () => {
      for (const g of groups) {
        const { coordinate, sign } = GROUP_ACTION[g]!;
        const r = momentArm(m, `${coordinate}_${m.side}`, pose);
        expect(r * sign, `${g}: ${coordinate} moment arm ${r.toFixed(4)} m`).toBeGreaterThan(MIN);
      }
    });
  }

  for (const m of MUSCLES) {
    m.fibres.forEach((f) => {
      if (!f.groups) return;
      it(`${m.id} / ${f.name}: ${f.groups.join(', ')}`, () => {
        const single = { ...m, fibres: [{ ...f, share: 1 }] };
        for (const g of f.groups!) {
          const a = GROUP_ACTION[g];
          if (!a) continue;
          const r = momentArm(single, `${a.coordinate}_${m.side}`, pose);
          expect(r * a.sign, `${g}: ${a.coordinate} moment arm ${r.toFixed(4)} m`).toBeGreaterThan(MIN);
        }
      });
    });
  }

  it('muscles that do not cross the hip have no hip moment arm', () => {
    const notAcrossTheHip = [
      'psoas_minor',
      'quadratus_lumborum',
      'multifidus_lumborum',
      'biceps_femoris_short',
      'vastus_lateralis',
      'vastus_medialis',
      'vastus_intermedius',
      'gastrocnemius_medial',
      'gastrocnemius_lateral',
      'soleus',
      'rectus_abdominis',
      'external_oblique',
      'internal_oblique',
      'transversus_abdominis',
    ];
    for (const m of MUSCLES.filter((x) => notAcrossTheHip.includes(x.name))) {
      for (const c of ['hip_flexion', 'hip_adduction', 'hip_rotation'] as const) {
        expect(Math.abs(momentArm(m, `${c}_${m.side}`, pose))).toBeLessThan(1e-9);
      }
    }
  });
});
