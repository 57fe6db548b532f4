/**
 * The per-viewer runtime: each viewer poses its own body, a store-driven one follows the store's phase
 * and hands its playhead back on pause, and two runtimes on one page do not disturb each other.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { COORDINATE_INDEX } from '../../src/anatomy/model/coordinates';
import { MUSCLE_IDS } from '../../src/anatomy/muscles/catalog';
import { MOTIONS } from '../../src/anatomy/motions';
import { type PoseSpec, ViewerRuntime } from '../../src/state/runtime';
import { useStore } from '../../src/state/store';

const HIP_R = COORDINATE_INDEX.hip_flexion_r;
const psoas = MUSCLE_IDS.indexOf('psoas_major_r');

beforeEach(() => useStore.setState(useStore.getInitialState(), true));

const own = (spec: Partial<PoseSpec>): PoseSpec => ({
  motion: null,
  t: 0,
  play: false,
  speed: 1,
  range: null,
  loop: true,
  manual: {},
  ...spec,
});

describe('viewer runtime', () => {
  it('poses the body at the store phase while paused, and only when something changed', () => {
    const r = new ViewerRuntime('main');
    const unbind = r.bindToStore(useStore);
    useStore.getState().setMotion('hip_flexion');
    useStore.getState().setPhase(0.25);
    expect(r.step(0.016)).toBe(true);
    const expected = MOTIONS.hip_flexion.evaluate(0.25, new Float64Array(r.frame.pose.length))[HIP_R]!;
    expect(r.frame.pose[HIP_R]).toBeCloseTo(expected, 9);
    expect(r.frame.phase).toBe(0.25);
    const version = r.frame.version;
    expect(r.step(0.016)).toBe(false);
    expect(r.frame.version).toBe(version);
    unbind();
  });

  it('plays at speed × time over duration, and a pause hands the playhead back to the store', () => {
    const r = new ViewerRuntime('main');
    const unbind = r.bindToStore(useStore);
    const s = useStore.getState();
    s.setMotion('gait');
    s.setPhase(0.1);
    s.setSpeed(2);
    s.setPlaying(true);
    r.step(0.05);
    const expected = 0.1 + (0.05 * 2) / MOTIONS.gait.duration;
    expect(r.playhead).toBeCloseTo(expected, 12);
    expect(useStore.getState().t).toBe(0.1); // the store is not written per frame
    useStore.getState().setPlaying(false);
    expect(useStore.getState().t).toBeCloseTo(expected, 12);
    unbind();
  });

  it('jumps to a phase set while playing, even the phase the store already holds', () => {
    const r = new ViewerRuntime('main');
    const unbind = r.bindToStore(useStore);
    const s = useStore.getState();
    s.setMotion('gait');
    s.setPhase(0.3);
    s.setPlaying(true);
    r.step(0.1);
    expect(r.playhead).toBeGreaterThan(0.3);
    useStore.getState().setPhase(0.3);
    expect(r.playhead).toBe(0.3);
    unbind();
  });

  it('a motion that does not loop stops at its end and pauses the store there', () => {
    const r = new ViewerRuntime('main');
    const unbind = r.bindToStore(useStore);
    const s = useStore.getState();
    s.setMotion('sit_to_stand');
    s.set('loop', false);
    s.setPhase(0.99);
    s.setPlaying(true);
    for (let i = 0; i < 10; i++) r.step(0.1);
    expect(useStore.getState().play).toBe(false);
    expect(useStore.getState().t).toBe(1);
    unbind();
  });

  it('two viewers on one page keep their own pose: one follows the store, one holds the back stride', () => {
    const a = new ViewerRuntime('compare-a');
    const unbind = a.bindToStore(useStore);
    const stride = MOTIONS.gait.segments!.find((x) => x.id === 'back_stride')!;
    const b = new ViewerRuntime('compare-b', { kind: 'own', spec: own({ motion: 'gait', t: (stride.from + stride.to) / 2 }) });
    a.step(0.016);
    b.step(0.016);
    // Standing versus the trailing leg's extended hip: the psoas is longer in the back stride.
    expect(a.frame.pose[HIP_R]).toBeCloseTo(0, 6);
    expect(b.frame.pose[HIP_R]).toBeLessThan(-5);
    expect(b.frame.lengths[psoas]).toBeGreaterThan(a.frame.lengths[psoas]! + 0.005);
    // Changing the store moves the first only.
    useStore.getState().setMotion('hip_flexion');
    useStore.getState().setPhase(0.3);
    a.step(0.016);
    const bBefore = b.frame.version;
    b.step(0.016);
    expect(a.frame.pose[HIP_R]).toBeGreaterThan(30);
    expect(b.frame.version).toBe(bBefore);
    expect(() => b.bindToStore(useStore)).toThrow(/pose of its own/);
    unbind();
  });

  it('calls frame listeners after each frame, and not once they unsubscribed', () => {
    const r = new ViewerRuntime('main', { kind: 'own', spec: own({}) });
    let calls = 0;
    const off = r.onFrame(() => calls++);
    expect(calls).toBe(1);
    r.frameDone();
    r.frameDone();
    off();
    r.frameDone();
    expect(calls).toBe(3);
  });
});
