/**
 * "Did you mean…": a few muscle ids close to what someone typed, by name, synonym ("psoas", "QL",
 * "glute") or spelling, so that an unknown id gets a short, useful line instead of all of them.
 */
import { MUSCLES } from '../anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../anatomy/muscles/facts';
import type { MuscleId, MuscleName } from '../anatomy/muscles/types';
import { choices, clip, UsageError } from './usage';

const words = (s: string) => s.toLowerCase().trim().replace(/[\s-]+/g, '_');

/** Edit distance (Levenshtein), for misspellings such as "illiacus". */
export function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

const NAMES = [...new Set(MUSCLES.map((m) => m.name))] as MuscleName[];

/** How close a typed name is to a muscle name: lower is closer; undefined when not close at all. */
function closeness(typed: string, name: MuscleName): number | undefined {
  if (!typed) return undefined;
  if (typed === name) return 0;
  const synonyms = MUSCLE_FACTS[name].synonyms.map(words);
  if (synonyms.includes(typed)) return 1;
  if (name.startsWith(typed) || name.split('_').includes(typed)) return 2;
  if (name.includes(typed) || synonyms.some((s) => s.includes(typed))) return 3;
  const d = distance(typed, name);
  return d <= Math.max(2, Math.floor(name.length / 4)) ? 4 + d : undefined;
}

/** Up to `limit` ids close to `typed`, on the side it names (`_l`, "left") or else the right. */
export function suggestMuscles(typed: string, limit = 4): MuscleId[] {
  let base = words(typed);
  let side: 'r' | 'l' | undefined;
  const sided = /^(?:(right|left)_)?(.*?)(?:_(r|l|right|left))?$/.exec(base)!;
  const named = sided[1] ?? sided[3];
  if (named) {
    side = named.startsWith('l') ? 'l' : 'r';
    base = sided[2]!;
  }
  return NAMES.map((name) => ({ name, score: closeness(base, name) }))
    .filter((x): x is { name: MuscleName; score: number } => x.score !== undefined)
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ name }) => `${name}_${side ?? 'r'}` as MuscleId);
}

/**
 * The one line for an unknown muscle id: what was typed, a few close ids, and where the full list is;
 * `also` names what else is accepted there ("or a ligament such as …").
 */
export function unknownMuscle(typed: string, where = '', also = ''): UsageError {
  const close = suggestMuscles(typed);
  const hint = close.length ? `did you mean ${choices(close)}? ` : 'ids look like psoas_major_r or iliacus_l ';
  const all = new Set(MUSCLES.map((m) => m.id)).size;
  const more = also ? `; ${also}` : '';
  return new UsageError(`unknown muscle "${clip(typed)}"${where}; ${hint}(\`myomap muscles\` lists all ${all}${more})`);
}
