/**
 * Quiz mode (mode=quiz): questions, answers and the score. Nothing in the page gives an answer away:
 * the muscle to find is named only by the question; the muscle whose zone is shown is named only among
 * four choices, and is not in the URL, the status region or any label until answered.
 */
import { create } from 'zustand';
import { MUSCLES, muscle, muscleLabel } from '../anatomy/muscles/catalog';
import type { MuscleId, MuscleName } from '../anatomy/muscles/types';
import { muscleEntry } from '../anatomy/muscleDirectory';

/** A muscle's referral patterns as the quiz needs them (ids and muscles), without the zones themselves. */
const patternsOf = (name: MuscleName) => muscleEntry(name).patterns;

export type Question =
  | { kind: 'find'; target: MuscleId }
  | { kind: 'refers'; target: MuscleId; pattern: string; choices: MuscleId[] };

export interface QuizState {
  question: Question | null;
  /** The muscle clicked or chosen, once answered. */
  answer: MuscleId | null;
  right: number;
  asked: number;
  /** Questions put so far, answered or skipped: the two kinds take turns on it, so Skip reaches both. */
  shown: number;
  /** This quiz session's seed: the order of questions follows from it. */
  seed: number;
  next(): void;
  respond(id: MuscleId): void;
  reset(): void;
}

/** Muscles one can find on the model without taking it apart. */
const FINDABLE: MuscleName[] = [
  'psoas_major',
  'iliacus',
  'gluteus_maximus',
  'gluteus_medius',
  'tensor_fasciae_latae',
  'sartorius',
  'rectus_femoris',
  'adductor_longus',
  'gracilis',
  'biceps_femoris_long',
  'semitendinosus',
  'quadratus_lumborum',
  'pectineus',
];

/** mulberry32: a small seeded generator, so a seed gives the same questions in the same order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/**
 * A new seed for each quiz session, so each class and each student gets another order. Tests (and a
 * teacher who wants one order for everyone) set `window.myomapQuizSeed` before the page loads.
 */
export function sessionSeed(): number {
  const fixed = typeof window === 'undefined' ? undefined : (window as { myomapQuizSeed?: unknown }).myomapQuizSeed;
  if (typeof fixed === 'number' && Number.isFinite(fixed)) return fixed >>> 0;
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * The questions of one session, drawn without repeats until each deck is used up: "find it" questions
 * over FINDABLE, "which muscle refers here" questions over the muscles with patterns; the kinds alternate.
 */
export function questionDeck(seed: number): (n: number) => Question {
  const random = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const referring = MUSCLES.filter((m) => m.side === 'r' && patternsOf(m.name).length && m.name !== 'psoas_minor').map((m) => m.name);
  let finds: MuscleName[] = [];
  let refers: MuscleName[] = [];
  return (n) => {
    const side = random() < 0.5 ? 'r' : 'l';
    if (n % 2 === 0) {
      if (!finds.length) finds = shuffle([...FINDABLE], random);
      return { kind: 'find', target: `${finds.pop()!}_${side}` };
    }
    if (!refers.length) refers = shuffle([...referring], random);
    const target = muscle(`${refers.pop()!}_${side}`);
    const pattern = pick(patternsOf(target.name));
    // Distractors: muscles of the same side that do not share this pattern.
    const others = shuffle(
      referring.filter((name) => !pattern.muscles.includes(name)),
      random,
    ).slice(0, 3);
    const choices = shuffle([target.id, ...others.map((name) => `${name}_${side}` as MuscleId)], random);
    return { kind: 'refers', target: target.id, pattern: pattern.id, choices };
  };
}

/** Is this answer right? For "refers", any muscle sharing the pattern (psoas and iliacus share one) counts. */
export function isRight(q: Question, id: MuscleId): boolean {
  if (q.kind === 'find') return id === q.target;
  const name = muscle(id).name;
  return patternsOf(name).some((p) => p.id === q.pattern) && muscle(id).side === muscle(q.target).side;
}

export const questionText = (q: Question) =>
  q.kind === 'find' ? `Click the ${muscleLabel(muscle(q.target))}.` : 'Which muscle refers pain to the area shown in red?';

let deck = questionDeck(0);

export const useQuiz = create<QuizState>()((set, get) => ({
  question: null,
  answer: null,
  right: 0,
  asked: 0,
  shown: 0,
  seed: 0,
  next: () =>
    set((s) => {
      // The first question of a session draws the session's seed.
      if (s.shown === 0) {
        const seed = sessionSeed();
        deck = questionDeck(seed);
        return { question: deck(0), answer: null, shown: 1, seed };
      }
      return { question: deck(s.shown), answer: null, shown: s.shown + 1 };
    }),
  respond: (id) => {
    const { question, answer } = get();
    if (!question || answer) return;
    set((s) => ({ answer: id, asked: s.asked + 1, right: s.right + (isRight(question, id) ? 1 : 0) }));
  },
  // Start again: a new session, with a new order.
  reset: () => {
    set({ question: null, answer: null, right: 0, asked: 0, shown: 0 });
    get().next();
  },
}));
