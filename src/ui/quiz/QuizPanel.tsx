/** The quiz card: the question, four choices where there are choices, feedback once answered, the score. */
import { useEffect } from 'react';
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { isRight, questionText, useQuiz } from '../../state/quiz';
import { useStore } from '../../state/store';

export function QuizPanel() {
  const { question, answer, right, asked, next, respond, reset } = useQuiz();
  useEffect(() => {
    if (!useQuiz.getState().question) useQuiz.getState().next();
  }, []);
  if (!question) return null;
  const correct = answer ? isRight(question, answer) : false;
  return (
    <section className="panel quiz-panel" aria-label="Quiz" id="quiz-panel" tabIndex={-1}>
      <h2>Quiz</h2>
      <p className="quiz-score" aria-live="polite">
        Score: {right} / {asked}
      </p>
      <p className="quiz-question">{questionText(question)}</p>
      {question.kind === 'find' && !answer && <p className="muted small">Turn the model to find it; click it to answer.</p>}
      {question.kind === 'refers' && (
        // biome-ignore lint/a11y/useSemanticElements: a group of answer buttons, not a form fieldset
        <div className="quiz-choices" role="group" aria-label="Choices">
          {question.choices.map((c) => (
            <button
              key={c}
              type="button"
              className="button"
              disabled={Boolean(answer)}
              aria-pressed={answer === c}
              onClick={() => respond(c)}
            >
              {muscleLabel(muscle(c))}
            </button>
          ))}
        </div>
      )}
      {answer && (
        <div className={`quiz-feedback ${correct ? 'right' : 'wrong'}`} role="alert">
          {correct ? 'Right!' : `Not quite — you chose the ${muscleLabel(muscle(answer))}.`}{' '}
          {question.kind === 'find'
            ? `The ${muscleLabel(muscle(question.target))} is now highlighted.`
            : `It is the ${muscleLabel(muscle(question.target))}.`}
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={next}>
          {answer ? 'Next question' : 'Skip'}
        </button>
        <button type="button" className="button subtle" onClick={reset}>
          Start again
        </button>
        <button type="button" className="button subtle" onClick={() => useStore.getState().setMode('explore')}>
          Leave the quiz
        </button>
      </div>
    </section>
  );
}
