/**
 * One viewer's muscle bodies, outside React: a mesh per muscle from public/models/muscles.glb, bound to
 * the muscle's fibres and posed on the GPU from one shared path texture. Per pose the CPU only evaluates
 * the paths (the same polylines whose lengths the CLI prints) and each body's bounding box; picking and
 * the trigger-point marks deform just the vertices they need on the CPU, with the shader's arithmetic.
 */
import * as THREE from 'three';
import type { Pose } from '../../anatomy/model/coordinates';
import type { Frames } from '../../anatomy/model/kinematics';
import { MUSCLES, type Muscle } from '../../anatomy/muscles/catalog';
import { type BoundBody, boundBody } from '../../geometry/bodies/bodyGeometry';
import { deformVertex } from '../../geometry/bodies/deform';
import { STATIONS } from '../../geometry/bodies/pathPoser';
import { emptyStationBox, growByStations } from '../../geometry/bodies/stationBox';
import { PathTexture } from '../../geometry/bodies/pathTexture';
import { BodyPick } from '../../geometry/picking/bodyPick';
import type { GroupHit } from '../../geometry/picking/triangleGroups';
import { type BodyMaterial, bodyMaterial } from './bodyMaterial';

export interface MuscleBody {
  muscle: Muscle;
  /** Index in MUSCLES (and in the frame state's lengths). */
  index: number;
  /** Path-texture rows of its fibres. */
  rows: number[];
  mesh: THREE.Mesh;
  material: BodyMaterial;
  bound: BoundBody;
  /** Largest rest offset of a vertex from its fibre, m (for the posed bounds). */
  reach: number;
}

export interface BodyColours {
  belly: THREE.Color;
  tendon: THREE.Color;
  select: THREE.Color;
}

export class MuscleBodies {
  readonly paths: PathTexture;
  readonly list: MuscleBody[] = [];
  private readonly byId = new Map<string, MuscleBody>();
  /** Per muscle picked so far: its pick groups and the pose version they hold. */
  private readonly picked = new Map<string, { version: number; pick: BodyPick }>();
  private readonly stationBox = new Float64Array(7);
  private readonly hit: GroupHit = { distance: 0, triangle: 0, u: 0, v: 0 };
  private version = 0;
  private readonly marks = new Map<string, number>();

  /** `models`: the loaded muscles.glb scene; muscles without a node there are simply not drawn. */
  constructor(models: THREE.Object3D, colours: BodyColours) {
    this.paths = new PathTexture(MUSCLES.flatMap((m) => m.fibres));
    models.updateMatrixWorld(true);
    let row = 0;
    MUSCLES.forEach((muscle, index) => {
      const rows = muscle.fibres.map((_, k) => row + k);
      row += muscle.fibres.length;
      const node = models.getObjectByName(muscle.id) as THREE.Mesh | undefined;
      if (!node?.isMesh) return;
      const bound = boundBody(node, rows, this.paths.poser.restStations);
      this.paths.poser.addBody(muscle.id, rows);
      const material = bodyMaterial(colours);
      material.userData.uniforms.uPaths.value = this.paths.texture;
      const mesh = new THREE.Mesh(bound.geometry, material);
      mesh.name = muscle.id;
      mesh.userData = { kind: 'muscle', id: muscle.id };
      mesh.matrixAutoUpdate = false;
      let reach = 0;
      const { offsetA, offsetB } = bound.binding;
      for (let i = 0; i < offsetA.length; i += 3) {
        reach = Math.max(
          reach,
          Math.hypot(offsetA[i]!, offsetA[i + 1]!, offsetA[i + 2]!),
          Math.hypot(offsetB[i]!, offsetB[i + 1]!, offsetB[i + 2]!),
        );
      }
      const body: MuscleBody = { muscle, index, rows, mesh, material, bound, reach };
      mesh.raycast = (raycaster, hits) => this.raycast(body, raycaster, hits);
      bound.geometry.boundingBox = new THREE.Box3();
      bound.geometry.boundingSphere = new THREE.Sphere();
      this.list.push(body);
      this.byId.set(muscle.id, body);
    });
    this.updateBounds();
  }

  /** Pose the paths (frames must be computeFrames(pose)); bodies follow on the GPU. */
  pose(frames: Frames, pose: Pose): void {
    this.paths.update(frames, pose);
    this.version++;
    this.updateBounds();
  }

