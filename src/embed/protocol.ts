/**
 * The postMessage protocol of SPEC.md "Embedding": what a host page may ask of the viewer in an iframe,
 * what the viewer tells it, and `handleMessage`, the one function that checks a message and carries it
 * out on the store. A message is checked completely before anything changes, so one that is malformed
 * (not an object, an unknown verb, a muscle or structure id that does not exist, t outside 0..1…) is answered with
 * `myomap:error` and leaves the store exactly as it was. Nothing here throws, whatever comes in.
 */
import { version } from '../../package.json';
import { MOTION_IDS } from '../anatomy/motions/types';
import { labelOf, selectById } from '../state/selection';
import { useStore, viewState } from '../state/store';
import { VIEWS, type ViewState } from '../state/types';

export const PREFIX = 'myomap:';
export const VERSION: string = version;

/** Host → viewer verbs, in the order SPEC.md lists them. */
export const HOST_VERBS = ['select', 'view', 'play', 'pause', 'seek', 'zones', 'getState'] as const;
export type HostVerb = (typeof HOST_VERBS)[number];

/** Longest `id` a host may give; longer ones are not echoed back (a host must not make us copy megabytes). */
export const MAX_ID_LENGTH = 200;
const ID_RULE = `id must be a string of at most ${MAX_ID_LENGTH} characters or a finite number`;

/** The host's id, if it is one we may echo (the same rule as the checks'); anything else is not echoed. */
function echoableId(raw: unknown): string | number | undefined {
  if (typeof raw === 'string') return raw.length <= MAX_ID_LENGTH ? raw : undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  return undefined;
}

/**
 * A field's check: the message for a bad value, or null when it is good. Hand-written rather than a schema
 * library, which cost the embed's first load 6 KB (issue 14); tests/unit/embedProtocol.test.ts fuzzes it.
 */
type Check = (value: unknown) => string | null;
interface Field {
  check: Check;
  optional?: boolean;
}

