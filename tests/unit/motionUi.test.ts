/** The motion UI's pure parts: the plotted samples and their CSV (= the CLI's numbers), words, presets. */
import { beforeEach, describe, expect, it } from 'vitest';
import { COORDINATE_INDEX, neutralPose } from '../../src/anatomy/model/coordinates';
import { MOTIONS } from '../../src/anatomy/motions';
import { LENGTH_STRUCTURES } from '../../src/anatomy/structures/catalog';
import { motionCommand } from '../../src/cli/motionCommand';
import { useStore } from '../../src/state/store';
import { BACK_STRIDE, BACK_STRIDE_SPEED, backStride, kneeUp, setManual } from '../../src/ui/motion/actions';
import { hipText, manualLabel, manualName, percentText, signedCmText, speedText } from '../../src/ui/motion/format';
import { GAIT_HIP_SD, sampleMotion, samplesCsv } from '../../src/ui/motion/samples';

function columns(csv: string, names: string[]): string[][] {
  const [head, ...rows] = csv.trim().split('\n');
  const idx = names.map((n) => head!.split(',').indexOf(n));
  expect(idx.every((i) => i >= 0)).toBe(true);
  return rows.map((r) => {
    const cells = r.split(',');
    return idx.map((i) => cells[i]!);
  });
}

describe('length plot samples and CSV', () => {
  it.each([
    ['gait', 'psoas_major_r', 'hip_flexion_r'],
    ['hip_flexion', 'iliacus_l', 'hip_flexion_l'],
    ['kneeling_lunge', 'rectus_femoris_r', 'hip_flexion_r'],
  ] as const)('%s / %s: the CSV holds exactly the CLI numbers of --step 1', (motion, id, hip) => {
    const s = sampleMotion(motion, id);
    expect(s.percent).toHaveLength(101);
    const mine = samplesCsv(s);
    const cli = motionCommand([motion, '--muscles', id, '--step', '1']);
    const names = ['percent', hip, `${id}.length`];
    expect(columns(mine, names)).toEqual(columns(cli, names));
    expect(mine.split('\n')[0]!.startsWith(names.join(','))).toBe(true);
    for (let i = 0; i < s.lengthM.length; i++) expect(s.lengthCm[i]).toBeCloseTo(s.lengthM[i]! * 100, 10);
  });

  it('a ligament plots as `--muscles` prints it, and the iliofemoral ligament is longest in the back stride', () => {
    const id = 'iliofemoral_ligament_l';
    const s = sampleMotion('gait', { ...LENGTH_STRUCTURES.find((l) => l.id === id)!, side: 'l' });
    const names = ['percent', 'hip_flexion_l', `${id}.length`];
    expect(columns(samplesCsv(s), names)).toEqual(columns(motionCommand(['gait', '--muscles', id, '--step', '1']), names));
    // Longest where the left hip is most extended (the left leg's back stride, half a cycle after the right's).
    const longest = s.lengthM.indexOf(Math.max(...s.lengthM));
    const extended = s.hip.indexOf(Math.min(...s.hip));
    const apart = Math.abs(longest - extended);
    expect(Math.min(apart, 100 - apart), 'percent of the cycle between them (it wraps round)').toBeLessThanOrEqual(5);
    expect(s.lengthM[longest]!).toBeGreaterThan(s.restM);
  });

  it('walking carries the normal hip range as the curve ± 1 SD; other motions do not', () => {
    const g = sampleMotion('gait', 'psoas_major_r');
    expect(g.band).not.toBeNull();
    expect(g.band!.high[40]! - g.hip[40]!).toBeCloseTo(GAIT_HIP_SD, 10);
    expect(g.band!.low[40]! - g.hip[40]!).toBeCloseTo(-GAIT_HIP_SD, 10);
    expect(samplesCsv(g).split('\n')[0]).toBe(
      'percent,hip_flexion_r,psoas_major_r.length,hip_flexion_r.normal_low,hip_flexion_r.normal_high',
    );
    expect(sampleMotion('hip_flexion', 'psoas_major_r').band).toBeNull();
  });

  it('the psoas is longer in the back stride than at heel strike, and shorter with the knee up', () => {
    const g = sampleMotion('gait', 'psoas_major_r');
    const back = Math.round(((BACK_STRIDE.from + BACK_STRIDE.to) / 2) * 100);
    expect(g.lengthM[back]!).toBeGreaterThan(g.restM);
    expect(g.lengthM[back]!).toBeGreaterThan(g.lengthM[0]!);
    expect(g.hip[back]!).toBeLessThan(0);
    const h = sampleMotion('hip_flexion', 'psoas_major_r');
    expect(h.lengthM[50]!).toBeLessThan(h.restM);
  });
});

