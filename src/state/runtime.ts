/**
 * One viewer's runtime: everything that changes per frame or belongs to one canvas — the pose driver's
 * playhead and memo, the frame state (pose, segment frames, lengths), the camera, and the canvas's
 * "draw a frame" request. Each viewer owns one and hands it to its scene through React context
 * (runtimeContext.ts), so two viewers can share a document (compare mode) and every per-frame reader
 * names where its values come from.
 *
 * What drives the pose: the store (the app's viewer, the embed's, the first pane of compare mode), or a
 * pose spec of the runtime's own (the other compare pane). A store-driven runtime is bound to the store
 * by `bindToStore`: the store holds the paused phase `t`; while playing, the playhead runs here, and a
 * pause hands it back to the store, so the URL and the embed API see where playback stopped.
 */
import type { StoreApi } from 'zustand';
import { standOnFloor } from '../anatomy/model/contact';
import { type CoordinateName, neutralPose, poseFrom } from '../anatomy/model/coordinates';
import { MOTIONS, type MotionId } from '../anatomy/motions';
import { commitPose, createFrameState, type FrameState } from './frame';
import { createPerf } from './perf';
import type { Store } from './store';
import type { ViewId } from './types';

/** How a viewer's pose is chosen: a motion at a phase (playing or not), or a pose made by hand. */
export interface PoseSpec {
  motion: MotionId | null;
  /** Phase while paused, 0..1. */
  t: number;
  play: boolean;
  speed: number;
  /** Loop only this part of the motion. */
  range: readonly [number, number] | null;
  loop: boolean;
  /** The hand-made pose used when no motion is chosen (degrees, gait2392 names). */
  manual: Partial<Record<CoordinateName, number>>;
}

/** The camera of one viewer, as the UI needs it (set by the scene's camera rig). */
export interface CameraHandle {
  /** Pictures of the view from these presets (for the handout); the camera returns where it was. */
  snapshot(views: ViewId[]): Promise<string[]>;
  /** Put the camera somewhere precise (screenshots, tests). */
  lookAt(position: readonly number[], target: readonly number[], smooth: boolean): void;
  /** The covered part of the view (fractions of its size) that the camera's last fit framed the body around. */
  fittedInsets(): { top: number; right: number; bottom: number; left: number };
}

/** Points on the muscles as drawn in the current pose (for marks drawn on a muscle: trigger points). */
export interface MusclePoints {
  /** World position of the point `along` (0 = origin, 1 = insertion) fibre `fibre` of muscle `id`, on its surface facing out; false when the muscle is not drawn. */
  pointOn(id: string, fibre: number, along: number, out: Float64Array): boolean;
}

/**
 * Points of a drawn layer in one segment's frame (e.g. the corners of the skin around the thigh), from
 * which the viewer frames the body in any pose without touching the meshes.
 */
export interface SegmentPoints {
  segment: number;
  /** xyz triples in the segment's frame, metres. */
  points: Float64Array;
}

export type PoseSource = { kind: 'store' } | { kind: 'own'; spec: PoseSpec };

const noop = () => {};

export class ViewerRuntime {
  readonly frame: FrameState = createFrameState();
  readonly source: PoseSource;
  /** A short name for tests and debugging ("main", "compare-a"). */
  readonly name: string;
  camera: CameraHandle | null = null;
  /** Frame counter and timings for the bench. */
  readonly perf = createPerf();
  /** Outline points of the loaded models by layer ('bones', 'skin'), set by the scene as they load. */
  readonly outlines = new Map<string, SegmentPoints[]>();
  /**
   * Bumped when `outlines` changes, or when the selected structure is first drawn (its layer's chunk
   * arrived: structures/Structures.tsx), so the camera refits.
   */
  outlinesVersion = 0;
  /** Set by the scene's muscles once they are drawn. */
  musclePoints: MusclePoints | null = null;
  /** False while the viewer is out of sight (an embed scrolled away): a playing motion then draws no frames. */
  visible = true;
  /** Ask this viewer's canvas to draw a frame (render on demand); the scene sets it. */
  invalidate: () => void = noop;
  /** The phase playback has reached (the store's `t` rules while paused). */
  playhead = 0;
  private store: StoreApi<Store> | null = null;
  private readonly frameListeners: (() => void)[] = [];
  private lastMotion: MotionId | null | undefined;
  private lastPhase = -1;
  private lastManual: object | undefined;