const T_RULE = 't must be a number from 0 to 1';
const oneOf =
  (name: string, choices: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && choices.includes(v) ? null : `${name} must be one of ${choices.join(', ')}`;

/** SPEC's `select {muscle}` names any structure, muscle or not, in the field called `muscle`. */
const selectable: Check = (v) => {
  if (v === null) return null;
  if (typeof v !== 'string') return 'muscle must be a muscle or structure id, or null';
  return labelOf(v) !== null
    ? null
    : `muscle "${clip(v)}" is not a muscle or structure id (e.g. "psoas_major_r", "femoral_nerve_r")`;
};

/** Any message may carry an `id`; the answer to it carries the same one (handy for getState). */
const COMMON: Record<string, Field> = {
  type: { check: (v) => (typeof v === 'string' ? null : 'type must be a string') },
  id: { optional: true, check: (v) => (echoableId(v) === undefined ? ID_RULE : null) },
};

/** Each verb's fields beyond `type` and `id`; a message may carry no others. */
const FIELDS: Record<HostVerb, Record<string, Field>> = {
  select: { muscle: { check: selectable } },
  view: { view: { check: oneOf('view', VIEWS) } },
  play: { motion: { optional: true, check: oneOf('motion', MOTION_IDS) } },
  pause: {},
  seek: { t: { check: (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? null : T_RULE) } },
  zones: { on: { check: (v) => (typeof v === 'boolean' ? null : 'on must be true or false') } },
  getState: {},
};

/** The first thing wrong with a message of a known verb, or null. */
function problemWith(verb: HostVerb, data: Record<string, unknown>): string | null {
  const fields = { ...COMMON, ...FIELDS[verb] };
  for (const [name, f] of Object.entries(fields)) {
    const present = Object.hasOwn(data, name) && data[name] !== undefined;
    if (!present) {
      if (f.optional) continue;
      return f.check(undefined) ?? `${name} is missing`;
    }
    const problem = f.check(data[name]);
    if (problem) return problem;
  }
  const extra = Object.keys(data).filter((k) => !Object.hasOwn(fields, k));
  if (extra.length) return `unexpected ${extra.length > 1 ? 'fields' : 'field'} ${extra.map((k) => `"${clip(k)}"`).join(', ')}`;
  return null;
}

interface Common {
  type: string;
  id?: string | number;
}
export type HostMessage = Common &
  (
    | { verb: 'select'; muscle: string | null }
    | { verb: 'view'; view: (typeof VIEWS)[number] }
    | { verb: 'play'; motion?: (typeof MOTION_IDS)[number] }
    | { verb: 'pause' }
    | { verb: 'seek'; t: number }
    | { verb: 'zones'; on: boolean }
    | { verb: 'getState' }
  );

/** What `getState` answers: the link-carried view state plus the live phase. */
export interface StateReport extends ViewState {
  /** Where the motion is now (while playing `t` is where it started; `phase` runs on). */
  phase: number;
  version: string;
}

export type ViewerMessage =
  | { type: 'myomap:ready'; version: string; webgl: boolean }
  | {
      type: 'myomap:select';
      /** The selected muscle or other structure (SPEC.md keeps the field's name for both). */
      muscle: string | null;
      name: string | null;
      source: 'user' | 'api';
      id?: string | number;
    }
  | ({ type: 'myomap:state'; id?: string | number } & StateReport)
  | { type: 'myomap:error'; message: string; id?: string | number };

export type Parsed = { ok: true; message: HostMessage } | { ok: false; error: string; id?: string | number };

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const VERB_LIST = HOST_VERBS.map((v) => PREFIX + v).join(', ');

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Check a message from the host; never throws. */
export function parseMessage(data: unknown): Parsed {
  try {
    if (!isRecord(data))
      return {
        ok: false,
        error: `a message must be an object { type: "myomap:<verb>", … }; expected one of ${VERB_LIST}`,
      };
    const id = echoableId(data.id);
    const type = data.type;
    if (typeof type !== 'string')
      return { ok: false, error: `a message needs a string "type"; expected one of ${VERB_LIST}`, id };
    const verb = type.startsWith(PREFIX) ? type.slice(PREFIX.length) : '';
    if (!(HOST_VERBS as readonly string[]).includes(verb)) {
      return { ok: false, error: `unknown message type "${clip(type)}"; expected one of ${VERB_LIST}`, id };
    }
    const v = verb as HostVerb;
    const problem = problemWith(v, data);
    if (problem) return { ok: false, error: `${PREFIX}${v}: ${problem}`, id };
    return { ok: true, message: { ...data, verb: v } as unknown as HostMessage };
  } catch {
    return { ok: false, error: 'malformed message' };
  }
}

/** The state report, with `phase` the phase the viewer's playback has reached. */
export function stateReport(phase: number): StateReport {
  const v = viewState();
  return { ...v, layers: [...v.layers], isolate: [...v.isolate], phase, version: VERSION };
}

/** Where the viewer's playback is now (its runtime's playhead). */
export type PhaseReader = () => number;

const withId = <T extends object>(m: T, id: string | number | undefined): T => (id === undefined ? m : { ...m, id });
const nameOf = (id: string | null) => (id ? labelOf(id) : null);

/**
 * Check a message and carry it out; returns the answers to post back (often none). This is the one way
 * host messages reach the store, so what is tested here is what the bridge does.
 */
export function handleMessage(data: unknown, phase: PhaseReader): ViewerMessage[] {
  const parsed = parseMessage(data);
  if (!parsed.ok) return [withId({ type: 'myomap:error', message: parsed.error }, parsed.id)];
  const m = parsed.message;
  const s = useStore.getState();
  switch (m.verb) {
    case 'select': {
      selectById(m.muscle, { turn: true });
      return [withId({ type: 'myomap:select', muscle: m.muscle, name: nameOf(m.muscle), source: 'api' }, m.id)];
    }
    case 'view':
      s.setView(m.view);
      return [];
    case 'play': {
      const motion = m.motion ?? s.motion;
      if (!motion) {
        return [
          withId(
            { type: 'myomap:error', message: `${PREFIX}play: no motion chosen; give one of ${MOTION_IDS.join(', ')}` },
            m.id,
          ),
        ];
      }
      if (motion !== s.motion) {
        s.setMotion(motion);
        s.setPhase(0);
      }
      if (!useStore.getState().play) useStore.getState().autoplay();
      return [];
    }
    case 'pause':
      if (s.play) s.setPlaying(false);
      else if (s.playHeld) s.set('playHeld', false);
      return [];
    case 'seek':
      s.setPhase(m.t);
      return [];
    case 'zones':
      s.setZones(m.on);
      return [];
    case 'getState':
      return [withId({ type: 'myomap:state', ...stateReport(phase()) }, m.id)];
  }
}