describe('plain words', () => {
  it('names poses and numbers as people read them', () => {
    expect(manualLabel('hip_flexion_r', 35)).toBe('Right hip flexion 35°');
    expect(manualLabel('hip_flexion_l', -10)).toBe('Left hip extension 10°');
    expect(manualLabel('hip_adduction_r', -20)).toBe('Right hip abduction 20°');
    expect(manualLabel('hip_rotation_r', 12)).toBe('Right hip internal rotation 12°');
    expect(manualLabel('knee_angle_r', -40)).toBe('Right knee flexion 40°');
    expect(manualLabel('knee_angle_r', 0)).toBe('Right knee flexion 0°');
    expect(manualLabel('lumbar_extension', -15)).toBe('Lower back flexion 15°');
    expect(manualName('hip_flexion_r')).toBe('Right hip flexion or extension');
    expect(percentText(0.4)).toBe('40 %');
    expect(percentText(1.2)).toBe('100 %');
    expect(speedText(2)).toBe('2×');
    expect(speedText(0.35)).toBe('0.35×');
    expect(signedCmText(0.0123)).toBe('+1.2 cm');
    expect(signedCmText(-0.008)).toBe('\u22120.8 cm');
    expect(signedCmText(0.0002)).toBe('0.0 cm');
    expect(hipText(-12.4)).toBe('12° extension');
    expect(hipText(35)).toBe('35° flexion');
    expect(hipText(0.2)).toBe('0°');
  });
});

describe('presets and reduced motion', () => {
  const initial = useStore.getState();
  beforeEach(() => useStore.setState(initial, true));

  it('"Back stride" loops the right terminal stance slowly with the right psoas and iliacus lit', () => {
    backStride();
    const s = useStore.getState();
    expect(s.motion).toBe('gait');
    expect(s.range).toEqual([BACK_STRIDE.from, BACK_STRIDE.to]);
    expect(s.loop).toBe(true);
    expect(s.speed).toBe(BACK_STRIDE_SPEED);
    expect(s.muscle).toBe('psoas_major_r');
    expect(s.highlight).toEqual(['iliacus_r']);
    expect(s.stretchColours).toBe(true);
    expect(s.play).toBe(true);
    expect(s.t).toBeCloseTo(BACK_STRIDE.from, 10);
    expect(s.status).toMatch(/back stride/i);
  });

  it('with reduced motion, links and presets do not start playback; Play by hand does', () => {
    useStore.setState({ reducedMotion: true });
    useStore.getState().apply({ motion: 'gait', play: true });
    expect(useStore.getState().play).toBe(false);
    expect(useStore.getState().playHeld).toBe(true);
    kneeUp();
    expect(useStore.getState().motion).toBe('hip_flexion');
    expect(useStore.getState().play).toBe(false);
    useStore.getState().setPlaying(true);
    expect(useStore.getState().play).toBe(true);
    expect(useStore.getState().playHeld).toBe(false);
  });

  it('a hand-made pose stops the motion and holds what was on screen', () => {
    backStride();
    const shown = MOTIONS.gait.evaluate(BACK_STRIDE.from + 0.05, neutralPose());
    setManual('hip_flexion_r', 35, shown);
    const s = useStore.getState();
    // The other joints hold the pose that was on screen (to 0.1°).
    expect(s.manual.hip_flexion_l).toBeCloseTo(shown[COORDINATE_INDEX.hip_flexion_l]!, 1);
    expect(s.manual.knee_angle_r).toBeCloseTo(shown[COORDINATE_INDEX.knee_angle_r]!, 1);
    expect(s.motion).toBeNull();
    expect(s.play).toBe(false);
    expect(s.range).toBeNull();
    expect(s.manual.hip_flexion_r).toBe(35);
    expect(s.highlight).toEqual([]);
  });
});
