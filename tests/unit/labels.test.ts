/**
 * Labels on the model: attachments come from the paths (the psoas inserts on the lesser trochanter, the
 * iliacus arises in the iliac fossa, quadratus lumborum reaches rib 12), and the layout never lets two
 * labels overlap or leave the view, and keeps a label's place while its anchor moves a little.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { muscle } from '../../src/anatomy/muscles/catalog';
import { attachmentsOf } from '../../src/anatomy/muscles/attachments';
import { type LabelInput, placeLabels } from '../../src/geometry/labels/layout';

const names = (id: Parameters<typeof muscle>[0]) => {
  const a = attachmentsOf(muscle(id));
  return { origin: a.origin.map((x) => x.name), insertion: a.insertion.map((x) => x.name) };
};

describe('attachments', () => {
  it('name the bone where each end of the muscle is, from the paths', () => {
    expect(names('psoas_major_r').insertion).toEqual(['lesser trochanter']);
    expect(names('psoas_major_l').origin.join(' ')).toMatch(/T12|L1/);
    expect(names('iliacus_r').origin).toEqual(['iliac fossa']);
    expect(names('quadratus_lumborum_r').insertion.join(' ')).toMatch(/12th rib/);
    expect(names('sartorius_r')).toEqual({ origin: ['ASIS'], insertion: ['pes anserinus'] });
    expect(names('rectus_femoris_l').origin).toEqual(['AIIS']);
    expect(names('biceps_femoris_long_r').origin).toEqual(['ischial tuberosity']);
  });
});

const rects = (ls: readonly LabelInput[], ps: ReturnType<typeof placeLabels>) =>
  ps.map((p) => {
    const l = ls.find((x) => x.id === p.id)!;
    return { left: p.left, top: p.top, right: p.left + l.width, bottom: p.top + l.height };
  });

describe('label layout', () => {
  const label = fc.record({
    x: fc.double({ min: 0, max: 800, noNaN: true }),
    y: fc.double({ min: 0, max: 600, noNaN: true }),
    width: fc.integer({ min: 30, max: 160 }),
    height: fc.integer({ min: 14, max: 24 }),
    priority: fc.integer({ min: 0, max: 10 }),
    far: fc.boolean(),
  });

  it('never overlaps two labels, never leaves the view', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 30 }), (raw) => {
        const ls = raw.map((l, i) => ({ ...l, id: `l${i}` }));
        const placed = placeLabels(ls, 800, 600, { x: 400, y: 300 });
        const rs = rects(ls, placed);
        for (const r of rs) {
          expect(r.left).toBeGreaterThanOrEqual(0);
          expect(r.top).toBeGreaterThanOrEqual(0);
          expect(r.right).toBeLessThanOrEqual(800);
          expect(r.bottom).toBeLessThanOrEqual(600);
        }
        for (let i = 0; i < rs.length; i++) {
          for (let j = i + 1; j < rs.length; j++) {
            const a = rs[i]!;
            const b = rs[j]!;
            expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('places the most important labels first and keeps a label where it was while there is room', () => {
    const ls: LabelInput[] = [
      { id: 'minor', x: 400, y: 300, width: 120, height: 20, priority: 1 },
      { id: 'major', x: 402, y: 300, width: 120, height: 20, priority: 9 },
    ];
    const first = placeLabels(ls, 800, 600, { x: 300, y: 300 });
    expect(first.map((p) => p.id)[0]).toBe('major');
    const slot = first.find((p) => p.id === 'major')!.slot;
    // The body turns a little: the anchor moves 6 px; the label keeps its side.
    const moved = placeLabels([{ ...ls[1]!, x: 408 }], 800, 600, { x: 300, y: 300 }, new Map([['major', slot]]));
    expect(moved[0]!.slot).toBe(slot);
  });
});
