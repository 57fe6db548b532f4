/** Names of the view state shared by the URL, the embed API and the UI (SPEC.md). */
import type { MuscleId } from '../anatomy/muscles/types';
import type { MotionId } from '../anatomy/motions/types';

export const VIEWS = ['anterior', 'posterior', 'left', 'right', 'superior', 'oblique'] as const;
export type ViewId = (typeof VIEWS)[number];

/** In SPEC.md's order, outside in; links write them in this order. */
export const LAYERS = ['skin', 'fascia', 'muscles', 'ligaments', 'nerves', 'vessels', 'bones', 'labels'] as const;
export type LayerId = (typeof LAYERS)[number];
/** The layers that draw something on their own ("labels" only names what the others show). */
export const DRAWN_LAYERS: readonly LayerId[] = ['skin', 'fascia', 'muscles', 'ligaments', 'nerves', 'vessels', 'bones'];

export const SIDES_VIEW = ['r', 'l', 'both'] as const;
export type SideView = (typeof SIDES_VIEW)[number];

export const MODES = ['explore', 'pain', 'quiz', 'present', 'compare'] as const;
export type Mode = (typeof MODES)[number];

/** Everything a link can carry. */
export interface ViewState {
  /** The selected muscle; null when nothing or another structure is selected. */
  muscle: MuscleId | null;
  /**
   * The selected structure that is not a muscle (a nerve, a ligament, a bone…; ids of SPEC.md "Other
   * structures"), or null. At most one of `muscle` and `structure` is set: muscle-only features (zones,
   * trigger points, the length plot) read `muscle` and so simply stand aside while a nerve is selected.
   */
  structure: string | null;
  zones: boolean;
  motion: MotionId | null;
  t: number;
  play: boolean;
  speed: number;
  view: ViewId;
  layers: LayerId[];
  /** Shown layers drawn see-through (the selected or isolated muscle stays solid; clicks pass to what is solid behind). */
  seeThrough: LayerId[];
  isolate: MuscleId[];
  side: SideView;
  mode: Mode;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  muscle: null,
  structure: null,
  zones: false,
  motion: null,
  t: 0,
  play: false,
  speed: 1,
  view: 'oblique',
  layers: ['skin', 'muscles', 'bones'],
  seeThrough: [],
  isolate: [],
  side: 'both',
  mode: 'explore',
};
