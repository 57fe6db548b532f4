/** Entry of /embed.html: read the link, open the postMessage bridge, then draw the viewer. */
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp bridge={bridge} runtime={runtime} />
  </StrictMode>,
);
