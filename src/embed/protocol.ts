/**
 * The postMessage protocol of SPEC.md "Embedding": what a host page may ask of the viewer in an iframe,
 * what the viewer tells it, and `handleMessage`, the one function that checks a message and carries it
 * out on the store. A message is checked completely before anything changes, so one that is malformed
 * (not an object, an unknown verb, a muscle or structure id that does not exist, t outside 0..1…) is answered with
 * `myomap:error` and leaves the store exactly as it was. Nothing here throws, whatever comes in.
 */
import * as z from 'zod/mini';
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

/** Any message may carry an `id`; the answer to it carries the same one (handy for getState). */
const common = {
  type: z.string(),
  id: z.optional(z.union([z.string().check(z.maxLength(MAX_ID_LENGTH, { error: ID_RULE })), z.number()], { error: ID_RULE })),
};

/** The host's id, if it is one we may echo (the same rule as the schemas'); anything else is not echoed. */
function echoableId(raw: unknown): string | number | undefined {
  if (typeof raw === 'string') return raw.length <= MAX_ID_LENGTH ? raw : undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  return undefined;
}

/** SPEC's `select {muscle}` names any structure, muscle or not, in the field called `muscle`. */
const selectableId = z.string({ error: 'muscle must be a muscle or structure id such as "psoas_major_r", or null' }).check(
  z.refine((id) => labelOf(id) !== null, {
    error: (i) =>
      `muscle "${clip(String(i.input))}" is not a muscle or structure id (e.g. "psoas_major_r", "femoral_nerve_r")`,
  }),
);

const SCHEMAS = {
  select: z.strictObject({
    ...common,
    muscle: z.union([z.null(), selectableId], { error: 'muscle must be a muscle or structure id, or null' }),
  }),
  view: z.strictObject({ ...common, view: z.enum(VIEWS, { error: `view must be one of ${VIEWS.join(', ')}` }) }),
  play: z.strictObject({
    ...common,
    motion: z.optional(z.enum(MOTION_IDS, { error: `motion must be one of ${MOTION_IDS.join(', ')}` })),
  }),
  pause: z.strictObject(common),
  seek: z.strictObject({
    ...common,
    t: z
      .number({ error: 't must be a number from 0 to 1' })
      .check(z.minimum(0, { error: 't must be a number from 0 to 1' }), z.maximum(1, { error: 't must be a number from 0 to 1' })),
  }),
  zones: z.strictObject({ ...common, on: z.boolean({ error: 'on must be true or false' }) }),
  getState: z.strictObject(common),
} as const satisfies Record<HostVerb, z.ZodMiniType>;

export type HostMessage = { [V in HostVerb]: z.infer<(typeof SCHEMAS)[V]> & { verb: V } }[HostVerb];

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
    const result = SCHEMAS[v].safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      const what =
        issue?.code === 'unrecognized_keys'
          ? `unexpected ${issue.keys.length > 1 ? 'fields' : 'field'} ${issue.keys.map((k) => `"${clip(k)}"`).join(', ')}`
          : (issue?.message ?? 'malformed');
      return { ok: false, error: `${PREFIX}${v}: ${what}`, id };
    }
    return { ok: true, message: { ...result.data, verb: v } as HostMessage };
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
