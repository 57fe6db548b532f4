/**
 * Presenter mode (mode=present): for a projector — the model on black, no chrome, large high-contrast
 * captions, everything on the keyboard (or a slide clicker). A key list shows for a few seconds, and on "?".
 */
import { useEffect, useState } from 'react';
import { muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { MUSCLE_FACTS } from '../../anatomy/muscles/facts';
import { MOTIONS } from '../../anatomy/motions';
import { Viewer } from '../../scene/Viewer';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { ViewerFallback } from '../ViewerFallback';
import { PRESENTER_KEYS } from './presenterKeys';

const firstSentence = (s: string) => s.split(/(?<=\.)\s/)[0] ?? s;

export function PresenterApp() {
  const id = useStore((s) => s.muscle);
  const motion = useStore((s) => s.motion);
  const status = useStore((s) => s.status);
  const helpOpen = useStore((s) => s.helpOpen);
  const runtime = useRuntime();
  const [hint, setHint] = useState(true);
  useEffect(() => {
    const t = setTimeout(() => setHint(false), 6000);
    return () => clearTimeout(t);
  }, []);
  const m = id ? muscle(id) : null;
  return (
    <div className="presenter">
      <Viewer
        runtime={runtime}
        label={m ? `3D model showing the ${muscleLabel(m)}` : '3D model of the lumbar spine, pelvis and legs'}
        fallback={(reason) => <ViewerFallback reason={reason} rest="The captions and keys still work." />}
      />
      <div className="presenter-caption" aria-live="polite">
        {m ? (
          <>
            <h1>{muscleLabel(m)}</h1>
            <p>{firstSentence(MUSCLE_FACTS[m.name].action)}</p>
          </>
        ) : (
          <h1>Lumbar spine, pelvis and hip muscles</h1>
        )}
        {motion ? <p className="presenter-motion">{MOTIONS[motion].label}</p> : null}
      </div>
      {(hint || helpOpen) && (
        <ul className="presenter-keys" aria-label="Presenter keys">
          {PRESENTER_KEYS.map(([k, w]) => (
            <li key={k}>
              <kbd>{k}</kbd> {w}
            </li>
          ))}
        </ul>
      )}
      <p className="presenter-note">Education only — not a diagnosis.</p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