  constructor(name: string, source: PoseSource = { kind: 'store' }) {
    this.name = name;
    this.source = source;
    if (source.kind === 'own') this.playhead = source.spec.t;
  }

  /** The pose spec in force now. */
  spec(): PoseSpec {
    if (this.source.kind === 'own') return this.source.spec;
    if (!this.store) throw new Error(`viewer runtime "${this.name}" follows the store but is not bound to one`);
    return this.store.getState();
  }

  /** Whether the pose will change on the next frame by itself (a motion playing). */
  get playing(): boolean {
    const s = this.spec();
    return Boolean(s.motion && s.play);
  }

  /**
   * Advance playback by `delta` seconds and pose the body for this frame. Returns true when the pose
   * changed (so the caller can ask for another frame while playing).
   */
  step(delta: number): boolean {
    const s = this.spec();
    let phase = s.t;
    if (s.motion && s.play) {
      const m = MOTIONS[s.motion];
      const [from, to] = s.range ?? [0, 1];
      phase = this.playhead + (Math.min(delta, 0.1) * s.speed) / m.duration;
      if (phase < from) phase = from;
      if (phase >= to) {
        if (s.loop) phase = s.range || !m.periodic ? from + (phase - to) : phase - Math.floor(phase);
        else {
          phase = to;
          this.playhead = to;
          this.pause();
        }
      }
    }
    this.playhead = phase;
    return this.poseAt(phase);
  }

  /** Pose the body at `phase` of the current motion, or the hand-made pose; cheap when nothing changed. */
  poseAt(phase: number): boolean {
    const { motion, manual } = this.spec();
    if (motion === this.lastMotion && phase === this.lastPhase && manual === this.lastManual) return false;
    this.lastMotion = motion;
    this.lastPhase = phase;
    this.lastManual = manual;
    const f = this.frame;
    f.phase = phase;
    if (motion) MOTIONS[motion].evaluate(phase, f.pose);
    else standOnFloor(poseFrom(manual, neutralPose(), f.pose));
    commitPose(f);
    return true;
  }

  /**
   * Call `fn` now and after every frame this viewer draws, until the returned function is called — for
   * DOM readouts of the motion (phase, lengths, plot marker), which write to the DOM directly, not
   * through React. Nothing runs while the canvas rests.
   */
  onFrame(fn: () => void): () => void {
    this.frameListeners.push(fn);
    fn();
    return () => {
      const i = this.frameListeners.indexOf(fn);
      if (i >= 0) this.frameListeners.splice(i, 1);
    };
  }

  /** The scene calls this once a frame has been updated (before it is drawn). */
  frameDone(): void {
    const l = this.frameListeners;
    for (let i = 0; i < l.length; i++) l[i]!();
  }

  /** Force every per-pose consumer to redo its work (e.g. after the GPU context came back). */
  touch(): void {
    this.frame.version++;
    this.invalidate();
  }

  private pause(): void {
    if (this.source.kind === 'own') {
      this.source.spec.play = false;
      this.source.spec.t = this.playhead;
    } else this.store?.getState().setPlaying(false);
  }

  /**
   * Follow `store` (for a runtime whose source is the store). The playhead jumps wherever the store's
   * phase is set; a pause writes the playhead back into the store. Returns the unsubscribe function.
   */
  bindToStore(store: StoreApi<Store>): () => void {
    if (this.source.kind !== 'store') throw new Error(`viewer runtime "${this.name}" has a pose of its own`);
    this.store = store;
    this.playhead = store.getState().t;
    const unsubscribe = store.subscribe((s, prev) => {
      const seeked = s.t !== prev.t || s.seek !== prev.seek;
      if (seeked) this.playhead = s.t;
      else if (prev.play && !s.play) store.setState({ t: this.playhead });
      this.invalidate();
    });
    return () => {
      unsubscribe();
      if (this.store === store) this.store = null;
    };
  }
}
