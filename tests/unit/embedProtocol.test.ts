/**
 * The embed's two ways in, under random input: the postMessage parser (through handleMessage, the very
 * function the bridge calls) and the URL codec. Neither ever throws; whatever is invalid is answered
 * with an error (a problem line, for the URL) and leaves the store exactly as it was. Also: the bridge
 * listens only to its parent (and origin), the element's names agree with the app's, and the Embed
 * dialog's snippets carry the view.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { isMuscleId, MUSCLE_IDS, MUSCLES, muscleLabel } from '../../src/anatomy/muscles/catalog';
import { entryLabel, STRUCTURE_ENTRIES, structureEntry } from '../../src/anatomy/structureDirectory';
import { layerOfKind } from '../../src/state/structureLayer';
import { isMotionId, MOTION_IDS } from '../../src/anatomy/motions/types';
import { type BridgeWindow, parseOrigin, startBridge } from '../../src/embed/bridge';
import { ATTRIBUTE_PARAMS, displayName, frameQuery, REGIONS, silhouette } from '../../src/embed/element';
import { HOST_VERBS, handleMessage, parseMessage, VERSION, type ViewerMessage } from '../../src/embed/protocol';
import { embedSnippets } from '../../src/ui/embed/snippets';
import { isStoredCamera } from '../../src/geometry/views/directions';
import { bestViewOf } from '../../src/state/bestView';
import { ViewerRuntime } from '../../src/state/runtime';
import { useStore, viewState } from '../../src/state/store';
import { DEFAULT_VIEW_STATE, LAYERS, MODES, SIDES_VIEW, type ViewState, VIEWS } from '../../src/state/types';
import { PARAMS, parseParams, toParams } from '../../src/state/url';

const RUNS = { numRuns: 300 };

/** The embed's viewer runtime, bound to the store as in /embed.html; its playhead is what getState reports. */
let runtime: ViewerRuntime;
let unbind = () => {};
const playhead = () => runtime.playhead;

function freshViewer() {
  unbind();
  useStore.setState(useStore.getInitialState(), true);
  runtime = new ViewerRuntime('embed');
  unbind = runtime.bindToStore(useStore);
}

beforeEach(freshViewer);

/** Put the store somewhere other than the defaults, so "unchanged" means something. */
function someState() {
  const s = useStore.getState();
  s.apply({ muscle: 'iliacus_l', zones: true, motion: 'gait', view: 'posterior', layers: ['bones', 'muscles'] });
  s.setPhase(0.3);
}

/** Apply a message; expect an error answer and no change at all (the very same store object). */
function expectRejected(data: unknown) {
  const before = useStore.getState();
  const head = runtime.playhead;
  let out: ViewerMessage[] = [];
  expect(() => {
    out = handleMessage(data, playhead);
  }).not.toThrow();
  expect(out).toHaveLength(1);
  expect(out[0]!.type).toBe('myomap:error');
  expect(typeof (out[0] as { message: string }).message).toBe('string');
  expect(useStore.getState()).toBe(before);
  expect(runtime.playhead).toBe(head);
}

// ——— generators ———

const muscleId = fc.constantFrom(...MUSCLE_IDS);
/** Any structure that is not a muscle (SPEC's select names those too). */
const structureId = fc.constantFrom(...STRUCTURE_ENTRIES.map((e) => e.id));
const isSelectable = (id: string) => isMuscleId(id) || structureEntry(id) !== undefined;
const validMessage = fc.oneof(
  fc.record({ type: fc.constant('myomap:select'), muscle: fc.oneof(fc.constant(null), muscleId, structureId) }),
  fc.record({ type: fc.constant('myomap:view'), view: fc.constantFrom(...VIEWS) }),
  fc.record({ type: fc.constant('myomap:play'), motion: fc.constantFrom(...MOTION_IDS) }),
  fc.record({ type: fc.constant('myomap:pause') }),
  fc.record({ type: fc.constant('myomap:seek'), t: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('myomap:zones'), on: fc.boolean() }),
  fc.record({ type: fc.constant('myomap:getState') }),
);

const FIELDS: Record<string, string[]> = {
  'myomap:select': ['muscle'],
  'myomap:view': ['view'],
  'myomap:play': ['motion'],
  'myomap:pause': [],
  'myomap:seek': ['t'],
  'myomap:zones': ['on'],
  'myomap:getState': [],
};
const REQUIRED = new Set(['muscle', 'view', 't', 'on']);

