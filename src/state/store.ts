/**
 * The one store of discrete state (selection, layers, motion, mode…) — what the URL and the embed API
 * carry, plus a little UI state. Per-frame values (the running phase, pose, lengths) live in each viewer's
 * runtime (runtime.ts) instead, so animation never re-renders React.
 */
import { create } from 'zustand';
import type { CoordinateName } from '../anatomy/model/coordinates';
import type { FunctionalGroup, MuscleId } from '../anatomy/muscles/types';
import type { MotionId } from '../anatomy/motions/types';
import { isMuscleId } from '../anatomy/muscles/catalog';
import { structureEntry } from '../anatomy/structureDirectory';
import { isStoredCamera, type StoredCamera, type ViewName } from '../geometry/views/directions';
import { whenReady } from './ready';
import { DEFAULT_VIEW_STATE, LAYERS, type LayerId, type Mode, type SideView, type ViewId, type ViewState } from './types';

export interface Notice {
  id: number;
  text: string;
  /** Longer reasons, shown on request (e.g. why each part of a link was ignored). */
  details?: string[];
}

/** Which panel is open: a side panel on wide screens' popovers, the bottom sheet on phones. */
export type Drawer = 'muscles' | 'details' | 'motion' | 'layers' | 'more';

/** How much of the 3D view, in CSS pixels from each edge, UI covers (a phone's bottom sheet): fit the camera to the rest. */
export interface ViewInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface UiState {
  /** What is under the pointer (for the hover label): a muscle's or structure's id (bones too), 'skin', or a disc's node name. */
  hovered: string | null;
  /** Bumped to re-apply the same camera view (a click on the current preset). */
  viewNonce: number;
  /** A stored camera a best view chose (not a URL preset); it rules over `view` until a view is set. */
  camera: StoredCamera | null;
  /** Bumped to frame the selected muscle. */
  frameNonce: number;
  /** Bumped by every setPhase, so a viewer's playhead jumps even to the phase the store already holds. */
  seek: number;
  notices: Notice[];
  /** Text for the polite status live region. */
  status: string;
  helpOpen: boolean;
  /** Models that failed to load, with a message for people. */
  modelErrors: string[];
  /** Colour muscles by length relative to rest. */
  stretchColours: boolean;
  xray: boolean;
  skinOpacity: number;
  /** Functional groups whose muscles are hidden (the finer "muscles by group" layers). */
  hiddenGroups: FunctionalGroup[];
  /** Muscles hidden one by one. */
  hidden: MuscleId[];
  /** Loop the motion, and optionally only a part of it (e.g. the back stride). */
  loop: boolean;
  range: readonly [number, number] | null;
  /** A pose made by hand with the sliders, used when no motion is chosen (degrees, gait2392 names). */
  manual: Partial<Record<CoordinateName, number>>;
  /** Which panel is open over the view (narrow screens: the bottom sheet; wide: only "layers" and "more" pop over). */
  drawer: Drawer | null;
  /** The part of the 3D view that UI covers; the camera frames what is shown in the rest. */
  viewInsets: ViewInsets;
  /** Phones: the bottom sheet's height as a share of the 3D view's (dragged by its handle). */
  sheet: number;
  /** Other muscles whose zones are shown beside the selected one's (up to three). */
  compare: MuscleId[];
  /** Show only this referral pattern of the selected muscle (e.g. one trigger point's), or all. */
  zonePattern: string | null;
  /** "Where does it hurt?": painted skin points (neutral-pose world coordinates, with normals). */
  painPoints: { p: [number, number, number]; n: [number, number, number] }[];
  /** Muscles that glow like the selection without being selected (e.g. the iliacus beside the psoas). */
  highlight: MuscleId[];
  /** The system asks for reduced motion: nothing plays unless a person presses Play. */
  reducedMotion: boolean;
  /** A link, preset or host asked to play but reduced motion held it back (the timeline says so). */
  playHeld: boolean;
}

export interface Actions {
  /** Select a muscle or any other structure by id (null clears); an unknown id changes nothing. */
  select(id: string | null): void;
  setView(view: ViewId): void;
  /** Turn the body to a preset or stored camera (a structure's best view). */
  turnTo(view: ViewName): void;
  setLayer(layer: LayerId, on: boolean): void;
  setLayers(layers: LayerId[]): void;
  /** Draw a layer see-through (on) or solid. */
  setSeeThrough(layer: LayerId, on: boolean): void;
  setIsolate(ids: MuscleId[]): void;
  setSide(side: SideView): void;
  setMode(mode: Mode): void;
  setZones(on: boolean): void;
  setMotion(motion: MotionId | null): void;
  /** Play or pause by hand (a button, a key): always obeyed. */
  setPlaying(play: boolean): void;
  /** Play because a link, preset or host asked: held back when the system asks for reduced motion. */
  autoplay(): void;
  setSpeed(speed: number): void;
  setPhase(t: number): void;
  setHovered(h: string | null): void;
  notify(text: string, details?: string[]): void;
  dismiss(id: number): void;
  announce(text: string): void;
  apply(partial: Partial<ViewState>): void;
  set<K extends keyof UiState>(key: K, value: UiState[K]): void;
  setManual(name: CoordinateName, value: number): void;
  toggleHidden(id: MuscleId): void;
}

