/** Answering the quiz from the 3D view: a click on a muscle answers a "find it" question, then shows the right one. */
import { isMuscleId } from '../anatomy/muscles/catalog';
import type { MuscleId } from '../anatomy/muscles/types';
import { useQuiz } from './quiz';
import { useStore } from './store';

export function answerByClick(id: MuscleId): void {
  const q = useQuiz.getState();
  // Only a muscle answers (a stray id from the scene must not reach the feedback, which names it).
  if (q.question?.kind !== 'find' || q.answer || !isMuscleId(id)) return;
  q.respond(id);
  useStore.getState().select(q.question.target);
}
