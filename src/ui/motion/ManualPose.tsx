/**
 * "Pose by hand": sliders for each hip (flexion/extension, adduction/abduction, rotation), each knee
 * and the lower back, within a comfortable adult range. Moving one stops the motion and holds the pose.
 */
import { type CoordinateName, coordinateDef } from '../../anatomy/model/coordinates';
import { useRuntime } from '../../state/runtimeContext';
import { useStore } from '../../state/store';
import { resetPose, setManual } from './actions';
import { MANUAL_COORDINATES, manualLabel, manualName, manualValueText } from './format';

function ManualSlider({ name }: { name: CoordinateName }) {
  const value = useStore((s) => s.manual[name]) ?? coordinateDef(name).default;
  const [min, max] = coordinateDef(name).comfortable;
  const runtime = useRuntime();
  return (
    <label className="manual-slider">
      <span className="manual-label">{manualLabel(name, value)}</span>
      <input
        type="range"
        aria-label={manualName(name)}
        aria-valuetext={manualValueText(name, value)}
        min={min}
        max={max}
        step={1}
        value={Math.round(value)}
        onChange={(e) => setManual(name, e.currentTarget.valueAsNumber, runtime.frame.pose)}
      />
    </label>
  );
}

/** The button that opens "Pose by hand" (beside the other controls; the sliders open below them). */
export function ManualPoseToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      className="button subtle manual-toggle"
      aria-expanded={open}
      aria-controls="manual-pose"
      onClick={onToggle}
    >
      <span aria-hidden="true">{open ? '▾' : '▸'}</span> Pose by hand
    </button>
  );
}

export function ManualPose({ open }: { open: boolean }) {
  const motion = useStore((s) => s.motion);
  const right = MANUAL_COORDINATES.filter((n) => n.endsWith('_r'));
  const left = MANUAL_COORDINATES.filter((n) => n.endsWith('_l'));
  const trunk = MANUAL_COORDINATES.filter((n) => !n.endsWith('_r') && !n.endsWith('_l'));
  return (
    <div id="manual-pose" className="manual-pose" hidden={!open}>
      {motion ? <p className="small muted">Moving a slider stops the motion and holds the pose.</p> : null}
      <div className="manual-grid">
        <fieldset>
          <legend>Right leg</legend>
          {right.map((n) => (
            <ManualSlider key={n} name={n} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Left leg</legend>
          {left.map((n) => (
            <ManualSlider key={n} name={n} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Trunk</legend>
          {trunk.map((n) => (
            <ManualSlider key={n} name={n} />
          ))}
          <button type="button" className="button" onClick={resetPose}>
            Reset pose
          </button>
        </fieldset>
      </div>
    </div>
  );
}
