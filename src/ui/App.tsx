/**
 * The app at `/`: an app, not a page — it fills the window and never scrolls; each panel scrolls inside
 * itself. Wide screens: the toolbar on top, the muscle list left, the 3D view in the middle, the details
 * and the motion timeline right (beside the view, so a motion never changes the view's size). Phones:
 * the 3D view fills the screen and every panel opens in a bottom sheet over it, chosen from a row of
 * buttons along the bottom edge.
 */
import { type CSSProperties, lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { Viewer } from '../scene/Viewer';
import { ViewerRuntime } from '../state/runtime';
import { RuntimeContext } from '../state/runtimeContext';
import { selectedId } from '../state/selection';
import { useStore } from '../state/store';
import { startStateRules } from '../state/rules';
import { startUrlSync } from '../state/urlSync';
import { DetailsPanel } from './DetailsPanel';
import { DISCLAIMER, DISCLAIMER_SHORT } from './disclaimer';
import { HelpOverlay } from './HelpOverlay';
import { HoverLabel } from './HoverLabel';
import { LayersPanel } from './LayersPanel';
import { startAutoSheet } from './layout/autoSheet';
import { PANEL_IDS, PhoneTabs, panelTitle } from './layout/PhoneTabs';
import { SheetBar } from './layout/SheetBar';
import { SkipLink } from './layout/SkipLink';
import { useViewInsets } from './layout/viewInsets';
import { MoreMenu } from './MoreMenu';
import { MuscleList } from './MuscleList';
import { NothingShown } from './NothingShown';
import { Notices } from './Notices';
import { handlePresenterKey } from './present/presenterKeys';
import { QuizIntro } from './quiz/QuizIntro';
import { QuizPanel } from './quiz/QuizPanel';
import { handleShortcut } from './shortcuts';
import { Toolbar } from './Toolbar';
import { PainPanel } from './zones/PainPanel';
import { ZoneLegend } from './zones/ZoneLegend';
import { ViewerFallback } from './ViewerFallback';
import './quietClock';

// Modes most visits never open: their code (and the presenter's use of the muscles' texts) loads with them.
const CompareApp = lazy(() => import('./compare/CompareApp').then((m) => ({ default: m.CompareApp })));
const PresenterApp = lazy(() => import('./present/PresenterApp').then((m) => ({ default: m.PresenterApp })));
const modeLoading = (
  <p className="mode-loading" role="status">
    Loading…
  </p>
);

export const VIEWER_LABEL = '3D model of the lumbar spine, pelvis and legs with the hip muscles';

export function App({ timeline, stageExtras }: { timeline?: ReactNode; stageExtras?: ReactNode }) {
  const [runtime] = useState(() => new ViewerRuntime('main'));
  useEffect(() => runtime.bindToStore(useStore), [runtime]);
  const modelErrors = useStore((s) => s.modelErrors);
  const drawer = useStore((s) => s.drawer);
  const status = useStore((s) => s.status);
  const mode = useStore((s) => s.mode);
  const sheet = useStore((s) => s.sheet);
  const somethingSelected = useStore((s) => selectedId(s) !== null);
  const stage = useRef<HTMLElement>(null);
  useEffect(() => {
    const stopUrl = startUrlSync();
    const stopSheet = startAutoSheet();
    return () => {
      stopUrl();
      stopSheet();
    };
  }, []);
  useEffect(() => startStateRules(), []);
  useViewInsets(stage);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useStore.getState().mode === 'present' && handlePresenterKey(e)) return;
      handleShortcut(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (mode === 'compare') {
    return (
      <Suspense fallback={modeLoading}>
        <CompareApp first={runtime} />
      </Suspense>
    );
  }
  if (mode === 'present') {
    return (
      <RuntimeContext.Provider value={runtime}>
        <Suspense fallback={modeLoading}>
          <PresenterApp />
        </Suspense>
      </RuntimeContext.Provider>
    );
  }
  const sheetStyle = { '--sheet': sheet } as CSSProperties;
  return (
    <RuntimeContext.Provider value={runtime}>
    <div className="app" data-drawer={drawer ?? 'none'} style={sheetStyle}>
      <SkipLink />
      <header className="topbar">
        <h1 className="brand">
          myomap <span className="tagline">hip and low-back muscles in 3D</span>
        </h1>
        <Toolbar />
      </header>
      <aside className="side side-left" id={PANEL_IDS.muscles} aria-label={mode === 'quiz' ? 'Quiz help' : 'Muscle list'}>
        <SheetBar title={panelTitle('muscles', mode)} />
        {mode === 'quiz' ? <QuizIntro /> : <MuscleList />}
      </aside>
      <main className="stage" ref={stage} aria-label="3D view">
        <Viewer
          runtime={runtime}
          label={VIEWER_LABEL}
          fallback={(reason) => <ViewerFallback reason={reason} rest="The muscle list, the details and the links still work." />}
        />
        <HoverLabel />
        <ZoneLegend />
        <NothingShown />
        {stageExtras}
        <div className="model-errors">
          {modelErrors.map((m) => (
            <p key={m} className="model-error" role="alert">
              {m}
            </p>
          ))}
        </div>
        <Notices />
        <div className="visually-hidden" role="status" aria-live="polite">
          {status}
        </div>
      </main>
      <aside className="side side-right" id={PANEL_IDS.details} aria-label={panelTitle('details', mode)}>
        {/* Its panels have headings of their own: the handle needs no title. */}
        <SheetBar title="" />
        {mode === 'quiz' && <QuizPanel />}
        {mode === 'pain' && <PainPanel />}
        {mode !== 'quiz' && (mode !== 'pain' || somethingSelected) && <DetailsPanel />}
      </aside>
      {timeline ? (
        <section className="timeline-slot" id={PANEL_IDS.motion} aria-label="Motion timeline">
          <SheetBar title="Motion" />
          {timeline}
        </section>
      ) : null}
      {drawer === 'layers' && (
        <section className="layers-slot" id={PANEL_IDS.layers} aria-label="Layers">
          <SheetBar title="Layers" />
          <LayersPanel />
        </section>
      )}
      {drawer === 'more' && (
        <section className="more-slot" id={PANEL_IDS.more} aria-label="More">
          <SheetBar title="More" />
          <MoreMenu />
        </section>
      )}
      <footer className="disclaimer">
        <span className="wide-text">{DISCLAIMER}</span>
        <span className="narrow-text">{DISCLAIMER_SHORT}</span>
      </footer>
      <PhoneTabs />
      <HelpOverlay />
    </div>
    </RuntimeContext.Provider>
  );
}
