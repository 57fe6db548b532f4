/**
 * Rules of the state that hold whoever changes it (a control, a link, the embed API, the quiz), kept
 * here rather than in the components that happen to be on screen, so the app and the embed behave alike.
 * Started once per page by the entry (like the URL sync); returns the function that stops them.
 */
import { MOTIONS } from '../anatomy/motions';
import { bestViewOf } from './bestView';
import { useQuiz } from './quiz';
import { selectedId } from './selection';
import { useStore } from './store';

export function startStateRules(): () => void {
  const offStore = useStore.subscribe((s, prev) => {
    // Announce every change of motion, whoever made it.
    if (s.motion !== prev.motion) {
      s.announce(
        s.motion ? `Motion: ${MOTIONS[s.motion].label}. ${MOTIONS[s.motion].description}` : 'Motion stopped: standing pose',
      );
    }
    if (s.playHeld && !prev.playHeld) {
      s.announce('Playback paused because your system asks for reduced motion. Press Play to run it.');
    }
    // Choosing another muscle or structure ends a preset's extra highlight (e.g. the iliacus lit beside the psoas).
    if (selectedId(s) !== selectedId(prev) && s.highlight.length && prev.highlight === s.highlight) s.set('highlight', []);
  });
  const offQuiz = useQuiz.subscribe((q, prev) => {
    // Each new question starts with nothing selected, so nothing on screen points at the answer; once
    // answered, the right muscle is shown.
    if (q.question !== prev.question) {
      useStore.getState().select(null);
      // "Where does this pain come from?": turn to where the zone shows best (the muscle stays unnamed).
      const best = q.question?.kind === 'refers' ? bestViewOf(q.question.target) : null;
      if (best) useStore.getState().turnTo(best);
    }
    if (q.answer && !prev.answer && q.question) useStore.getState().select(q.question.target);
  });
  return () => {
    offStore();
    offQuiz();
  };
}
