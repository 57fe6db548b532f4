/**
 * The path frames of every drawn fibre as a float texture for the body vertex shader: one row per fibre,
 * two RGBA texels per station (see pathPoser.ts). The texture reads the poser's own array, so a pose
 * update is one upload of a few tens of kilobytes and no copy.
 */
import * as THREE from 'three';
import { neutralPose, type Pose } from '../../anatomy/model/coordinates';
import { type Frames, neutralFrames } from '../../anatomy/model/kinematics';
import type { Fibre } from '../../anatomy/muscles/catalog';
import { PathPoser, STATIONS } from './pathPoser';

export class PathTexture {
  readonly poser: PathPoser;
  readonly texture: THREE.DataTexture;

  constructor(fibres: readonly Fibre[]) {
    this.poser = new PathPoser(fibres, neutralFrames(), neutralPose());
    this.texture = new THREE.DataTexture(
      this.poser.data,
      STATIONS * 2,
      Math.max(1, fibres.length),
      THREE.RGBAFormat,
      THREE.FloatType,
    );
    this.texture.magFilter = THREE.NearestFilter;
    this.texture.minFilter = THREE.NearestFilter;
    this.texture.generateMipmaps = false;
    this.texture.needsUpdate = true;
  }

  /** Pose every fibre (frames must be computeFrames(pose)) and mark the texture for upload. */
  update(frames: Frames, pose: Pose): void {
    this.poser.update(frames, pose);
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.texture.dispose();
  }
}
