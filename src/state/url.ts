/**
 * The URL ⇄ view state codec of SPEC.md. Parsing never throws: each unknown or malformed parameter is
 * dropped and named in `problems`, so the page can say so and carry on with the rest.
 */
import { isMuscleId } from '../anatomy/muscles/catalog';
import { structureEntry } from '../anatomy/structureDirectory';
import { isMotionId, MOTION_IDS } from '../anatomy/motions/types';
import { DEFAULT_VIEW_STATE, LAYERS, MODES, SIDES_VIEW, type ViewState, VIEWS } from './types';

/** The parameters, each naming a field of the view state. */
export const PARAMS = [
  'muscle',
  'zones',
  'motion',
  't',
  'play',
  'speed',
  'view',
  'layers',
  'seethrough',
  'isolate',
  'side',
  'mode',
] as const;
type Param = (typeof PARAMS)[number];
/**
 * Other names for a parameter: SPEC.md's `select=<id>` (any structure) is what `muscle=` is, which old
 * links keep using. Either takes a muscle or any other structure's id; the parsed state holds it in
 * `muscle` or `structure` by what it names.
 */
export const ALIASES: Record<string, Param> = { select: 'muscle' };
/** Parameters whose view-state field is spelled otherwise (a URL and an HTML attribute are lower case). */
const FIELD_OF: Partial<Record<Param, keyof ViewState>> = { seethrough: 'seeThrough' };

/**
 * One parameter's reader: the value for the view state, or INVALID. Hand-written rather than a schema
 * library, which cost 6 KB of the first load for these dozen lines (issue 14); tests/unit/url.test.ts
 * fuzzes them.
 */
const INVALID = Symbol('invalid');
type Reader = (raw: string) => unknown;

const flag: Reader = (raw) => (raw === '1' ? true : raw === '0' ? false : INVALID);
const number =
  (min: number, max: number): Reader =>
  (raw) => {
    if (!/^\s*-?\d*\.?\d+\s*$/.test(raw)) return INVALID;
    const n = Number(raw);
    return n >= min && n <= max ? n : INVALID;
  };
const oneOf =
  (choices: readonly string[]): Reader =>
  (raw) =>
    choices.includes(raw) ? raw : INVALID;
const where =
  (ok: (raw: string) => boolean): Reader =>
  (raw) =>
    ok(raw) ? raw : INVALID;
/** A comma list, every item valid (an empty list is a list). */
const list =
  (ok: (item: string) => boolean): Reader =>
  (raw) => {
    const items = raw
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    return items.every(ok) ? items : INVALID;
  };
/** Layers in SPEC.md's order, each once, whatever order the link gave. */
const layerList: Reader = (raw) => {
  const ls = list((l) => (LAYERS as readonly string[]).includes(l))(raw);
  return ls === INVALID ? INVALID : LAYERS.filter((l) => (ls as string[]).includes(l));
};

const FIELDS: Record<Param, Reader> = {
  muscle: where((id) => isMuscleId(id) || structureEntry(id) !== undefined),
  zones: flag,
  motion: where(isMotionId),
  t: number(0, 1),
  play: flag,
  speed: number(0.1, 4),
  view: oneOf(VIEWS),
  layers: layerList,
  seethrough: layerList,
  isolate: list(isMuscleId),
  side: oneOf(SIDES_VIEW),
  mode: oneOf(MODES),
};

export interface Parsed {
  /** Only the parameters that were present and valid. */
  state: Partial<ViewState>;
  /** One short line per ignored parameter, e.g. `muscle="psoas" ignored: expected a muscle id…`. */
  problems: string[];
  /** The ignored parameters' names, in the same order as `problems` (for a one-line summary). */
  ignored: string[];
}

const HINTS: Record<Param, string> = {
  muscle: 'a muscle or structure id such as psoas_major_r or femoral_nerve_r',
  zones: '1 or 0',
  motion: MOTION_IDS.join(', '),
  t: 'a number from 0 to 1',
  play: '1 or 0',
  speed: 'a number from 0.1 to 4',
  view: VIEWS.join(', '),
  layers: `a comma list of ${LAYERS.join(', ')}`,
  seethrough: `a comma list of ${LAYERS.join(', ')}`,
  isolate: 'a comma list of muscle ids',
  side: SIDES_VIEW.join(', '),
  mode: MODES.join(', '),
};

export function parseParams(search: string | URLSearchParams): Parsed {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: Record<string, unknown> = {};
  const problems: string[] = [];
  const ignored: string[] = [];
  for (const [key, raw] of params) {
    const name = (PARAMS as readonly string[]).includes(key) ? (key as Param) : Object.hasOwn(ALIASES, key) ? ALIASES[key] : null;
    if (!name) {
      if (key === 'origin') continue;
      problems.push(`unknown parameter "${clip(key)}" ignored`);
      ignored.push(clip(key));
      continue;
    }
    const value = FIELDS[name](raw);
    if (value !== INVALID && name === 'muscle') {
      // The last selection named wins, whichever field it lands in.
      delete state.muscle;
      delete state.structure;
      state[isMuscleId(raw) ? 'muscle' : 'structure'] = raw;
    } else if (value !== INVALID) state[FIELD_OF[name] ?? name] = value;
    else {
      problems.push(`${key}="${clip(raw)}" ignored: expected ${HINTS[name]}`);
      ignored.push(key);
    }
  }
  return { state: state as Partial<ViewState>, problems, ignored };
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Only what differs from the defaults goes into the link, so links stay short. */
export function toParams(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  // Muscles keep `muscle=` (the links people already share); any other structure is SPEC's `select=`.
  if (s.muscle) p.set('muscle', s.muscle);
  else if (s.structure) p.set('select', s.structure);
  if (s.zones !== d.zones) p.set('zones', s.zones ? '1' : '0');
  if (s.motion) p.set('motion', s.motion);
  if (s.motion && s.t !== 0) p.set('t', String(Math.round(s.t * 1000) / 1000));
  if (s.play !== d.play) p.set('play', s.play ? '1' : '0');
  if (s.speed !== d.speed) p.set('speed', String(s.speed));
  if (s.view !== d.view) p.set('view', s.view);
  const layers = LAYERS.filter((l) => s.layers.includes(l));
  if (layers.join(',') !== d.layers.join(',')) p.set('layers', layers.join(','));
  const seeThrough = LAYERS.filter((l) => s.seeThrough.includes(l));
  if (seeThrough.length) p.set('seethrough', seeThrough.join(','));
  if (s.isolate.length) p.set('isolate', s.isolate.join(','));
  if (s.side !== d.side) p.set('side', s.side);
  if (s.mode !== d.mode) p.set('mode', s.mode);
  return p;
}
