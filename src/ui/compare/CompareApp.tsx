/**
 * Compare mode (mode=compare): two viewers side by side in one document — by default standing beside the
 * back stride — each with its own pose and camera, both showing the one selection. The first pane follows
 * the link (its motion and phase are the URL's); the second holds a pose of its own. Under each, the
 * selected muscle's length in that pane's pose, so the stretch reads as a number too.
 */
import { useEffect, useRef, useState } from 'react';
import { MUSCLE_IDS, muscle, muscleLabel } from '../../anatomy/muscles/catalog';
import { Viewer } from '../../scene/Viewer';
import { type PoseSpec, ViewerRuntime } from '../../state/runtime';
import { RuntimeContext } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { cmText } from '../motion/format';
import { MuscleList } from '../MuscleList';
import { ViewerFallback } from '../ViewerFallback';
import { COMPARE_POSES, type ComparePose, comparePose } from './poses';
import './compare.css';

const ownSpec = (p: ComparePose): PoseSpec => ({
  motion: p.motion,
  t: p.t,
  play: false,
  speed: 1,
  range: null,
  loop: true,
  manual: {},
});

/** The store pose a pane picker stands for, if any (the first pane follows the store). */
function storePoseId(motion: string | null, t: number): string {
  const hit = COMPARE_POSES.find((p) => p.motion === motion && (p.motion === null || Math.abs(p.t - t) < 1e-3));
  return hit?.id ?? 'custom';
}

/** "Psoas major (right): 24.3 cm", kept in step with the pane's pose outside React. */
function LengthReadout({ runtime }: { runtime: ViewerRuntime }) {
  const id = useStore((s) => s.muscle);
  const out = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (!id) return;
    const index = MUSCLE_IDS.indexOf(id);
    let shown = Number.NaN;
    return runtime.onFrame(() => {
      const L = runtime.frame.lengths[index]!;
      const k = Math.round(L * 1000);
      if (k !== shown && out.current) {
        shown = k;
        out.current.textContent = `${cmText(L)} cm`;
      }
    });
  }, [id, runtime]);
  if (!id) return <p className="compare-length muted">Choose a muscle to compare its length.</p>;
  return (
    <p className="compare-length">
      {muscleLabel(muscle(id))}: <output ref={out} aria-live="off" />
    </p>
  );
}

function Pane({ runtime, title }: { runtime: ViewerRuntime; title: string }) {
  const follows = runtime.source.kind === 'store';
  const storeId = useStore((s) => storePoseId(s.motion, s.t));
  const [ownId, setOwnId] = useState(() => {
    const src = runtime.source;
    if (src.kind !== 'own') return 'standing';
    return storePoseId(src.spec.motion, src.spec.t);
  });
  const poseId = follows ? storeId : ownId;
  const choose = (id: string) => {
    const p = comparePose(id);
    if (runtime.source.kind === 'own') {
      Object.assign(runtime.source.spec, ownSpec(p));
      setOwnId(id);
      runtime.invalidate();
    } else {
      const s = useStore.getState();
      s.setMotion(p.motion);
      s.setPlaying(false);
      s.setPhase(p.t);
    }
  };
  const label = `3D model, ${title}: ${COMPARE_POSES.find((p) => p.id === poseId)?.label ?? 'a pose of its own'}`;
  return (
    <RuntimeContext.Provider value={runtime}>
      <section className="compare-pane" aria-label={title}>
        <div className="compare-stage">
          <Viewer runtime={runtime} label={label} fallback={(reason) => <ViewerFallback reason={reason} rest="" />} />
        </div>
        <div className="compare-caption">
          <label>
            <span className="visually-hidden">{title}: pose</span>
            <select value={poseId} onChange={(e) => choose(e.currentTarget.value)}>
              {poseId === 'custom' && <option value="custom">Pose from the link</option>}
              {COMPARE_POSES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <LengthReadout runtime={runtime} />
        </div>
      </section>
    </RuntimeContext.Provider>
  );
}

export function CompareApp({ first }: { first: ViewerRuntime }) {
  const [second] = useState(() => new ViewerRuntime('compare-b', { kind: 'own', spec: ownSpec(comparePose('back_stride')) }));
  const status = useStore((s) => s.status);
  return (
    <div className="compare-app">
      <header className="topbar">
        <h1 className="brand">
          myomap <span className="tagline">compare two poses</span>
        </h1>
        <button type="button" className="button" onClick={() => useStore.getState().setMode('explore')}>
          Back to exploring
        </button>
      </header>
      <nav className="side side-left" aria-label="Muscles to compare">
        <MuscleList />
      </nav>
      <main className="compare-panes">
        <Pane runtime={first} title="Left pane" />
        <Pane runtime={second} title="Right pane" />
      </main>
      <footer className="disclaimer">Education only: myomap shows anatomy and published pain patterns; it does not diagnose.</footer>
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