const notNullishOr = (ok: (v: unknown) => boolean) => fc.anything().filter((v) => v !== undefined && !ok(v));
/** A value that is wrong for a field, whatever it is. */
const badValue: Record<string, fc.Arbitrary<unknown>> = {
  muscle: fc.oneof(
    fc.string().filter((s) => !isSelectable(s)),
    muscleId.map((id) => id.toUpperCase()),
    muscleId.map((id) => `${id} `),
    structureId.map((id) => `${id}_x`),
    notNullishOr((v) => v === null || (typeof v === 'string' && isSelectable(v))),
  ),
  view: fc.oneof(
    fc.string().filter((s) => !(VIEWS as readonly string[]).includes(s)),
    notNullishOr((v) => typeof v === 'string' && (VIEWS as readonly string[]).includes(v)),
  ),
  motion: fc.oneof(
    fc.string().filter((s) => !isMotionId(s)),
    notNullishOr((v) => typeof v === 'string' && isMotionId(v)),
  ),
  t: fc.oneof(
    fc.double().filter((x) => !(x >= 0 && x <= 1)),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e-9, 1 + 1e-9, '0.5', null, true),
    notNullishOr((v) => typeof v === 'number'),
  ),
  on: fc.oneof(
    fc.constantFrom(0, 1, 'true', 'false', null),
    notNullishOr((v) => typeof v === 'boolean'),
  ),
};

/** A valid message changed in one way that makes it invalid. */
const nearValid: fc.Arbitrary<unknown> = validMessage.chain((m) => {
  const fields = FIELDS[m.type]!;
  const choices: fc.Arbitrary<unknown>[] = [
    // another type: a typo, other case, no prefix, a viewer-to-host verb, or any string
    fc
      .oneof(
        fc.constantFrom(
          'myomap:Select',
          'select',
          'myomap:',
          'myomap:ready',
          'myomap:state',
          'myomap:error',
          'MYOMAP:pause',
        ),
        fc.string().map((s) => `myomap:${s}`),
        fc.string(),
      )
      .filter((t) => !(HOST_VERBS as readonly string[]).some((v) => `myomap:${v}` === t))
      .map((type) => ({ ...m, type })),
    fc.oneof(fc.integer(), fc.constant(null), fc.object()).map((type) => ({ ...m, type })),
    // an unexpected field
    fc
      .tuple(fc.string(), fc.anything())
      .filter(([k]) => k !== 'type' && k !== 'id' && !fields.includes(k))
      .map(([k, v]) => ({ ...m, [k]: v })),
    // a bad id
    fc
      .oneof(fc.boolean(), fc.object(), fc.constant(null), fc.string({ minLength: 201, maxLength: 260 }))
      .map((id) => ({ ...m, id })),
    // not an object: the message as JSON text, in an array, or just its type
    fc.constant(JSON.stringify(m)),
    fc.constant([m]),
    fc.constant(m.type),
  ];
  for (const f of fields) {
    choices.push(badValue[f]!.map((v) => ({ ...m, [f]: v })));
    if (REQUIRED.has(f)) {
      const { [f]: _gone, ...rest } = m as Record<string, unknown>;
      choices.push(fc.constant(rest));
    }
  }
  return fc.oneof(...choices);
});

// ——— the message parser ———