export type Store = ViewState & UiState & Actions;

let noticeId = 0;


export const useStore = create<Store>()((set, get) => ({
  ...DEFAULT_VIEW_STATE,
  hovered: null,
  viewNonce: 0,
  camera: null,
  frameNonce: 0,
  seek: 0,
  notices: [],
  status: '',
  helpOpen: false,
  modelErrors: [],
  stretchColours: false,
  xray: false,
  skinOpacity: 0.22,
  hiddenGroups: [],
  hidden: [],
  loop: true,
  range: null,
  manual: {},
  drawer: null,
  viewInsets: { top: 0, right: 0, bottom: 0, left: 0 },
  sheet: 0.5,
  compare: [],
  zonePattern: null,
  painPoints: [],
  highlight: [],
  reducedMotion: prefersReducedMotion(),
  playHeld: false,

  select: (id) =>
    set((s) => {
      const picked = selection(id);
      return picked ? { ...picked, zonePattern: id === s.muscle ? s.zonePattern : null } : {};
    }),
  setView: (view) => set((s) => ({ view, camera: null, viewNonce: s.viewNonce + 1 })),
  turnTo: (v) =>
    set((s) => (isStoredCamera(v) ? { camera: v, viewNonce: s.viewNonce + 1 } : { view: v, camera: null, viewNonce: s.viewNonce + 1 })),
  setLayer: (layer, on) =>
    set((s) => ({ layers: on ? [...new Set([...s.layers, layer])] : s.layers.filter((l) => l !== layer) })),
  setLayers: (layers) => set({ layers }),
  setSeeThrough: (layer, on) =>
    set((s) => ({
      seeThrough: LAYERS.filter((l) => (l === layer ? on : s.seeThrough.includes(l))),
    })),
  setIsolate: (isolate) => set({ isolate }),
  setSide: (side) => set({ side }),
  setMode: (mode) => set({ mode }),
  setZones: (zones) => set({ zones }),
  setMotion: (motion) => set(motion ? { motion, t: 0, range: null } : { motion, t: 0, range: null, playHeld: false }),
  // Pausing: the viewer bound to the store (runtime.ts) hands its running phase back as `t`.
  setPlaying: (play) => set(play ? { play, playHeld: false } : { play }),
  autoplay: () => set((s) => (s.reducedMotion ? { playHeld: true } : { play: true, playHeld: false })),
  setSpeed: (speed) => set({ speed: Math.min(4, Math.max(0.1, speed)) }),
  setPhase: (t) => set((s) => ({ t: Math.min(1, Math.max(0, t)), seek: s.seek + 1 })),
  setHovered: (hovered) => {
    if (get().hovered !== hovered) set({ hovered });
  },
  notify: (text, details) => {
    const id = ++noticeId;
    set((s) => ({ notices: [...s.notices.slice(-3), details?.length ? { id, text, details } : { id, text }] }));
    // Let people read it: ten seconds from when the page is ready (a slow first frame must not eat the time).
    // A notice with reasons to read stays until dismissed.
    if (!details?.length) whenReady(() => setTimeout(() => get().dismiss(id), 10_000));
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  announce: (status) => set({ status }),
  // A link's play=1 is a request, not a press: reduced motion holds it back.
  // A link's muscle or structure replaces the selection, whichever field held it.
  apply: (partial) =>
    set((s) => {
      const p = partial.muscle ? { ...partial, structure: null } : partial.structure ? { ...partial, muscle: null } : partial;
      return p.play && s.reducedMotion ? { ...p, play: false, playHeld: true } : p;
    }),
  set: (key, value) => set({ [key]: value } as Partial<Store>),
  // Moving a slider makes a pose of one's own: the motion stops and the pose holds.
  setManual: (name, value) =>
    set((s) => ({ manual: { ...s.manual, [name]: value }, motion: null, play: false, range: null, playHeld: false })),
  toggleHidden: (id) =>
    set((s) => ({ hidden: s.hidden.includes(id) ? s.hidden.filter((h) => h !== id) : [...s.hidden, id] })),
}));

/** The selection fields for an id: a muscle, another structure, nothing (null), or undefined when unknown. */
function selection(id: string | null): Pick<ViewState, 'muscle' | 'structure'> | undefined {
  if (id === null) return { muscle: null, structure: null };
  if (isMuscleId(id)) return { muscle: id, structure: null };
  return structureEntry(id) ? { muscle: null, structure: id } : undefined;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The link-carried part of the state. */
export function viewState(s: Store = useStore.getState()): ViewState {
  return {
    muscle: s.muscle,
    structure: s.structure,
    zones: s.zones,
    motion: s.motion,
    t: s.t,
    play: s.play,
    speed: s.speed,
    view: s.view,
    layers: s.layers,
    seeThrough: s.seeThrough,
    isolate: s.isolate,
    side: s.side,
    mode: s.mode,
  };
}
