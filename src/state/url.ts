/**
 * The URL ⇄ view state codec of SPEC.md. Parsing never throws: each unknown or malformed parameter is
 * dropped and named in `problems`, so the page can say so and carry on with the rest.
 */
import { z } from 'zod';
import { isMuscleId } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import { isMotionId, MOTION_IDS } from '../anatomy/motions/types';
import { DEFAULT_VIEW_STATE, LAYERS, MODES, SIDES_VIEW, type ViewState, VIEWS } from './types';

export const PARAMS = ['muscle', 'zones', 'motion', 't', 'play', 'speed', 'view', 'layers', 'isolate', 'side', 'mode'] as const;

const flag = z.enum(['1', '0']).transform((v) => v === '1');
const number = (min: number, max: number) =>
  z
    .string()
    .regex(/^\s*-?\d*\.?\d+\s*$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
const muscleId = z.string().refine(isMuscleId) as unknown as z.ZodType<MuscleId, string>;
const list = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item));

const FIELDS = {
  muscle: muscleId,
  zones: flag,
  motion: z.string().refine(isMotionId),
  t: number(0, 1),
  play: flag,
  speed: number(0.1, 4),
  view: z.enum(VIEWS),
  layers: list(z.enum(LAYERS)),
  isolate: list(muscleId),
  side: z.enum(SIDES_VIEW),
  mode: z.enum(MODES),
} as const;

export interface Parsed {
  /** Only the parameters that were present and valid. */
  state: Partial<ViewState>;
  /** One short line per ignored parameter, e.g. `muscle "psoas" is not a muscle id`. */
  problems: string[];
}

const HINTS: Record<(typeof PARAMS)[number], string> = {
  muscle: 'a muscle id such as psoas_major_r',
  zones: '1 or 0',
  motion: MOTION_IDS.join(', '),
  t: 'a number from 0 to 1',
  play: '1 or 0',
  speed: 'a number from 0.1 to 4',
  view: VIEWS.join(', '),
  layers: `a comma list of ${LAYERS.join(', ')}`,
  isolate: 'a comma list of muscle ids',
  side: SIDES_VIEW.join(', '),
  mode: MODES.join(', '),
};

export function parseParams(search: string | URLSearchParams): Parsed {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, raw] of params) {
    if (!(PARAMS as readonly string[]).includes(key)) {
      if (key !== 'origin') problems.push(`unknown parameter "${clip(key)}" ignored`);
      continue;
    }
    const name = key as (typeof PARAMS)[number];
    const result = (FIELDS[name] as z.ZodType).safeParse(raw);
    if (result.success) state[name] = result.data;
    else problems.push(`${name}="${clip(raw)}" ignored: expected ${HINTS[name]}`);
  }
  return { state: state as Partial<ViewState>, problems };
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Only what differs from the defaults goes into the link, so links stay short. */
export function toParams(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (s.muscle) p.set('muscle', s.muscle);
  if (s.zones !== d.zones) p.set('zones', s.zones ? '1' : '0');
  if (s.motion) p.set('motion', s.motion);
  if (s.motion && s.t !== 0) p.set('t', String(Math.round(s.t * 1000) / 1000));
  if (s.play !== d.play) p.set('play', s.play ? '1' : '0');
  if (s.speed !== d.speed) p.set('speed', String(s.speed));
  if (s.view !== d.view) p.set('view', s.view);
  if (s.layers.join(',') !== d.layers.join(',')) p.set('layers', s.layers.join(','));
  if (s.isolate.length) p.set('isolate', s.isolate.join(','));
  if (s.side !== d.side) p.set('side', s.side);
  if (s.mode !== d.mode) p.set('mode', s.mode);
  return p;
}