describe('postMessage protocol: handleMessage', () => {
  it('never throws on anything at all, and answers with a list of viewer messages', () => {
    someState();
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string(), fc.object()), (data) => {
        let out: ViewerMessage[] = [];
        expect(() => {
          out = handleMessage(data, playhead);
        }).not.toThrow();
        expect(Array.isArray(out)).toBe(true);
        for (const o of out) expect(o.type).toMatch(/^myomap:(select|state|error)$/);
      }),
      RUNS,
    );
  });

  it('rejects random JSON, strings and objects with random keys, changing nothing', () => {
    someState();
    const random = fc.oneof(
      fc.json().map((j) => JSON.parse(j) as unknown),
      fc.string(),
      fc.object({ maxDepth: 2 }),
      fc.dictionary(fc.string(), fc.anything()),
    );
    fc.assert(
      fc.property(random, (data) => {
        // Random data can only be valid by spelling out a myomap verb; it never does, but check rather than assume.
        if (parseMessage(data).ok) return;
        expectRejected(data);
      }),
      RUNS,
    );
  });

  it('rejects near-valid messages (one thing wrong), changing nothing', () => {
    someState();
    fc.assert(
      fc.property(nearValid, (data) => {
        expect(parseMessage(data).ok, JSON.stringify(data)).toBe(false);
        expectRejected(data);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers an error with the id the host gave, when it could read one', () => {
    const [out] = handleMessage({ type: 'myomap:seek', t: 2, id: 'q7' }, playhead);
    expect(out).toMatchObject({ type: 'myomap:error', id: 'q7' });
    expect((out as { message: string }).message).toMatch(/t must be a number from 0 to 1/);
    const [unknown] = handleMessage({ type: 'myomap:fly' }, playhead);
    expect((unknown as { message: string }).message).toMatch(
      /unknown message type "myomap:fly"; expected one of myomap:select/,
    );
    const [extra] = handleMessage({ type: 'myomap:pause', now: true }, playhead);
    expect((extra as { message: string }).message).toBe('myomap:pause: unexpected field "now"');
    const [muscle] = handleMessage({ type: 'myomap:select', muscle: 'psoas' }, playhead);
    expect((muscle as { message: string }).message).toMatch(/"psoas" is not a muscle or structure id/);
  });

  it('never echoes an id longer than 200 characters, or one that is not a finite number (a 1 MB id gets a short answer)', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const data of [
      { type: 'myomap:getState', id: huge },
      { type: 'myomap:seek', t: 2, id: huge },
      { type: 'myomap:fly', id: huge },
      { type: 123, id: huge },
      { type: 'myomap:select', muscle: 'psoas_major_r', id: 'y'.repeat(201) },
      { type: 'myomap:seek', t: 0.5, id: Number.NaN },
      { type: 'myomap:seek', t: 0.5, id: Number.POSITIVE_INFINITY },
    ]) {
      const out = handleMessage(data, playhead);
      expect(out).toHaveLength(1);
      expect(out[0]!.type).toBe('myomap:error');
      expect('id' in out[0]!, String(data.id).slice(0, 10)).toBe(false);
      expect(JSON.stringify(out).length).toBeLessThan(400);
    }
    expect((handleMessage({ type: 'myomap:getState', id: huge }, playhead)[0] as { message: string }).message).toMatch(
      /id must be a string of at most 200 characters or a finite number/,
    );
    // At the limit it is still echoed.
    const ok = 'z'.repeat(200);
    expect(handleMessage({ type: 'myomap:seek', t: 2, id: ok }, playhead)[0]).toMatchObject({ type: 'myomap:error', id: ok });
    expect(handleMessage({ type: 'myomap:getState', id: ok }, playhead)[0]).toMatchObject({ type: 'myomap:state', id: ok });
  });

  it('"play" with no motion given and none chosen is an error that changes nothing', () => {
    expectRejected({ type: 'myomap:play' });
  });

  it('carries out valid messages on the store, as a model of the state says', () => {
    fc.assert(
      fc.property(fc.array(validMessage, { maxLength: 12 }), fc.boolean(), (messages, reduced) => {
        freshViewer();
        useStore.setState({ reducedMotion: reduced });
        const model: ViewState & { phase: number } = { ...DEFAULT_VIEW_STATE, phase: 0 };
        for (const m of messages) {
          const out = handleMessage(m, playhead);
          switch (m.type) {
            case 'myomap:select': {
              const entry = m.muscle ? structureEntry(m.muscle) : undefined;
              model.muscle = entry ? null : (m.muscle as ViewState['muscle']);
              model.structure = entry ? entry.id : null;
              // A structure's layer comes on, so that it is drawn.
              if (entry && !model.layers.includes(layerOfKind(entry.kind))) model.layers = [...model.layers, layerOfKind(entry.kind)];
              // Selecting by name turns the body to its best view (a preset shows in the state; bones have theirs too).
              const best = m.muscle ? bestViewOf(m.muscle) : null;
              if (best && !isStoredCamera(best)) model.view = best as ViewState['view'];
              expect(out).toEqual([
                {
                  type: 'myomap:select',
                  muscle: m.muscle,
                  name: entry ? entryLabel(entry) : m.muscle ? muscleLabel(MUSCLES.find((x) => x.id === m.muscle)!) : null,
                  source: 'api',
                },
              ]);
              break;
            }
            case 'myomap:view':
              model.view = m.view;
              break;
            case 'myomap:play':
              if (m.motion !== model.motion) {
                model.motion = m.motion;
                model.t = 0;
                model.phase = 0;
              }
              if (!reduced) model.play = true;
              break;
            case 'myomap:pause':
              if (model.play) model.t = model.phase;
              model.play = false;
              break;
            case 'myomap:seek':
              model.t = m.t;
              model.phase = m.t;
              break;
            case 'myomap:zones':
              model.zones = m.on;
              break;
            case 'myomap:getState': {
              const { phase, ...v } = model;
              expect(out).toEqual([{ type: 'myomap:state', ...v, phase, version: VERSION }]);
              break;
            }
          }
          if (m.type !== 'myomap:select' && m.type !== 'myomap:getState') expect(out).toEqual([]);
        }
        const { phase, ...v } = model;
        expect(viewState()).toEqual(v);
        expect(runtime.playhead).toBe(phase);
      }),
      RUNS,
    );
  });

  it('echoes the id of getState', () => {
    expect(handleMessage({ type: 'myomap:getState', id: 3 }, playhead)[0]).toMatchObject({
      type: 'myomap:state',
      id: 3,
      muscle: null,
    });
  });
});

