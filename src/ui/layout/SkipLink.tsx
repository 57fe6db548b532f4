/**
 * The first stop of the Tab key: straight to the muscle search (or the quiz), past the toolbar's
 * fifteen buttons. On a phone it also opens the panel it points into.
 */
import { useStore } from '../../state/store';

export function SkipLink() {
  const quiz = useStore((s) => s.mode === 'quiz');
  const target = quiz ? 'quiz-panel' : 'muscle-search';
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        e.preventDefault();
        useStore.getState().set('drawer', quiz ? 'details' : 'muscles');
        // The panel may have just been shown: focus once it is laid out.
        requestAnimationFrame(() => document.getElementById(target)?.focus());
      }}
    >
      {quiz ? 'Skip to the quiz' : 'Skip to the muscle search'}
    </a>
  );
}
