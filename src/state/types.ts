/** Names of the view state shared by the URL, the embed API and the UI (SPEC.md). */
import type { MuscleId } from '../anatomy/muscles/types';
import type { MotionId } from '../anatomy/motions/types';

export const VIEWS = ['anterior', 'posterior', 'left', 'right', 'superior', 'oblique'] as const;
export type ViewId = (typeof VIEWS)[number];

export const LAYERS = ['skin', 'bones', 'muscles', 'labels'] as const;
export type LayerId = (typeof LAYERS)[number];

export const SIDES_VIEW = ['r', 'l', 'both'] as const;
export type SideView = (typeof SIDES_VIEW)[number];

export const MODES = ['explore', 'pain', 'quiz', 'present', 'compare'] as const;
export type Mode = (typeof MODES)[number];

/** Everything a link can carry. */
export interface ViewState {
  muscle: MuscleId | null;
  zones: boolean;
  motion: MotionId | null;
  t: number;
  play: boolean;
  speed: number;
  view: ViewId;
  layers: LayerId[];
  isolate: MuscleId[];
  side: SideView;
  mode: Mode;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  muscle: null,
  zones: false,
  motion: null,
  t: 0,
  play: false,
  speed: 1,
  view: 'oblique',
  layers: ['skin', 'bones', 'muscles'],
  isolate: [],
  side: 'both',
  mode: 'explore',
};