// ——— the URL codec ———

const VALID: Record<(typeof PARAMS)[number], (v: string) => boolean> = {
  muscle: isSelectable,
  zones: (v) => v === '1' || v === '0',
  motion: (v) => isMotionId(v),
  t: (v) => /^\s*-?\d*\.?\d+\s*$/.test(v) && Number(v) >= 0 && Number(v) <= 1,
  play: (v) => v === '1' || v === '0',
  speed: (v) => /^\s*-?\d*\.?\d+\s*$/.test(v) && Number(v) >= 0.1 && Number(v) <= 4,
  view: (v) => (VIEWS as readonly string[]).includes(v),
  layers: (v) => v.split(',').every((x) => !x.trim() || (LAYERS as readonly string[]).includes(x.trim())),
  seethrough: (v) => v.split(',').every((x) => !x.trim() || (LAYERS as readonly string[]).includes(x.trim())),
  isolate: (v) => v.split(',').every((x) => !x.trim() || isMuscleId(x.trim())),
  side: (v) => (SIDES_VIEW as readonly string[]).includes(v),
  mode: (v) => (MODES as readonly string[]).includes(v),
};

const paramValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '1',
    '0',
    '0.5',
    '1.5',
    '-0',
    '.25',
    'NaN',
    '',
    ' 1 ',
    'psoas_major_r',
    'gait',
    'anterior',
    'skin,bones',
    'both',
  ),
  muscleId,
  structureId,
  fc.double().map(String),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...PARAMS, 'origin'), fc.string()), paramValue);

