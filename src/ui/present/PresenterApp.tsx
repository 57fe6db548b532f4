/**
 * Presenter mode (mode=present): for a projector — the model on black, no chrome, large high-contrast
 * captions, everything on the keyboard (or a slide clicker). A key list shows for a few seconds once the
 * model is on screen, and on "?". The captions have a band of their own (left on a wide screen, on top
 * on a tall one), so they never cover the model.
 */
import { useEffect, useState } from 'react';
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../../anatomy/muscles/facts';
import { MOTIONS } from '../../anatomy/motions';
import { Viewer } from '../../scene/Viewer';
import { whenReady } from '../../state/ready';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { ViewerFallback } from '../ViewerFallback';
import { nextMotion, PRESENTER_KEYS, stepMuscle } from './presenterKeys';

const HINT_MS = 6000;

const firstSentence = (s: string) => s.split(/(?<=\.)\s/)[0] ?? s;

export function PresenterApp() {
  const id = useStore((s) => s.muscle);
  const motion = useStore((s) => s.motion);
  const status = useStore((s) => s.status);
  const helpOpen = useStore((s) => s.helpOpen);
  const runtime = useRuntime();
  const [hint, setHint] = useState(true);
  // Six seconds from when the model is drawn: on a slow machine the first frame can take longer than that.
  useEffect(() => {
    let t: ReturnType<typeof setTimeout> | undefined;
    const cancel = whenReady(() => {
      t = setTimeout(() => setHint(false), HINT_MS);
    });
    return () => {
      cancel();
      clearTimeout(t);
    };
  }, []);
  const m = id ? muscle(id) : null;
  return (
    <div className="presenter">
      <main className="presenter-stage" aria-label="3D view">
        <Viewer
          runtime={runtime}
          label={m ? `3D model showing the ${muscleLabel(m)}` : '3D model of the lumbar spine, pelvis and legs'}
          fallback={(reason) => <ViewerFallback reason={reason} rest="The captions and keys still work." />}
        />
      </main>
      <header className="presenter-caption" aria-live="polite">
        {m ? (
          <>
            <h1>{muscleLabel(m)}</h1>
            <p>{firstSentence(MUSCLE_FACTS[m.name].action)}</p>
          </>
        ) : (
          <h1>Lumbar spine, pelvis and hip muscles</h1>
        )}
        {motion ? <p className="presenter-motion">{MOTIONS[motion].label}</p> : null}
      </header>
      <footer className="presenter-foot">
        {(hint || helpOpen) && (
          <ul className="presenter-keys" aria-label="Presenter keys">
            {PRESENTER_KEYS.map(([k, w]) => (
              <li key={k}>
                <kbd>{k}</kbd> {w}
              </li>
            ))}
          </ul>
        )}
        {/* For a touch screen or a mouse: the same steps as the keys, and the way out. */}
        <div className="presenter-buttons">
          <button type="button" onClick={() => stepMuscle(-1)}>
            Previous muscle
          </button>
          <button type="button" onClick={() => stepMuscle(1)}>
            Next muscle
          </button>
          <button type="button" onClick={nextMotion}>
            Next motion
          </button>
          <button type="button" onClick={() => useStore.getState().setMode('explore')}>
            Leave presenter mode
          </button>
        </div>
        <p className="presenter-note">Education only — not a diagnosis.</p>
        <div className="visually-hidden" role="status" aria-live="polite">
          {status}
        </div>
      </footer>
    </div>
  );
}
