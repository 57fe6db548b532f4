/**
 * `npm run models`: build public/models/*.glb from the anatomy (bones from signed-distance shapes on the
 * landmarks, the muscle bodies along their fibre paths, the body surface skinned to the segments; bones
 * and muscles with ambient occlusion baked in), each structure's best view from them
 * (src/state/bestViews.json), public/models/manifest.json, which records a hash of every source file
 * they are made from so that a test can tell when they are stale, and src/cli/body-surface.bin, the
 * built body's surface for `myomap refer` (read back from body.glb itself).
 *
 *   npx tsx scripts/build-models.ts [bones|muscles|body|views]   (default: all)
 *   npx tsx scripts/build-models.ts surface              (only the surface file, from the body.glb on disk)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BEST_VIEWS_FILE, writeBestViews } from './models/bestViews';
import { buildBoneParts } from './models/bones';
import { buildDocument, type InstancePart, type MeshPart, writeGlb } from './models/gltf';
import { MODEL_SOURCES, type ModelEntry, type ModelName, modelSourceHash, readManifest } from './models/manifest';
import { buildMuscleBodies, muscleParts } from './models/muscles';
import { boneParts, occludeBodies, occludeBones } from './models/occlusion';
import { decodeBodyGlb } from './models/readBody';
import { buildSkin } from './models/skin';
import { BODY_SURFACE_FILE, bodySurfaceFrom } from './models/surface';

const which = process.argv[2];
/** Triangles drawn: an instance draws its source's. */
function triangles(parts: (MeshPart | InstancePart)[]): number {
  const own = new Map(parts.flatMap((p) => ('indices' in p ? [[p.name, p.indices.length / 3] as const] : [])));
  return parts.reduce((n, p) => n + ('indices' in p ? p.indices.length / 3 : (own.get(p.instanceOf) ?? 0)), 0);
}

mkdirSync('public/models', { recursive: true });
const manifest = readManifest();

async function emit(
  name: ModelName,
  parts: (MeshPart | InstancePart)[],
  options: Parameters<typeof buildDocument>[1] = {},
) {
  const bytes = await writeGlb(buildDocument(parts, options));
  writeFileSync(`public/models/${name}.glb`, bytes);
  const entry: ModelEntry = {
    file: `${name}.glb`,
    bytes: bytes.length,
    triangles: triangles(parts),
    nodes: parts.map((p) => p.name),
    sourceHash: modelSourceHash(name),
  };
  manifest.models[name] = entry;
  console.log(`${name}.glb: ${entry.bytes} bytes, ${entry.triangles} triangles, ${entry.nodes.length} nodes`);
  return bytes;
}

const started = Date.now();
if (which === 'surface') {
  const glb = new Uint8Array(readFileSync('public/models/body.glb'));
  writeFileSync(BODY_SURFACE_FILE, bodySurfaceFrom(glb, await decodeBodyGlb(glb)));
  console.log(`${BODY_SURFACE_FILE}: written from public/models/body.glb`);
  process.exit(0);
}
let bones: MeshPart[] | undefined;
if (!which || which === 'bones') {
  bones = await buildBoneParts();
  await emit('bones', occludeBones(bones));
}
if (!which || which === 'muscles') {
  const bodies = await buildMuscleBodies(undefined, true);
  await emit('muscles', muscleParts(bodies, occludeBodies(bodies, await boneParts(bones))));
}
if (!which || which === 'body') {
  const skin = await buildSkin();
  const glb = await emit('body', skin.parts, { skin: skin.skin });
  writeFileSync(BODY_SURFACE_FILE, bodySurfaceFrom(glb, await decodeBodyGlb(glb)));
  console.log(`${BODY_SURFACE_FILE}: the same surface for \`myomap refer\``);
}
if (!which || which === 'views') {
  await writeBestViews();
  manifest.derived = { ...manifest.derived, bestViews: { file: BEST_VIEWS_FILE, sourceHash: modelSourceHash('bestViews') } };
  console.log(`${BEST_VIEWS_FILE}: best views written`);
}
manifest.sources = MODEL_SOURCES;
writeFileSync('public/models/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
