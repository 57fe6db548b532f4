/**
 * Issue 12's smaller faults in the state layer: every ignored link parameter is named in one notice; an
 * all-bad link is cleaned from the address bar; `select=`, `mode=compare` and the new layers are
 * understood; Skip in the quiz reaches both kinds of question, in an order that differs per session and
 * repeats for a given seed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { questionDeck, sessionSeed, useQuiz } from '../../src/state/quiz';
import { useStore, viewState } from '../../src/state/store';
import { DEFAULT_VIEW_STATE, LAYERS } from '../../src/state/types';
import { parseParams, toParams } from '../../src/state/url';
import { linkNotice, startUrlSync } from '../../src/state/urlSync';

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

const ELEVEN_BAD =
  'muscle=zzz&zones=2&motion=dance&t=7&play=yes&speed=99&view=sideways&layers=skin,guts&isolate=nope&side=middle&mode=sleep';

describe('link notices', () => {
  it('names all eleven bad parameters in one notice, with a reason for each', () => {
    const { state, problems, ignored } = parseParams(ELEVEN_BAD);
    expect(state).toEqual({});
    expect(problems).toHaveLength(11);
    const notice = linkNotice(ignored, problems)!;
    for (const name of ['muscle', 'zones', 'motion', 't', 'play', 'speed', 'view', 'layers', 'isolate', 'side', 'mode']) {
      expect(notice.text).toMatch(new RegExp(`\\b${name}\\b`));
    }
    expect(notice.text).toMatch(/^Ignored 11 parts of this link: /);
    expect(notice.details).toHaveLength(11);
    expect(notice.details.join(' ')).toMatch(/muscle="zzz" ignored: expected a muscle or structure id/);
    expect(linkNotice([], [])).toBeNull();
  });

  it('startUrlSync keeps one notice for many bad parameters and cleans an all-bad link', () => {
    const replace = vi.fn();
    vi.stubGlobal('history', { state: null, replaceState: replace });
    const stop = startUrlSync({ pathname: '/', search: `?${ELEVEN_BAD}&foo=1`, hash: '' });
    const notices = useStore.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/12 parts/);
    expect(notices[0]!.text).toMatch(/\bfoo\b/);
    expect(notices[0]!.details).toHaveLength(12);
    expect(replace).toHaveBeenCalledWith(null, '', '/');
    stop();
    vi.unstubAllGlobals();
  });

  it('leaves a link that is already as the app writes it alone', () => {
    const replace = vi.fn();
    vi.stubGlobal('history', { state: null, replaceState: replace });
    // With its view: a muscle alone turns the body to its best view, which the link then records.
    const stop = startUrlSync({ pathname: '/', search: '?muscle=psoas_major_r&view=posterior', hash: '' });
    expect(useStore.getState().muscle).toBe('psoas_major_r');
    expect(replace).not.toHaveBeenCalled();
    stop();
    vi.unstubAllGlobals();
  });
});

describe('the codec speaks SPEC.md', () => {
  it('select= selects like muscle=, any structure; an unknown id is ignored with a notice', () => {
    expect(parseParams('select=iliacus_l').state).toEqual({ muscle: 'iliacus_l' });
    expect(parseParams('select=femoral_nerve_r').state).toEqual({ structure: 'femoral_nerve_r' });
    const bad = parseParams('select=femoral_nerve');
    expect(bad.state).toEqual({});
    expect(bad.ignored).toEqual(['select']);
    expect(bad.problems[0]).toMatch(/^select="femoral_nerve" ignored/);
    // Inherited object keys are not parameters.
    expect(parseParams('toString=1').ignored).toEqual(['toString']);
  });

  it('knows mode=compare and every layer, writes layers in one order, and round-trips them', () => {
    expect(parseParams('mode=compare').state).toEqual({ mode: 'compare' });
    expect(parseParams(`layers=${LAYERS.join(',')}`).state.layers).toEqual([...LAYERS]);
    expect(parseParams('layers=bones,labels,skin,nerves').state.layers).toEqual(['skin', 'nerves', 'bones', 'labels']);
    expect(parseParams('layers=skin,guts').problems).toHaveLength(1);
    // The same set as the defaults, in another order, is the default: no parameter.
    expect(toParams({ ...DEFAULT_VIEW_STATE, layers: ['bones', 'muscles', 'skin'] }).get('layers')).toBeNull();
    const s = { ...DEFAULT_VIEW_STATE, layers: ['labels', 'vessels', 'skin'] as typeof DEFAULT_VIEW_STATE.layers };
    expect(toParams(s).get('layers')).toBe('skin,vessels,labels');
    expect(parseParams(toParams(s)).state.layers).toEqual(['skin', 'vessels', 'labels']);
  });

  it('an empty layers= is kept (the view then says nothing is shown), and round-trips', () => {
    expect(parseParams('layers=').state).toEqual({ layers: [] });
    expect(toParams({ ...DEFAULT_VIEW_STATE, layers: [] }).toString()).toBe('layers=');
    useStore.getState().apply({ layers: [] });
    expect(viewState().layers).toEqual([]);
  });
});

describe('quiz', () => {
  beforeEach(() => {
    useQuiz.setState(useQuiz.getInitialState(), true);
  });

  it('Skip reaches a pain question: the kinds take turns whether answered or skipped', () => {
    const q = useQuiz.getState();
    q.next();
    const kinds = [useQuiz.getState().question!.kind];
    for (let i = 0; i < 5; i++) {
      useQuiz.getState().next(); // Skip
      kinds.push(useQuiz.getState().question!.kind);
    }
    expect(kinds).toEqual(['find', 'refers', 'find', 'refers', 'find', 'refers']);
    expect(useQuiz.getState().asked).toBe(0);
  });

  it('orders questions by a per-session seed: the same seed repeats, another seed differs', () => {
    const list = (seed: number) => {
      const deck = questionDeck(seed);
      return Array.from({ length: 12 }, (_, i) => JSON.stringify(deck(i)));
    };
    expect(list(7)).toEqual(list(7));
    expect(list(7)).not.toEqual(list(8));
    // Two sessions draw two seeds (32 random bits each).
    expect(sessionSeed()).not.toBe(sessionSeed());
    // Within a session, no "find" target repeats until all have been asked.
    const finds = list(3)
      .filter((_, i) => i % 2 === 0)
      .map((q) => JSON.parse(q).target.replace(/_[rl]$/, ''));
    expect(new Set(finds).size).toBe(finds.length);
  });

  it('Start again begins a new session with a question on screen', () => {
    useQuiz.getState().next();
    useQuiz.getState().respond(useQuiz.getState().question!.target);
    expect(useQuiz.getState().asked).toBe(1);
    useQuiz.getState().reset();
    expect(useQuiz.getState().question).not.toBeNull();
    expect(useQuiz.getState().asked).toBe(0);
    expect(useQuiz.getState().shown).toBe(1);
  });
});
