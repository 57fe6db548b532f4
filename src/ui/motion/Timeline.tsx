/**
 * The motion timeline: a group "Motion" with the motion to show, Play/Pause, the Phase slider (kept in
 * step with playback outside React), speed, loop, the two presets, colour by stretch, the pose by hand
 * and the live length plot.
 */
import { useEffect, useRef, useState } from 'react';
import { MOTION_IDS, MOTIONS, type MotionId } from '../../anatomy/motions';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { backStride, chooseMotion, kneeUp, scrub, togglePlay, wholeCycle } from './actions';
import { PERCENT_TEXT, speedText } from './format';
import { LengthPlot } from './LengthPlot';
import { ManualPose, ManualPoseToggle } from './ManualPose';

/** Speed slider: logarithmic, 0.1× … 4×, with 1× in reach. */
const LOG_MIN = Math.log(0.1);
const LOG_MAX = Math.log(4);
const toSlider = (speed: number) => ((Math.log(speed) - LOG_MIN) / (LOG_MAX - LOG_MIN)) * 100;
function fromSlider(v: number): number {
  const speed = Math.exp(LOG_MIN + (v / 100) * (LOG_MAX - LOG_MIN));
  const snapped = speed < 1 ? Math.round(speed * 20) / 20 : Math.round(speed * 4) / 4;
  return Math.abs(snapped - 1) < 0.06 ? 1 : Math.max(0.1, snapped);
}

/** The Phase slider and its "40 %" readout, moved by playback every frame without React. */
function PhaseSlider({ disabled }: { disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const out = useRef<HTMLOutputElement>(null);
  const range = useStore((s) => s.range);
  const runtime = useRuntime();
  useEffect(() => {
    let shownPhase = -1;
    let shownPct = -1;
    return runtime.onFrame(() => {
      const el = input.current;
      const o = out.current;
      if (!el || !o) return;
      const phase = runtime.frame.phase;
      if (phase !== shownPhase) {
        shownPhase = phase;
        el.valueAsNumber = phase;
      }
      const pct = Math.round(phase * 100);
      if (pct !== shownPct) {
        shownPct = pct;
        o.textContent = PERCENT_TEXT[pct]!;
        el.setAttribute('aria-valuetext', PERCENT_TEXT[pct]!);
      }
    });
  }, [runtime]);
  return (
    <div className="phase">
      <div className="phase-track">
        {range ? (
          <span
            className="phase-range"
            aria-hidden="true"
            style={{ left: `${range[0] * 100}%`, width: `${(Math.min(1, range[1]) - range[0]) * 100}%` }}
          />
        ) : null}
        <input
          ref={input}
          type="range"
          aria-label="Phase"
          min={0}
          max={1}
          step={0.001}
          defaultValue={0}
          disabled={disabled}
          onInput={(e) => scrub(e.currentTarget.valueAsNumber)}
        />
      </div>
      <output ref={out} className="phase-out" aria-hidden="true">
        0 %
      </output>
    </div>
  );
}

export function Timeline() {
  const motion = useStore((s) => s.motion);
  const play = useStore((s) => s.play);
  const speed = useStore((s) => s.speed);
  const loop = useStore((s) => s.loop);
  const range = useStore((s) => s.range);
  const stretch = useStore((s) => s.stretchColours);
  const playHeld = useStore((s) => s.playHeld);
  const reduced = useStore((s) => s.reducedMotion);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [manualOpen, setManualOpen] = useState(false);
  useEffect(() => {
    const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
    if (!mq) return;
    const on = () => {
      useStore.getState().set('reducedMotion', mq.matches);
      if (mq.matches && useStore.getState().play) useStore.getState().setPlaying(false);
    };
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const s = useStore.getState();
  const m = motion ? MOTIONS[motion] : null;
  const segment =
    range && m?.segments?.find((x) => Math.abs(x.from - range[0]) < 1e-6 && Math.abs(x.to - range[1]) < 1e-6);

  return (
    // The spec names the motion controls a `group` "Motion"; a <fieldset> would bring its legend and box quirks.
    // biome-ignore lint/a11y/useSemanticElements: role group on a section, as SPEC.md's accessible names say
    <section className="motion" role="group" aria-label="Motion">
      <div className="motion-row motion-main">
        <label className="motion-choose">
          <span className="visually-hidden">Motion to show</span>
          <select
            value={motion ?? ''}
            onChange={(e) => chooseMotion((e.currentTarget.value || null) as MotionId | null)}
          >
            <option value="">None (standing)</option>
            {MOTION_IDS.map((id) => (
              <option key={id} value={id}>
                {MOTIONS[id].label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button play-button"
          disabled={!motion}
          title={motion ? undefined : 'Choose a motion first'}
          onClick={togglePlay}
        >
          {play ? 'Pause' : 'Play'}
        </button>
        <PhaseSlider disabled={!motion} />
      </div>
      {playHeld ? (
        <p className="motion-note" role="note">
          Playback is paused because your system asks for reduced motion. Press Play to run it.
        </p>
      ) : reduced && motion && !play ? (
        <p className="motion-note small">Reduced motion is on: nothing plays until you press Play.</p>
      ) : null}
      <div className="motion-body">
        <div className="motion-controls">
          <div className="motion-row">
            <fieldset className="motion-presets" aria-label="Presets">
              <button
                type="button"
                className="button"
                onClick={kneeUp}
                title="Standing hip flexion: the psoas shortens"
              >
                Knee up
              </button>
              <button
                type="button"
                className="button"
                onClick={backStride}
                title="Walking, looping the right leg's terminal stance slowly: the psoas is stretched"
              >
                Back stride
              </button>
            </fieldset>
            {range ? (
              <button
                type="button"
                className="chip range-chip"
                onClick={wholeCycle}
                aria-label={`Looping ${segment ? segment.label.toLowerCase() : 'a part of the motion'}: play the whole motion`}
              >
                Loop: {segment ? segment.label.replace(/ \(.*\)$/, '').toLowerCase() : 'part'} ×
              </button>
            ) : null}
            <button
              type="button"
              className="button subtle options-toggle"
              aria-expanded={optionsOpen}
              onClick={() => setOptionsOpen(!optionsOpen)}
            >
              Options
            </button>
          </div>
          <div className="motion-options" data-open={optionsOpen}>
            <label className="speed">
              <span>
                Speed <span className="speed-out">{speedText(speed)}</span>
              </span>
              <input
                type="range"
                aria-label="Speed"
                aria-valuetext={speedText(speed)}
                min={0}
                max={100}
                step={0.5}
                value={toSlider(speed)}
                onChange={(e) => s.setSpeed(fromSlider(e.currentTarget.valueAsNumber))}
              />
            </label>
            <label className="check">
              <input type="checkbox" checked={loop} onChange={(e) => s.set('loop', e.currentTarget.checked)} /> Loop
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={stretch}
                onChange={(e) => {
                  s.set('stretchColours', e.currentTarget.checked);
                  s.announce(
                    e.currentTarget.checked
                      ? 'Colour by stretch on: blue shortened, yellow lengthened'
                      : 'Colour by stretch off',
                  );
                }}
              />{' '}
              Colour by stretch
            </label>
          </div>
          <ManualPoseToggle open={manualOpen} onToggle={() => setManualOpen(!manualOpen)} />
        </div>
        <LengthPlot />
      </div>
      <ManualPose open={manualOpen} />
    </section>
  );
}
