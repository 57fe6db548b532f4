/**
 * Which muscles' zones the skin shows: in pain mode the best matches for the painted skin; otherwise,
 * with zones on, the selected muscle (and those being compared). Memoised so the selector is stable.
 */
import type { MuscleId } from '../anatomy/muscles/types';
import { refer } from '../anatomy/referral/refer';
import { useQuiz } from '../state/quiz';
import type { Store } from '../state/store';

export interface Shown {
  muscles: MuscleId[];
  patterns: string[];
}

const EMPTY: Shown = { muscles: [], patterns: [] };
let last: { key: string; value: Shown } = { key: '', value: EMPTY };

export function shownZones(s: Store): Shown {
  let value: Shown;
  const q = useQuiz.getState().question;
  if (s.mode === 'quiz') value = q?.kind === 'refers' ? { muscles: [q.target], patterns: [q.pattern] } : EMPTY;
  else if (s.mode === 'pain') value = { muscles: painMatches(s).slice(0, 4).map((h) => h.muscle), patterns: [] };
  else if (s.zones && s.muscle) value = { muscles: [s.muscle, ...s.compare.filter((c) => c !== s.muscle)].slice(0, 4), patterns: s.zonePattern ? [s.zonePattern] : [] };
  else value = EMPTY;
  const key = `${value.muscles.join(',')}|${value.patterns.join(',')}`;
  if (key !== last.key) last = { key, value };
  return last.value;
}

export interface PainMatch {
  muscle: MuscleId;
  zone: 'essential' | 'spillover';
  evidence: 'verified' | 'recalled' | 'uncertain';
  laterality: string;
  /** How many of the painted points this muscle's zones cover. */
  points: number;
}

let painCache: { points: unknown; value: PainMatch[] } = { points: null, value: [] };

/** Muscles whose zones cover the painted skin: essential before spillover, own side first, best covered first. */
export function painMatches(s: Pick<Store, 'painPoints'>): PainMatch[] {
  if (painCache.points === s.painPoints) return painCache.value;
  const by = new Map<string, PainMatch & { rank: number }>();
  s.painPoints.forEach(({ p, n }) => {
    // A muscle can have several zones over one point (two patterns, essential and spillover): count the point once.
    const counted = new Set<string>();
    refer(p, n).forEach((h, rank) => {
      const key = h.muscle;
      const prev = by.get(key);
      if (!prev) by.set(key, { muscle: h.muscle, zone: h.zone, evidence: h.evidence, laterality: h.laterality, points: 1, rank });
      else {
        if (!counted.has(key)) prev.points++;
        if (h.zone === 'essential') prev.zone = 'essential';
        prev.rank = Math.min(prev.rank, rank);
      }
      counted.add(key);
    });
  });
  const value = [...by.values()]
    .sort((a, b) => (a.zone === b.zone ? 0 : a.zone === 'essential' ? -1 : 1) || b.points - a.points || a.rank - b.rank)
    .map(({ rank: _rank, ...m }) => m);
  painCache = { points: s.painPoints, value };
  return value;
}