  /** Each body's posed box: its fibres' stations grown by its reach at the largest station scale. */
  private updateBounds(): void {
    const d = this.paths.poser.data;
    const box = this.stationBox;
    for (const b of this.list) {
      emptyStationBox(box);
      for (let k = 0; k < b.rows.length; k++) growByStations(d, b.rows[k]!, 0, STATIONS - 1, box);
      // Never less than the rest reach: a margin that costs at most a few more box tests.
      const r = b.reach * Math.max(1, box[6]!);
      const g = b.bound.geometry;
      g.boundingBox!.min.set(box[0]! - r, box[1]! - r, box[2]! - r);
      g.boundingBox!.max.set(box[3]! + r, box[4]! + r, box[5]! + r);
      g.boundingBox!.getBoundingSphere(g.boundingSphere!);
    }
  }

  get(id: string): MuscleBody | undefined {
    return this.byId.get(id);
  }

  /**
   * Hit test against the posed surface: the body's box first (a ray through the pelvis meets two dozen of
   * the muscles' spheres but far fewer of their boxes), then its groups of triangles (BodyPick: only those
   * under the ray are deformed on the CPU) and its nearest front face (one hit per body: what is under the
   * pointer).
   */
  private raycast(b: MuscleBody, raycaster: THREE.Raycaster, hits: THREE.Intersection[]): void {
    const ray = raycaster.ray;
    if (!b.mesh.visible || !ray.intersectsBox(b.bound.geometry.boundingBox!)) return;
    const index = b.bound.geometry.index!.array;
    let p = this.picked.get(b.muscle.id);
    if (!p) {
      p = { version: -1, pick: new BodyPick(b.bound.binding, b.bound.positions, index) };
      this.picked.set(b.muscle.id, p);
    }
    if (p.version !== this.version) {
      p.version = this.version;
      p.pick.setPose(this.paths.poser.data);
    }
    const { origin: o, direction: d } = ray;
    if (!p.pick.nearest(o.x, o.y, o.z, d.x, d.y, d.z, raycaster.near, raycaster.far, this.hit)) return;
    const t = this.hit.triangle;
    const [ia, ib, ic] = [index[t * 3]!, index[t * 3 + 1]!, index[t * 3 + 2]!];
    const positions = p.pick.positions;
    const corner = (i: number) => new THREE.Vector3().fromArray(positions, i * 3);
    const normal = THREE.Triangle.getNormal(corner(ia), corner(ib), corner(ic), new THREE.Vector3());
    hits.push({
      distance: this.hit.distance,
      point: ray.at(this.hit.distance, new THREE.Vector3()),
      object: b.mesh,
      face: { a: ia, b: ib, c: ic, normal, materialIndex: 0 },
      faceIndex: t,
    });
  }

  /**
   * A point on the surface of muscle `id` over fibre `fibre` at `along` (0 = origin, 1 = insertion),
   * as posed now: the vertex of that fibre's section standing farthest from it (the body's outer side:
   * bodies lie on their bone and bulge away from it). False when the muscle is not drawn.
   */
  pointOn(id: string, fibre: number, along: number, out: Float64Array): boolean {
    const b = this.byId.get(id);
    if (!b) return false;
    const key = `${id}:${fibre}:${along}`;
    let v = this.marks.get(key);
    if (v === undefined) {
      v = markVertex(b, Math.min(fibre, b.rows.length - 1), along);
      this.marks.set(key, v);
    }
    deformVertex(this.paths.poser.data, b.bound.binding, v, out, 0);
    return true;
  }

  dispose(): void {
    this.paths.dispose();
    for (const b of this.list) {
      b.bound.geometry.dispose();
      b.material.dispose();
    }
  }
}

/** The vertex standing farthest from fibre `k` near station coordinate `along` × (STATIONS − 1). */
function markVertex(b: MuscleBody, k: number, along: number): number {
  const { bind, offsetA, count } = b.bound.binding;
  const row = b.rows[k]!;
  const x = Math.min(1, Math.max(0, along)) * (STATIONS - 1);
  let best = 0;
  let bestScore = -Infinity;
  for (let v = 0; v < count; v++) {
    if (bind[v * 4] !== row) continue;
    const dx = Math.abs(bind[v * 4 + 1]! - x);
    const off = Math.hypot(offsetA[v * 3]!, offsetA[v * 3 + 1]!, offsetA[v * 3 + 2]!);
    // Within a station of the point: the farthest out; beyond, nearer stations first.
    const score = dx <= 1 ? off : off - (dx - 1) * 0.05;
    if (score > bestScore) {
      bestScore = score;
      best = v;
    }
  }
  return best;
}
