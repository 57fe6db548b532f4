/** Plain-language numbers for the motion controls: phase, speed, lengths, angles, slider labels. */
import type { CoordinateName } from '../../anatomy/model/coordinates';

/** "0 %" … "100 %", made once so per-frame readouts never build strings. */
export const PERCENT_TEXT: readonly string[] = Array.from({ length: 101 }, (_, i) => `${i} %`);

export const percentText = (phase: number): string =>
  PERCENT_TEXT[Math.max(0, Math.min(100, Math.round(phase * 100)))]!;

/** 1 → "1×", 0.35 → "0.35×". */
export const speedText = (speed: number): string => `${Number(speed.toFixed(2))}×`;

const MINUS = '\u2212';

/** Metres → centimetres with one decimal: 0.14236 → "14.2". */
export const cmText = (metres: number): string => (metres * 100).toFixed(1);

/** A signed change in centimetres: "+1.3 cm", "−0.8 cm", "0.0 cm". */
export function signedCmText(metres: number): string {
  const s = (Math.abs(metres) * 100).toFixed(1);
  if (s === '0.0') return '0.0 cm';
  return `${metres > 0 ? '+' : MINUS}${s} cm`;
}

/** A hip flexion angle in words: 35 → "35° flexion", −12 → "12° extension", 0 → "0°". */
export function hipText(deg: number): string {
  const r = Math.round(deg);
  if (r === 0) return '0°';
  return `${Math.abs(r)}° ${r > 0 ? 'flexion' : 'extension'}`;
}

/** The coordinates of "Pose by hand", in the order shown. */
export const MANUAL_COORDINATES: readonly CoordinateName[] = [
  'hip_flexion_r',
  'hip_adduction_r',
  'hip_rotation_r',
  'knee_angle_r',
  'hip_flexion_l',
  'hip_adduction_l',
  'hip_rotation_l',
  'knee_angle_l',
  'lumbar_extension',
];

/** What a positive and a negative value of each coordinate are called, in plain words. */
const WORDS: Record<string, { part: string; positive: string; negative: string; name: string }> = {
  hip_flexion: { part: 'hip', positive: 'flexion', negative: 'extension', name: 'flexion or extension' },
  hip_adduction: { part: 'hip', positive: 'adduction', negative: 'abduction', name: 'adduction or abduction' },
  hip_rotation: {
    part: 'hip',
    positive: 'internal rotation',
    negative: 'external rotation',
    name: 'internal or external rotation',
  },
  knee_angle: { part: 'knee', positive: 'hyperextension', negative: 'flexion', name: 'bend' },
  lumbar_extension: { part: 'Lower back', positive: 'extension', negative: 'flexion', name: 'extension or flexion' },
};

function split(name: CoordinateName): { side: string; words: (typeof WORDS)[string] } {
  const m = /^(.*)_([rl])$/.exec(name);
  const base = m ? m[1]! : name;
  const side = m ? (m[2] === 'r' ? 'Right' : 'Left') : '';
  const words = WORDS[base] ?? { part: name, positive: '', negative: '', name: '' };
  return { side, words };
}

/** The slider's accessible name, which does not change as it moves: "Right hip flexion or extension". */
export function manualName(name: CoordinateName): string {
  const { side, words } = split(name);
  return [side, words.part, words.name].filter(Boolean).join(' ');
}

/** The direction word for a value: "flexion", "abduction", "external rotation"… */
function direction(name: CoordinateName, value: number): string {
  const { words } = split(name);
  // The knee reads as flexion at 0 (its range is almost all flexion); the others read positive at 0.
  if (name.startsWith('knee')) return value > 0 ? words.positive : words.negative;
  return value < 0 ? words.negative : words.positive;
}

/** The visible label with its value: "Right hip flexion 35°", "Left hip abduction 20°", "Lower back flexion 10°". */
export function manualLabel(name: CoordinateName, value: number): string {
  const { side, words } = split(name);
  return `${[side, words.part].filter(Boolean).join(' ')} ${direction(name, value)} ${Math.abs(Math.round(value))}°`;
}

/** The slider's value text for screen readers: "35° flexion". */
export const manualValueText = (name: CoordinateName, value: number): string =>
  `${Math.abs(Math.round(value))}° ${direction(name, value)}`;
