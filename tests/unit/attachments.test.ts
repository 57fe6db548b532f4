/**
 * Which end of each muscle is its origin: every fibre's path starts on a bone the muscle arises from and
 * ends on a bone it inserts on, or on the soft tissue Gray's names for that end (tests/unit/grays.ts), on both sides; the
 * muscles that climb the spine start lower than they end. A path written backwards fails here.
 */
import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/anatomy/muscles/catalog';
import { GRAYS, type GraysRow, SPINE_ORDER } from './grays';

const bone = (segment: string) => segment.replace(/_(r|l)$/, '');
/** Is a path's end where the table puts that end: on one of its bones, or on the soft tissue it names? */
const on = (end: GraysRow['origin'], p: { segment: string; attachedTo?: string }) =>
  p.attachedTo ? Boolean(end.soft?.test(p.attachedTo)) : end.bones.includes(bone(p.segment) as never);

describe('origin and insertion ends of the paths', () => {
  it('every muscle of the model has a row in the table', () => {
    expect([...new Set(MUSCLES.map((m) => m.name))].filter((n) => !GRAYS[n])).toEqual([]);
  });

  it.each([...new Set(MUSCLES.map((m) => m.name))])('%s: paths run from origin to insertion', (name) => {
    const row = GRAYS[name]!;
    const wrong: string[] = [];
    for (const m of MUSCLES.filter((x) => x.name === name)) {
      for (const f of m.fibres) {
        const first = f.points[0]!;
        const last = f.points[f.points.length - 1]!;
        if (!on(row.origin, first)) wrong.push(`${m.id} ${f.name}: starts on ${first.attachedTo ?? first.segment}`);
        if (!on(row.insertion, last)) wrong.push(`${m.id} ${f.name}: ends on ${last.attachedTo ?? last.segment}`);
        if (first.segment.endsWith('_r') || last.segment.endsWith('_r') ? m.side !== 'r' : false) wrong.push(`${m.id} ${f.name}: on the right leg`);
        if (first.segment.endsWith('_l') || last.segment.endsWith('_l') ? m.side !== 'l' : false) wrong.push(`${m.id} ${f.name}: on the left leg`);
        if (row.ascending && !(SPINE_ORDER[bone(first.segment)]! < SPINE_ORDER[bone(last.segment)]!)) {
          wrong.push(`${m.id} ${f.name}: runs down the spine (${first.segment} → ${last.segment})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