describe('URL codec: parseParams', () => {
  it('never throws on random query strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webQueryParameters(),
          fc.array(pair).map((ps) => new URLSearchParams(ps).toString()),
        ),
        (q) => {
          expect(() => parseParams(q)).not.toThrow();
        },
      ),
      RUNS,
    );
  });

  it('keeps exactly the valid parameters, names every other one, and invalid ones never change the store', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        useStore.setState(useStore.getInitialState(), true);
        someState();
        const q = new URLSearchParams(pairs).toString();
        const { state, problems } = parseParams(q);
        let bad = 0;
        for (const [k, v] of new URLSearchParams(q)) {
          const known = (PARAMS as readonly string[]).includes(k);
          if (k === 'origin') continue;
          if (known && VALID[k as (typeof PARAMS)[number]](v)) continue;
          bad++;
        }
        expect(problems).toHaveLength(bad);
        for (const [k, v] of Object.entries(state)) {
          // A structure that is not a muscle, named by muscle= or select=, lands in `structure`.
          expect([...PARAMS, 'structure', 'seeThrough'].includes(k)).toBe(true);
          expect(v).not.toBeUndefined();
        }
        // Apply what was kept the way startUrlSync does: only those fields may move.
        const before = viewState();
        useStore.getState().apply(state);
        const after = viewState();
        // A selection replaces the other selection field; a structure's layer is turned on by startUrlSync, not apply.
        const selects = 'muscle' in state || 'structure' in state;
        for (const k of ['structure', 'seeThrough', ...PARAMS.filter((p) => p !== 'seethrough')] as const) {
          if (!(k in state) && !(selects && (k === 'muscle' || k === 'structure'))) expect(after[k], k).toEqual(before[k]);
        }
      }),
      RUNS,
    );
  });

  it('a query of only invalid values leaves the store as it was', () => {
    const invalid = fc
      .constantFrom(...PARAMS)
      .chain((k) => paramValue.filter((v) => !VALID[k](v)).map((v) => [k, v] as [string, string]));
    someState();
    fc.assert(
      fc.property(fc.array(invalid, { minLength: 1, maxLength: 6 }), (pairs) => {
        const q = new URLSearchParams(pairs);
        const parsed = parseParams(q);
        expect(parsed.state).toEqual({});
        expect(parsed.problems).toHaveLength(pairs.length);
        const before = useStore.getState();
        if (Object.keys(parsed.state).length) useStore.getState().apply(parsed.state);
        expect(useStore.getState()).toBe(before);
      }),
      RUNS,
    );
  });

  it('round-trips every link-carried state through toParams', () => {
    const selection = fc.oneof(
      fc.constant({ muscle: null, structure: null }),
      muscleId.map((muscle) => ({ muscle, structure: null })),
      structureId.map((structure) => ({ muscle: null, structure })),
    );
    const viewStateArb = fc.record({
      selection,
      zones: fc.boolean(),
      motion: fc.oneof(fc.constant(null), fc.constantFrom(...MOTION_IDS)),
      t: fc.integer({ min: 0, max: 1000 }).map((i) => i / 1000),
      play: fc.boolean(),
      speed: fc.constantFrom(0.1, 0.25, 0.5, 1, 1.5, 4),
      view: fc.constantFrom(...VIEWS),
      layers: fc.subarray([...LAYERS]),
      seeThrough: fc.subarray([...LAYERS]),
      isolate: fc.subarray([...MUSCLE_IDS], { maxLength: 4 }),
      side: fc.constantFrom(...SIDES_VIEW),
      mode: fc.constantFrom(...MODES),
    });
    fc.assert(
      fc.property(viewStateArb, ({ selection: picked, ...rest }) => {
        const s: ViewState = { ...rest, ...picked };
        const back = { ...DEFAULT_VIEW_STATE, ...parseParams(toParams(s)).state };
        // t travels only with a motion.
        expect(back).toEqual({ ...s, t: s.motion ? s.t : 0 });
      }),
      RUNS,
    );
  });
});

// ——— the bridge ———

interface Posted {
  message: unknown;
  target: string;
}

function fakeWindow(search: string) {
  const posted: Posted[] = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push({ message, target }) };
  let listener: ((e: MessageEvent) => void) | null = null;
  const win: BridgeWindow = {
    parent,
    location: { search },
    addEventListener: (_t, l) => {
      listener = l;
    },
    removeEventListener: () => {
      listener = null;
    },
  };
  const send = (data: unknown, source: unknown = parent, origin = 'https://blog.example') =>
    listener?.({ data, source, origin } as unknown as MessageEvent);
  return { win, parent, posted, send };
}

describe('bridge', () => {
  it('acts only on its parent, posts to it with "*" when no origin is given, and tells user from api selections', () => {
    const w = fakeWindow('?muscle=psoas_major_r');
    const b = startBridge(playhead, w.win);
    expect(b.target).toBe('*');
    b.ready(true);
    b.ready(true);
    expect(w.posted).toEqual([{ message: { type: 'myomap:ready', version: VERSION, webgl: true }, target: '*' }]);
    w.send({ type: 'myomap:select', muscle: 'iliacus_r' }, { postMessage() {} });
    expect(useStore.getState().muscle).toBe(null);
    expect(w.posted).toHaveLength(1);
    w.send({ type: 'myomap:select', muscle: 'iliacus_r' });
    expect(useStore.getState().muscle).toBe('iliacus_r');
    expect(w.posted.at(-1)!.message).toMatchObject({ type: 'myomap:select', muscle: 'iliacus_r', source: 'api' });
    expect(w.posted).toHaveLength(2);
    useStore.getState().select('sartorius_l');
    expect(w.posted.at(-1)!.message).toMatchObject({
      type: 'myomap:select',
      muscle: 'sartorius_l',
      name: 'Sartorius (left)',
      source: 'user',
    });
    w.send('nonsense');
    expect(w.posted.at(-1)!.message).toMatchObject({ type: 'myomap:error' });
    b.stop();
    w.send({ type: 'myomap:getState' });
    expect(w.posted).toHaveLength(4);
  });

  it('with origin=… listens only to that origin and posts only to it', () => {
    const w = fakeWindow(`?origin=${encodeURIComponent('https://blog.example/some/page?x=1')}`);
    const b = startBridge(playhead, w.win);
    expect(b.target).toBe('https://blog.example');
    w.send({ type: 'myomap:getState' }, w.parent, 'https://evil.example');
    expect(w.posted).toEqual([]);
    w.send({ type: 'myomap:getState' });
    expect(w.posted).toHaveLength(1);
    expect(w.posted[0]!.target).toBe('https://blog.example');
    b.stop();
  });

  it('a bad origin shuts the bridge (never guesses where to post), and a page that is not framed posts nothing', () => {
    expect(parseOrigin('javascript:alert(1)').problem).toMatch(/not an http\(s\) origin/);
    expect(parseOrigin('nope').origin).toBe(null);
    const w = fakeWindow('?origin=nope');
    const b = startBridge(playhead, w.win);
    expect(b.target).toBe(null);
    b.ready(true);
    w.send({ type: 'myomap:select', muscle: 'iliacus_r' });
    expect(w.posted).toEqual([]);
    expect(useStore.getState().muscle).toBe(null);
    b.stop();
    const top = fakeWindow('');
    (top.win as { parent: unknown }).parent = top.win;
    const t = startBridge(playhead, top.win);
    expect(t.target).toBe(null);
    t.stop();
  });
});

