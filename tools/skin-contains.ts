/**
 * Dev tool: how deep under the neutral skin (public/models/body.glb) the bones and, if given, the muscle
 * bodies lie: per node, the shallowest vertex (negative: outside the skin), and where it is.
 *   npx tsx tools/skin-contains.ts [muscles.glb] [--all] [--body=other/body.glb] [--bones=other/bones.glb]
 */
import { readFileSync } from 'node:fs';
import { neutralFrames, toWorld } from '../src/anatomy/model/kinematics';
import { isSegmentId } from '../src/anatomy/model/segments';
import { readGlb } from '../scripts/models/gltf';
import { loadBodyMesh } from '../scripts/models/readBody';
import { depthUnder } from '../src/geometry/skin/clearance';

const args = process.argv.slice(2);
const musclesFile = args.find((a) => !a.startsWith('--'));
const all = args.includes('--all');
const bodyArg = args.find((a) => a.startsWith('--body='));
const depth = depthUnder(await loadBodyMesh(bodyArg ? bodyArg.slice(7) : undefined));

/** Every mesh node of a glb, positions through the node's world matrix, then `place` (e.g. a segment's frame). */
async function nodes(file: string, place: (node: string, extras: unknown, p: number[]) => number[]) {
  const doc = await readGlb(new Uint8Array(readFileSync(file)));
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getMesh())
    .map((node) => {
      const pos = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
      const m = node.getWorldMatrix();
      const out: number[][] = [];
      const e: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, e);
        const p = [0, 1, 2].map((r) => m[r]! * e[0]! + m[4 + r]! * e[1]! + m[8 + r]! * e[2]! + m[12 + r]!);
        out.push(place(node.getName(), node.getExtras(), p));
      }
      return { name: node.getName(), points: out };
    });
}

function report(label: string, list: { name: string; points: number[][] }[]) {
  console.log(`— ${label}: shallowest vertex under the skin (mm), right side and midline`);
  const rows = list
    .filter((n) => !n.name.endsWith('_l'))
    .map((n) => {
      let min = Number.POSITIVE_INFINITY;
      let at: number[] = [];
      let outside = 0;
      for (const p of n.points) {
        const d = depth(p);
        if (d < 0) outside++;
        if (d < min) [min, at] = [d, p];
      }
      return { name: n.name, min, at, outside, total: n.points.length };
    })
    .sort((a, b) => a.min - b.min);
  for (const r of rows) {
    if (!all && r.min > 0.003) continue;
    console.log(
      `${r.name.padEnd(28)} ${(r.min * 1000).toFixed(1).padStart(7)}  ${r.outside}/${r.total} outside  at ${r.at.map((v) => v.toFixed(3)).join(', ')}`,
    );
  }
}

const frames = neutralFrames();
report(
  'bones',
  await nodes(args.find((a) => a.startsWith('--bones='))?.slice(8) ?? 'public/models/bones.glb', (_name, extras, p) => {
    const segment = (extras as { segment?: string }).segment ?? '';
    return isSegmentId(segment) ? toWorld(frames, segment, p as [number, number, number]) : p;
  }),
);
if (musclesFile) report('muscles', await nodes(musclesFile, (_n, _e, p) => p));
