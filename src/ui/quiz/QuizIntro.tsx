/** The left panel in quiz mode: how it works (the muscle list is hidden, it would give answers away). */
export function QuizIntro() {
  return (
    <section className="panel" aria-label="About the quiz">
      <h2>Quiz</h2>
      <p>Two kinds of question take turns: find a muscle on the model and click it, or name the muscle that sends pain to the area shown.</p>
      <p className="muted small">Turn the body by dragging; the layers and views in the toolbar still work. The muscle list comes back when you leave the quiz.</p>
    </section>
  );
}
