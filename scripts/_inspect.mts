import { readFileSync } from 'node:fs';
import { readGlb } from './models/gltf.ts';
const doc = await readGlb(readFileSync(process.argv[2] ?? 'public/models/bones.glb'));
for (const n of doc.getRoot().listNodes()) console.log(n.getName(), JSON.stringify(n.getExtras()), n.getTranslation().map(v=>v.toFixed(3)).join(','), n.getScale().map(v=>v.toFixed(3)).join(','), n.getMesh()?.getName(), n.listChildren().length);
