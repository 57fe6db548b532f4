/** The myomap CLI: the commands of SPEC.md, in-process, and once through the real npm script. */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { neutralPose } from '../../src/anatomy/model/coordinates';
import { computeFrames, toWorld } from '../../src/anatomy/model/kinematics';
import { landmark } from '../../src/anatomy/model/landmarks';
import { main } from '../../src/cli/main';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

const parseCsv = (csv: string) => {
  const [head, ...rows] = csv.trim().split('\n');
  const cols = head!.split(',');
  return { cols, rows: rows.map((r) => r.split(',').map(Number)) };
};

/** The first 28 muscle names of SPEC.md, as written there. */
const SPEC_FIRST_28 = [
  'psoas_major',
  'psoas_minor',
  'iliacus',
  'quadratus_lumborum',
  'gluteus_maximus',
  'gluteus_medius',
  'gluteus_minimus',
  'piriformis',
  'gemellus_superior',
  'obturator_internus',
  'gemellus_inferior',
  'obturator_externus',
  'quadratus_femoris',
  'tensor_fasciae_latae',
  'sartorius',
  'rectus_femoris',
  'pectineus',
  'adductor_longus',
  'adductor_brevis',
  'adductor_magnus',
  'gracilis',
  'biceps_femoris_long',
  'biceps_femoris_short',
  'semitendinosus',
  'semimembranosus',
  'iliocostalis_lumborum',
  'longissimus_thoracis',
  'multifidus_lumborum',
];

