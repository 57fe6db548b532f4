/**
 * Dev: build only the bones (optionally only some) into public/models/bones.glb, without touching the
 * manifest. `npx tsx tools/build-bones-dev.ts [name,name]`. The real build is `npm run models`.
 */
import { writeFileSync } from 'node:fs';
import { buildBoneParts } from '../scripts/models/bones';
import { buildDocument, writeGlb } from '../scripts/models/gltf';

process.env.BONES_VERBOSE = '1';
const started = Date.now();
const parts = await buildBoneParts(process.argv[2]?.split(','));
const bytes = await writeGlb(buildDocument(parts));
writeFileSync(process.env.OUT ?? 'public/models/bones.glb', bytes);
const tris = parts.reduce((n, p) => n + p.indices.length / 3, 0);
console.log(`${bytes.length} bytes, ${tris} triangles, ${((Date.now() - started) / 1000).toFixed(1)} s`);
