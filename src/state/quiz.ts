/**
 * Quiz mode (mode=quiz): questions, answers and the score. Nothing in the page gives an answer away:
 * the muscle to find is named only by the question; the muscle whose zone is shown is named only among
 * four choices, and is not in the URL, the status region or any label until answered.
 */
import { create } from 'zustand';
import { MUSCLES, muscle, muscleLabel } from '../anatomy/muscles/catalog';
import type { MuscleId, MuscleName } from '../anatomy/muscles/types';
import { patternsOf } from '../anatomy/referral/refer';

export type Question =
  | { kind: 'find'; target: MuscleId }
  | { kind: 'refers'; target: MuscleId; pattern: string; choices: MuscleId[] };

export interface QuizState {
  question: Question | null;
  /** The muscle clicked or chosen, once answered. */
  answer: MuscleId | null;
  right: number;
  asked: number;
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

let seed = 20261122;
/** A small deterministic generator, so a class sees the same order after a reload. */
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
}
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export function makeQuestion(n: number): Question {
  const side = random() < 0.5 ? 'r' : 'l';
  if (n % 2 === 0) return { kind: 'find', target: `${pick(FINDABLE)}_${side}` };
  const withPatterns = MUSCLES.filter((m) => m.side === side && patternsOf(m.name).length && m.name !== 'psoas_minor');
  const target = pick(withPatterns);
  const pattern = pick(patternsOf(target.name));
  // Distractors: muscles that do not share this pattern.
  const others = shuffle(withPatterns.filter((m) => !pattern.muscles.includes(m.name))).slice(0, 3);
  return { kind: 'refers', target: target.id, pattern: pattern.id, choices: shuffle([target.id, ...others.map((m) => m.id)]) };
}

/** Is this answer right? For "refers", any muscle sharing the pattern (psoas and iliacus share one) counts. */
export function isRight(q: Question, id: MuscleId): boolean {
  if (q.kind === 'find') return id === q.target;
  const name = muscle(id).name;
  return patternsOf(name).some((p) => p.id === q.pattern) && muscle(id).side === muscle(q.target).side;
}

export const questionText = (q: Question) =>
  q.kind === 'find' ? `Click the ${muscleLabel(muscle(q.target))}.` : 'Which muscle refers pain to the area shown in red?';

export const useQuiz = create<QuizState>()((set, get) => ({
  question: null,
  answer: null,
  right: 0,
  asked: 0,
  next: () => set((s) => ({ question: makeQuestion(s.asked), answer: null })),
  respond: (id) => {
    const { question, answer } = get();
    if (!question || answer) return;
    set((s) => ({ answer: id, asked: s.asked + 1, right: s.right + (isRight(question, id) ? 1 : 0) }));
  },
  reset: () => set({ question: null, answer: null, right: 0, asked: 0 }),
}));