describe('myomap CLI', () => {
  it('muscles: 76 entries with id, name, side and groups, the 28 hip and low-back names of SPEC.md first', async () => {
    const { code, out } = await cli('muscles');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; name: string; side: string; groups: string[] }[];
    expect(list).toHaveLength(76);
    expect(new Set(list.map((m) => m.id)).size).toBe(76);
    expect(list.find((m) => m.id === 'psoas_major_r')).toMatchObject({ name: 'Psoas major', side: 'r' });
    expect(list.find((m) => m.id === 'gastrocnemius_medial_l')).toMatchObject({ name: 'Gastrocnemius (medial head)', side: 'l' });
    for (const m of list) expect(m.id.endsWith(`_${m.side}`)).toBe(true);
    // SPEC.md's first 28 names, in its order, lead the right side (tests outside the project rely on them).
    const bases = list.filter((m) => m.side === 'r').map((m) => m.id.replace(/_r$/, ''));
    expect(bases.slice(0, 28)).toEqual(SPEC_FIRST_28);
  });

  it('muscle <id>: the facts, with citations', async () => {
    const { code, out } = await cli('muscle', 'iliacus_l');
    expect(code).toBe(0);
    const m = JSON.parse(out);
    expect(m.name).toBe('Iliacus');
    expect(m.innervation.nerve).toMatch(/femoral/i);
    expect(m.citations.length).toBeGreaterThan(0);
    expect(m.triggerPoints.length).toBeGreaterThan(0);
  });

  it('the researcher’s command: psoas and iliacus over a gait cycle, 51 rows', async () => {
    const { code, out } = await cli('motion', 'gait', '--muscles', 'psoas_major_r,iliacus_r', '--moment-arms');
    expect(code).toBe(0);
    const { cols, rows } = parseCsv(out);
    expect(cols.slice(0, 3)).toEqual(['percent', 'pelvis_tilt', 'pelvis_list']);
    expect(cols).toContain('lumbar_rotation');
    expect(cols).toContain('psoas_major_r.length');
    expect(cols).toContain('iliacus_r.hip_flexion_r.moment_arm');
    expect(rows).toHaveLength(51);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 51 }, (_, i) => i * 2));
    const psoas = rows.map((r) => r[cols.indexOf('psoas_major_r.length')]!);
    expect(Math.max(...psoas) - Math.min(...psoas)).toBeGreaterThan(0.015);
    expect(Math.max(...psoas) - Math.min(...psoas)).toBeLessThan(0.06);
    for (const name of ['psoas_major_r.hip_flexion_r.moment_arm', 'iliacus_r.hip_flexion_r.moment_arm']) {
      for (const r of rows) {
        expect(r[cols.indexOf(name)]).toBeGreaterThan(0.02);
        expect(r[cols.indexOf(name)]).toBeLessThan(0.07);
      }
    }
  });

  it('--step sets the rows; every muscle by default', async () => {
    const { out } = await cli('motion', 'hip_flexion', '--step', '10');
    const { cols, rows } = parseCsv(out);
    expect(rows).toHaveLength(11);
    expect(cols.filter((c) => c.endsWith('.length'))).toHaveLength(76);
  });

  it('refer: the right low back at L3 gives the right iliopsoas first and never the left; the chest gives nothing', async () => {
    // 4 cm right of the L3 spinous process tip, at its height, behind the body: the nearest skin is the right paraspinal band.
    const f = computeFrames(neutralPose());
    const l3 = landmark('l3_spinous');
    const tip = toWorld(f, l3.segment, l3.at);
    const { code, out } = await cli('refer', '--at', `${tip[0] - 0.05},${tip[1]},${tip[2] + 0.04}`);
    expect(code).toBe(0);
    const hits = JSON.parse(out) as { muscle: string; zone: string; evidence: string }[];
    expect(hits.slice(0, 2).map((h) => h.muscle).sort()).toEqual(['iliacus_r', 'psoas_major_r']);
    expect(hits[0]!.zone).toBe('essential');
    expect(hits.some((h) => h.muscle.endsWith('_l') && /psoas|iliacus/.test(h.muscle))).toBe(false);
    const zones = hits.map((h) => h.zone);
    expect(zones.indexOf('spillover') === -1 || zones.lastIndexOf('essential') < zones.indexOf('spillover')).toBe(true);
    // In front of the chest at the nipples (1.25 m is the upper belly, under the abdominal wall's zones).
    expect(JSON.parse((await cli('refer', '--at', '0.2,1.4,0')).out)).toEqual([]);
  });

  it('muscle <id> lists its referral zones with type, evidence and description', async () => {
    const m = JSON.parse((await cli('muscle', 'gluteus_medius_r')).out);
    const types = new Set(m.referralZones.map((z: { type: string }) => z.type));
    expect(types).toEqual(new Set(['essential', 'spillover']));
    expect(m.referralZones.every((z: { description: string; evidence: string }) => z.description.length > 15 && z.evidence)).toBe(true);
  });

  it.each([
    [['frobnicate'], /valid commands: muscles, muscle, motion, refer, structures or structure/],
    [['structures', 'extra'], /unexpected argument "extra": structures takes no arguments/],
    [['structure'], /structure needs exactly one id/],
    [['structure', 'femoral_nerve_r', 'extra'], /unexpected argument "extra": structure takes <id> only/],
    [[], /a command is needed/],
    [['muscles', 'extra'], /unexpected argument "extra": muscles takes no arguments/],
    [['muscles', '--json'], /unknown option --json; muscles takes no options/],
    [['muscle'], /muscle needs an id/],
    [['muscle', 'psoas_major_r', 'iliacus_r'], /unexpected argument "iliacus_r"/],
    [['muscle', 'psoas_r'], /unknown muscle "psoas_r"; did you mean psoas_major_r, psoas_minor_r/],
    [['muscle', 'psoas'], /unknown muscle "psoas"; did you mean psoas_major_r\b/],
    [['muscle', 'illiacus_l'], /did you mean iliacus_l\?/],
    [['muscle', 'QL'], /did you mean quadratus_lumborum_r\?/],
    [['muscle', 'x'.repeat(5000)], /unknown muscle "x{40}…"/],
    [['motion'], /motion needs a motion: hip_flexion, gait, sit_to_stand or kneeling_lunge/],
    [['motion', 'running'], /unknown motion "running"; valid motions: hip_flexion, gait, sit_to_stand or kneeling_lunge/],
    [['motion', 'gait', 'gait'], /unexpected argument "gait": motion takes <motion> only/],
    [['motion', 'gait', '--moment-arms=1'], /--moment-arms takes no value/],
    [['motion', 'gait', '--moment-arms', '--moment-arms'], /--moment-arms is given twice/],
    [['motion', 'gait', '--speed', '2'], /unknown option --speed; valid options of motion: --step, --muscles or --moment-arms/],
    [['motion', 'gait', '-s', '2'], /unknown option -s; valid options/],
    [['motion', 'gait', '---step', '2'], /unknown option ---step; valid options/],
    [['motion', 'gait', '--step'], /--step needs a value; e\.g\. --step 2/],
    [['motion', 'gait', '--step='], /--step needs a value/],
    [['motion', 'gait', '--step', 'two'], /--step must be a number of percent from 0\.01 to 100/],
    [['motion', 'gait', '--step', '-5'], /--step must be a number/],
    [['motion', 'gait', '--step', '0'], /--step must be a number/],
    [['motion', 'gait', '--step', '0.0000001'], /--step must be a number of percent from 0\.01 to 100 \(at most 10001 rows\)/],
    [['motion', 'gait', '--step', '101'], /--step must be a number/],
    [['motion', 'gait', '--step', '0x10'], /--step must be a number/],
    [['motion', 'gait', '--step', 'NaN'], /--step must be a number/],
    [['motion', 'gait', '--step', 'Infinity'], /--step must be a number/],
    [['motion', 'gait', '--step', '1e999'], /--step must be a number/],
    [['motion', 'gait', '--step', '2,5'], /--step must be a number/],
    [['motion', 'gait', '--step', '1_0'], /--step must be a number/],
    [['motion', 'gait', '--muscles', 'psoas_major_r,nope'], /unknown muscle "nope" in --muscles/],
    [['motion', 'gait', '--muscles', 'psoas_major_r,'], /unknown muscle "" in --muscles/],
    [['refer'], /refer needs --at x,y,z/],
    [['refer', '--at', '1,2'], /refer needs --at x,y,z: three finite numbers/],
    [['refer', '--at', '1,2,3,4'], /three finite numbers/],
    [['refer', '--at', 'a,b,c'], /three finite numbers/],
    [['refer', '--at', '1e999,0,0'], /three finite numbers/],
    [['refer', '--at', '0,-1e400,0'], /three finite numbers/],
    [['refer', '--at', 'NaN,0,0'], /three finite numbers/],
    [['refer', '--at', 'Infinity,0,0'], /three finite numbers/],
    [['refer', '--at', '0x1,0,0'], /three finite numbers/],
    [['refer', '--at', '1,,2'], /three finite numbers/],
    [['refer', '--at', ''], /--at needs a value/],
    [['refer', '--at', '0,1,0', 'extra'], /unexpected argument "extra": refer takes no arguments/],
    [['refer', '--near', '0,1,0'], /unknown option --near; valid options of refer: --at/],
  ])('bad input %j exits 2 with one short line naming what is valid', async (argv, message) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err.length).toBeLessThanOrEqual(220);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('numbers in every plain decimal form are accepted', async () => {
    for (const step of ['10', '10.0', '1e1', '+10', '0.01e3']) {
      const { code, out } = await cli('motion', 'hip_flexion', '--step', step, '--muscles', 'psoas_major_r');
      expect(code, step).toBe(0);
      expect(out.trim().split('\n'), step).toHaveLength(12);
    }
    expect((await cli('motion', 'hip_flexion', '--step=25', '--muscles=psoas_major_r')).out.trim().split('\n')).toHaveLength(6);
    expect((await cli('refer', '--at', '-.2, 1.25e0 ,+0')).code).toBe(0);
  });

  it('the finest step gives 10,001 rows', async () => {
    const { code, out } = await cli('motion', 'hip_flexion', '--step', '0.01', '--muscles', 'psoas_major_r');
    expect(code).toBe(0);
    const { rows } = parseCsv(out);
    expect(rows).toHaveLength(10_001);
    expect(rows.at(-1)![0]).toBe(100);
  });

  it('runs as `npm run --silent myomap`, with exit code 2 and no stack trace on bad input', () => {
    const ok = execFileSync('npm', ['run', '--silent', 'myomap', '--', 'motion', 'gait', '--step', '50', '--muscles', 'psoas_major_r'], {
      encoding: 'utf8',
    });
    expect(ok.trim().split('\n')).toHaveLength(4);
    const bad = spawnSync('npm', ['run', '--silent', 'myomap', '--', 'muscle', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^myomap: unknown muscle "nope"/m);
    expect(bad.stderr).not.toMatch(/node:internal|\n\s+at /);
  });
});
