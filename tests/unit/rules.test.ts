/**
 * The state rules hold whoever changes the state — without any component on screen (the embed has no
 * timeline and no quiz panel): a new selection ends a preset's extra highlight, a new quiz question
 * clears the selection, an answer shows the right muscle, and motion changes are announced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useQuiz } from '../../src/state/quiz';
import { startStateRules } from '../../src/state/rules';
import { useStore } from '../../src/state/store';

let stop = () => {};
beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useQuiz.setState(useQuiz.getInitialState(), true);
  stop = startStateRules();
});
afterEach(() => stop());

describe('state rules', () => {
  it('choosing another muscle ends the extra highlight a preset set', () => {
    const s = useStore.getState();
    s.select('psoas_major_r');
    s.set('highlight', ['iliacus_r']);
    useStore.getState().select('iliacus_l');
    expect(useStore.getState().highlight).toEqual([]);
  });

  it('a new quiz question clears the selection; answering selects the target', () => {
    useStore.getState().select('piriformis_r');
    useQuiz.getState().next();
    expect(useStore.getState().muscle).toBeNull();
    const q = useQuiz.getState().question!;
    const wrong = q.target === 'psoas_major_r' ? 'iliacus_r' : 'psoas_major_r';
    useQuiz.getState().respond(wrong);
    expect(useStore.getState().muscle).toBe(q.target);
  });

  it('announces a change of motion, whoever made it', () => {
    useStore.getState().setMotion('gait');
    expect(useStore.getState().status).toMatch(/^Motion: /);
    useStore.getState().setMotion(null);
    expect(useStore.getState().status).toBe('Motion stopped: standing pose');
  });

  it('stops when asked', () => {
    stop();
    useStore.getState().select('psoas_major_r');
    useStore.getState().set('highlight', ['iliacus_r']);
    useStore.getState().select('iliacus_l');
    expect(useStore.getState().highlight).toEqual(['iliacus_r']);
  });
});
