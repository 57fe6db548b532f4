/**
 * The app at `/`: the toolbar, the muscle list, the 3D view, the details, the motion timeline, and the
 * live regions. On narrow screens the list, details and layers open as panels over the view.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { Viewer } from '../scene/Viewer';
import { ViewerRuntime } from '../state/runtime';
import { RuntimeContext } from '../state/runtimeContext';
import { useStore } from '../state/store';
import { startStateRules } from '../state/rules';
import { startUrlSync } from '../state/urlSync';
import { CompareApp } from './compare/CompareApp';
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
import { ViewerFallback } from './ViewerFallback';

export const VIEWER_LABEL = '3D model of the lumbar spine, pelvis and legs with the hip muscles';

export function App({ timeline, stageExtras }: { timeline?: ReactNode; stageExtras?: ReactNode }) {
  const [runtime] = useState(() => new ViewerRuntime('main'));
  useEffect(() => runtime.bindToStore(useStore), [runtime]);
  const modelErrors = useStore((s) => s.modelErrors);
  const drawer = useStore((s) => s.drawer);
  const status = useStore((s) => s.status);
  const mode = useStore((s) => s.mode);
  const muscleSelected = useStore((s) => s.muscle !== null);
  useEffect(() => startUrlSync(), []);
  useEffect(() => startStateRules(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useStore.getState().mode === 'present' && handlePresenterKey(e)) return;
      handleShortcut(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (mode === 'compare') return <CompareApp first={runtime} />;
  if (mode === 'present') {
    return (
      <RuntimeContext.Provider value={runtime}>
        <PresenterApp />
      </RuntimeContext.Provider>
    );
  }
  return (
    <RuntimeContext.Provider value={runtime}>
    <div className="app" data-drawer={drawer ?? 'none'}>
      <header className="topbar">
        <h1 className="brand">
          myomap <span className="tagline">hip and low-back muscles in 3D</span>
        </h1>
        <Toolbar />
      </header>
      <aside className="side side-left">{mode === 'quiz' ? <QuizIntro /> : <MuscleList />}</aside>
      <main className="stage">
        <Viewer
          runtime={runtime}
          label={VIEWER_LABEL}
          fallback={(reason) => <ViewerFallback reason={reason} rest="The muscle list, the details and the links still work." />}
        />
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
        {mode !== 'quiz' && (mode !== 'pain' || muscleSelected) && <DetailsPanel />}
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
    </RuntimeContext.Provider>
  );
}
