/** `myomap structures`, `myomap structure <id>` and ligament lengths in `myomap motion`. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

describe('myomap structures', () => {
  it('lists every non-muscle structure with id, name, side and kind', async () => {
    const { code, out } = await cli('structures');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; name: string; side: string | null; kind: string }[];
    expect(list.length).toBe(70);
    expect(list.find((s) => s.id === 'femoral_nerve_l')).toEqual({
      id: 'femoral_nerve_l',
      name: 'Femoral nerve',
      side: 'l',
      kind: 'nerve',
    });
    expect(list.find((s) => s.id === 'abdominal_aorta')).toMatchObject({ side: null, kind: 'vessel' });
    expect(list.some((s) => s.id.startsWith('psoas'))).toBe(false);
    for (const s of list) expect(Object.keys(s)).toEqual(['id', 'name', 'side', 'kind']);
    expect(new Set(list.map((s) => s.kind))).toEqual(new Set(['bone', 'ligament', 'fascia', 'nerve', 'vessel']));
  });

  it('structure <id>: a nerve with its roots, course, relations and citations', async () => {
    const { code, out } = await cli('structure', 'obturator_nerve_r');
    expect(code).toBe(0);
    const s = JSON.parse(out);
    expect(s).toMatchObject({
      id: 'obturator_nerve_r',
      name: 'Obturator nerve',
      side: 'r',
      kind: 'nerve',
      roots: ['L2', 'L3', 'L4'],
    });
    expect(s.relations).toMatch(/psoas/);
    expect(s.citations.length).toBeGreaterThan(0);
    expect(s.references[0].reference.length).toBeGreaterThan(20);
    expect(s.fibres[0].drawing.shape).toBe('tube');
  });

  it('structure <id>: a bone with its landmarks and attachments', async () => {
    const s = JSON.parse((await cli('structure', 'pelvis')).out);
    expect(s.kind).toBe('bone');
    expect(s.landmarks.map((l: { id: string }) => l.id)).toContain('asis_r');
    expect(s.attachments.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['sartorius_r', 'inguinal_ligament_l']),
    );
  });

  it('structure <muscle id> prints what `muscle` prints', async () => {
    const a = await cli('structure', 'psoas_major_r');
    const b = await cli('muscle', 'psoas_major_r');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });

  it.each([
    [['structure', 'femoral_nerv'], /unknown structure "femoral_nerv"; did you mean femoral_nerve_r/],
    [['structure', 'aorta'], /did you mean abdominal_aorta/],
    [['structure', 'sciatic'], /did you mean sciatic_nerve_r or sciatic_nerve_l/],
    [['structure'], /structure needs exactly one id/],
    [['structures', 'x'], /structures takes no arguments/],
    [['motion', 'gait', '--muscles', 'iliofemoral_ligament'], /unknown muscle "iliofemoral_ligament"/],
  ])('bad input %j exits 2 with one short line', async (argv, message) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    if (argv[0] === 'structure') expect(err.length).toBeLessThan(200);
  });
});

describe('myomap motion with ligaments', () => {
  it('prints the iliofemoral ligament length like a muscle’s, longest in the back stride', async () => {
    const { code, out } = await cli(
      'motion',
      'gait',
      '--muscles',
      'iliofemoral_ligament_r,psoas_major_r',
      '--moment-arms',
    );
    expect(code).toBe(0);
    const [head, ...rows] = out.trim().split('\n');
    const cols = head!.split(',');
    expect(cols).toContain('iliofemoral_ligament_r.length');
    expect(cols).toContain('iliofemoral_ligament_r.hip_flexion_r.moment_arm');
    const data = rows.map((r) => r.split(',').map(Number));
    const len = data.map((r) => r[cols.indexOf('iliofemoral_ligament_r.length')]!);
    const hip = data.map((r) => r[cols.indexOf('hip_flexion_r')]!);
    // Longest within 6 % of the cycle of the most extended hip (rows every 2 %).
    expect(Math.abs(len.indexOf(Math.max(...len)) - hip.indexOf(Math.min(...hip)))).toBeLessThanOrEqual(3);
  });

  it('leaves ligaments out of the default set (every muscle, as SPEC.md says)', async () => {
    const { out } = await cli('motion', 'hip_flexion', '--step', '50');
    expect(out.split('\n')[0]).not.toMatch(/ligament/);
  });
});
