/**
 * The leva panel for finer controls (lighting, skin opacity, colours). Loaded only when asked for, so it
 * costs the first visit nothing.
 */
import { Leva, useControls } from 'leva';
import { useEffect } from 'react';
import { COLOURS } from '../scene/materials';
import { lightLevels } from '../scene/lightLevels';
import { useStore } from '../state/store';

export default function FineControls() {
  const values = useControls({
    key: { value: lightLevels.key, min: 0, max: 4, step: 0.05, label: 'key light' },
    fill: { value: lightLevels.fill, min: 0, max: 3, step: 0.05, label: 'fill light' },
    environment: { value: lightLevels.environment, min: 0, max: 2, step: 0.05, label: 'room light' },
    skinOpacity: { value: useStore.getState().skinOpacity, min: 0.02, max: 1, step: 0.01, label: 'skin opacity' },
    muscle: { value: `#${COLOURS.belly.getHexString()}`, label: 'muscle colour' },
    tendon: { value: `#${COLOURS.tendon.getHexString()}`, label: 'tendon colour' },
    bone: { value: `#${COLOURS.bone.getHexString()}`, label: 'bone colour' },
  });
  useEffect(() => {
    lightLevels.key = values.key;
    lightLevels.fill = values.fill;
    lightLevels.environment = values.environment;
    lightLevels.version++;
    COLOURS.belly.set(values.muscle);
    COLOURS.tendon.set(values.tendon);
    COLOURS.bone.set(values.bone);
    useStore.getState().set('skinOpacity', values.skinOpacity);
  }, [values]);
  return (
    <div className="leva-host">
      <Leva fill flat titleBar={false} />
    </div>
  );
}
