/** Answering the quiz from the 3D view: a click on a muscle answers a "find it" question, then shows the right one. */
import type { MuscleId } from '../anatomy/muscles/types';
import { useQuiz } from './quiz';
import { useStore } from './store';

export function answerByClick(id: MuscleId): void {
  const q = useQuiz.getState();
  if (q.question?.kind !== 'find' || q.answer) return;
  q.respond(id);
  useStore.getState().select(q.question.target);
}