// ——— the element's names and the Embed dialog ———

describe('<myo-map> helpers and the Embed dialog snippets', () => {
  it('mirrors exactly the URL parameters, and names and places every muscle as the app does', () => {
    expect([...ATTRIBUTE_PARAMS]).toEqual([...PARAMS]);
    for (const m of MUSCLES) {
      expect(displayName(m.id)).toBe(muscleLabel(m));
      expect(REGIONS[m.name], m.name).toBeDefined();
      expect(silhouette(m.id)).toMatch(/<ellipse /);
    }
    expect(Object.keys(REGIONS)).toHaveLength(38);
    expect(displayName('psoas')).toBe(null);
    expect(displayName('toString_r')).toBe(null);
    expect(silhouette(null)).not.toMatch(/<ellipse /);
    expect(silhouette('x"><script>')).not.toMatch(/<script>/);
  });

  it('turns attributes into the viewer link, with the page origin', () => {
    const attrs: Record<string, string> = { muscle: 'psoas_major_r', zones: '1', view: ' anterior ', speed: '' };
    const q = frameQuery((p) => attrs[p] ?? null, 'https://blog.example');
    expect(q.toString()).toBe('muscle=psoas_major_r&zones=1&view=anterior&origin=https%3A%2F%2Fblog.example');
    expect(frameQuery(() => null, 'null').toString()).toBe('');
  });

  it('writes snippets with absolute URLs next to the app and the current view in them', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      muscle: 'psoas_major_r',
      zones: true,
      motion: 'gait',
      t: 0.25,
      view: 'anterior',
    };
    const s = embedSnippets(state, 'https://example.org/myomap/?muscle=iliacus_l#x');
    expect(s.embedUrl).toBe(
      'https://example.org/myomap/embed.html?muscle=psoas_major_r&zones=1&motion=gait&t=0.25&view=anterior',
    );
    expect(s.scriptUrl).toBe('https://example.org/myomap/myomap-element.js');
    expect(s.element).toBe(
      '<script type="module" src="https://example.org/myomap/myomap-element.js"></script>\n<myo-map muscle="psoas_major_r" zones="1" motion="gait" t="0.25" view="anterior"></myo-map>',
    );
    expect(s.iframe).toContain(
      'src="https://example.org/myomap/embed.html?muscle=psoas_major_r&amp;zones=1&amp;motion=gait&amp;t=0.25&amp;view=anterior"',
    );
    expect(s.iframe).toContain('title="3D model of the psoas major (right) (myomap)"');
    // The element's attributes read back through the URL codec give the same view.
    const attrs = Object.fromEntries(
      [...s.element.matchAll(/ (\w+)="([^"]*)"/g)]
        .filter(([, k]) => k !== 'type' && k !== 'src')
        .map(([, k, v]) => [k, v]),
    );
    expect({ ...DEFAULT_VIEW_STATE, ...parseParams(new URLSearchParams(attrs)).state }).toEqual(state);
  });
});
