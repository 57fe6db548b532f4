/**
 * `npx tsx scripts/roomProbe.ts`: prints three's RoomEnvironment as nine spherical-harmonic coefficients
 * (ROOM_SH in src/scene/roomLight.ts), measured in headless Chromium the way PMREMGenerator sees the
 * room: a 64² HalfFloat cube rendered at its centre (near 0.1, far 100), read by LightProbeGenerator.
 * Run it after a three.js upgrade that changes RoomEnvironment, and paste the result.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib/browser';
import { serve } from './lib/server';

const PAGE = `<!doctype html><script type="importmap">
{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { LightProbeGenerator } from 'three/addons/lights/LightProbeGenerator.js';
const renderer = new THREE.WebGLRenderer();
const target = new THREE.WebGLCubeRenderTarget(64, { type: THREE.HalfFloatType });
new THREE.CubeCamera(0.1, 100, target).update(renderer, new RoomEnvironment());
const probe = await LightProbeGenerator.fromCubeRenderTarget(renderer, target);
window.sh = probe.sh.coefficients.map((c) => [c.x, c.y, c.z]);
</script>`;

const dir = mkdtempSync(join(tmpdir(), 'myomap-room-'));
writeFileSync(join(dir, 'index.html'), PAGE);
const served = await serve(dir, { '/three/': 'node_modules/three/' });
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${served.url}/index.html`);
await page.waitForFunction('Array.isArray(window.sh)', null, { timeout: 60_000 });
const sh = (await page.evaluate('window.sh')) as number[][];
await browser.close();
await served.close();
const grey = sh.every(([r, g, b]) => Math.abs(r! - g!) < 1e-6 && Math.abs(g! - b!) < 1e-6);
console.log(grey ? `[${sh.map(([r]) => Number(r!.toFixed(4))).join(', ')}]` : JSON.stringify(sh));
