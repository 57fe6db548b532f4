/**
 * The app at `/`: the toolbar, the muscle list, the 3D view, the details, the motion timeline, and the
 * live regions. On narrow screens the list, details and layers open as panels over the view.
 */
import { type ReactNode, useEffect, useMemo } from 'react';
import { Viewer } from '../scene/Viewer';
import { useStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { DetailsPanel } from './DetailsPanel';
import { HelpOverlay } from './HelpOverlay';
import { HoverLabel } from './HoverLabel';
import { LayersPanel } from './LayersPanel';
import { MuscleList } from './MuscleList';
import { Notices } from './Notices';
import { PresenterApp } from './present/PresenterApp';
import { handlePresenterKey } from './present/presenterKeys';
import { handleShortcut } from './shortcuts';
import { Toolbar } from './Toolbar';
import { QuizIntro } from './quiz/QuizIntro';
import { QuizPanel } from './quiz/QuizPanel';
import { PainPanel } from './zones/PainPanel';
import { ZoneLegend } from './zones/ZoneLegend';
import { hasWebGL } from './webgl';

export const VIEWER_LABEL = '3D model of the lumbar spine, pelvis and legs with the hip muscles';

export function App({ timeline, stageExtras, detailsExtra }: { timeline?: ReactNode; stageExtras?: ReactNode; detailsExtra?: ReactNode }) {
  const webgl = useMemo(hasWebGL, []);
  const modelErrors = useStore((s) => s.modelErrors);
  const drawer = useStore((s) => s.drawer);
  const status = useStore((s) => s.status);
  const mode = useStore((s) => s.mode);
  const muscleSelected = useStore((s) => s.muscle !== null);
  useEffect(() => startUrlSync(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useStore.getState().mode === 'present' && handlePresenterKey(e)) return;
      handleShortcut(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (mode === 'present') return <PresenterApp />;
  return (
    <div className="app" data-drawer={drawer ?? 'none'}>
      <header className="topbar">
        <h1 className="brand">
          myomap <span className="tagline">hip and low-back muscles in 3D</span>
        </h1>
        <Toolbar />
      </header>
      <aside className="side side-left">{mode === 'quiz' ? <QuizIntro /> : <MuscleList />}</aside>
      <main className="stage">
        {webgl ? (
          <Viewer label={VIEWER_LABEL} />
        ) : (
          <div className="no-webgl" role="img" aria-label="3D model unavailable: this browser cannot draw WebGL">
            <p>
              This browser cannot show the 3D model (WebGL is switched off or not supported). The muscle list, the
              details and the links still work.
            </p>
          </div>
        )}
        <HoverLabel />
        <ZoneLegend />
        {stageExtras}
        {drawer === 'layers' && (
          <div className="popover">
            <LayersPanel />
          </div>
        )}
        <div className="model-errors">
          {modelErrors.map((m) => (
            <p key={m} className="model-error" role="alert">
              {m}
            </p>
          ))}
        </div>
      </main>
      <aside className="side side-right">
        {mode === 'quiz' && <QuizPanel />}
        {mode === 'pain' && <PainPanel />}
        {mode !== 'quiz' && (mode !== 'pain' || muscleSelected) && <DetailsPanel extra={detailsExtra} />}
      </aside>
      {timeline ? <section className="timeline-slot">{timeline}</section> : null}
      <footer className="disclaimer">
        Education only: myomap shows anatomy and published pain patterns; it does not diagnose. See a clinician for pain
        that is severe, new or unexplained.
      </footer>
      <Notices />
      <HelpOverlay />
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
