/**
 * The embedded viewer proper, loaded by /embed.html's small entry (main.ts) once the frame is in view:
 * read the link, open the postMessage bridge, then draw the viewer — and while the frame is scrolled
 * out of view, let it rest (a playing motion does not draw frames nobody sees).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ViewerRuntime } from '../state/runtime';
import { useStore } from '../state/store';
import { startStateRules } from '../state/rules';
import { startUrlSync } from '../state/urlSync';
import { startBridge } from './bridge';
import { EmbedApp } from './EmbedApp';
import './embed.css';

// Outside React, so that StrictMode's double effects cannot apply the link or open the bridge twice.
const runtime = new ViewerRuntime('embed');
runtime.bindToStore(useStore);
startUrlSync();
startStateRules();
const bridge = startBridge(() => runtime.playhead);
if (bridge.problem) useStore.getState().notify(`Link: ${bridge.problem}.`);

new IntersectionObserver((entries) => {
  runtime.visible = entries.some((e) => e.isIntersecting);
  if (runtime.visible) runtime.invalidate();
}).observe(document.documentElement);

const root = document.getElementById('root')!;
root.replaceChildren();
createRoot(root).render(
  <StrictMode>
    <EmbedApp bridge={bridge} runtime={runtime} />
  </StrictMode>,
);
