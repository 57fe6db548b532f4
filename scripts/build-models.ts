/**
 * `npm run models`: build public/models/*.glb from the anatomy (bones from signed-distance shapes on the
 * landmarks, the body surface skinned to the segments), each structure's best view from them
 * (src/state/bestViews.json), and public/models/manifest.json, which records a hash of every source file
 * they are made from so that a test can tell when they are stale.
 *
 *   npx tsx scripts/build-models.ts [bones|body|views]   (default: all)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { BEST_VIEWS_FILE, writeBestViews } from './models/bestViews';
import { BONE_QUANTIZATION, buildBoneParts } from './models/bones';
import { buildDocument, type MeshPart, type Quantization, writeGlb } from './models/gltf';
import { MODEL_SOURCES, modelSourceHash, readManifest, type ModelEntry } from './models/manifest';
import { buildSkin } from './models/skin';

const which = process.argv[2];
const triangles = (parts: MeshPart[]) => parts.reduce((n, p) => n + p.indices.length / 3, 0);

mkdirSync('public/models', { recursive: true });
const manifest = readManifest();

async function emit(
  name: 'bones' | 'body',
  parts: MeshPart[],
  options: Parameters<typeof buildDocument>[1] = {},
  quantization: Quantization = {},
) {
  const bytes = await writeGlb(buildDocument(parts, options), quantization);
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
}

const started = Date.now();
if (!which || which === 'bones') await emit('bones', await buildBoneParts(), {}, BONE_QUANTIZATION);
if (!which || which === 'body') {
  const skin = await buildSkin();
  await emit('body', skin.parts, { skin: skin.skin });
}
if (!which || which === 'views') {
  await writeBestViews();
  manifest.derived = { ...manifest.derived, bestViews: { file: BEST_VIEWS_FILE, sourceHash: modelSourceHash('bestViews') } };
  console.log(`${BEST_VIEWS_FILE}: best views written`);
}
manifest.sources = MODEL_SOURCES;
writeFileSync('public/models/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
