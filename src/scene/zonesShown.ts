/**
 * Which muscles' zones the skin shows: in pain mode the best matches for the painted skin; otherwise,
 * with zones on, the selected muscle (and those being compared). Memoised so the selector is stable.
 */
import type { MuscleId } from '../anatomy/muscles/types';
import { useQuiz } from '../state/quiz';
import { useCallback } from 'react';
import { referral, useReferralLoaded } from '../state/referral';
import { type Store, useStore } from '../state/store';

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

/**
 * The zones on show, for a component: in pain mode read again when the referral patterns arrive (the
 * matches need them; the selector's identity follows their arrival, so the store's snapshot is taken
 * afresh). In any other mode their arrival changes nothing here, and re-renders nothing: a re-rendered
 * scene component would draw a frame for nothing.
 */
export function useShownZones(): Shown {
  const painMode = useStore((s) => s.mode === 'pain');
  const loaded = useReferralLoaded((r) => painMode && r.loaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` is the reason to select again.
  return useStore(useCallback((s: Store) => shownZones(s), [loaded]));
}

/** The pain matches for the painted points, for a component: again when the referral patterns arrive. */
export function usePainMatches(): PainMatch[] {
  useReferralLoaded((r) => r.loaded);
  return painMatches({ painPoints: useStore((s) => s.painPoints) });
}

export interface PainMatch {
  muscle: MuscleId;
  zone: 'essential' | 'spillover';
  evidence: 'verified' | 'recalled' | 'uncertain';
  laterality: string;
  /** How many of the painted points this muscle's zones cover. */
  points: number;
}

let painCache: { points: unknown; loaded: boolean; value: PainMatch[] } = { points: null, loaded: false, value: [] };

/**
 * Muscles whose zones cover the painted skin: essential before spillover, own side first, best covered
 * first. None until the referral patterns have loaded (just after the first frame; `usePainMatches`
 * and `useShownZones` then read again).
 */
export function painMatches(s: Pick<Store, 'painPoints'>): PainMatch[] {
  const refer = referral()?.refer;
  if (painCache.points === s.painPoints && painCache.loaded === !!refer) return painCache.value;
  if (!refer) return [];
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
  painCache = { points: s.painPoints, loaded: true, value };
  return value;
}
