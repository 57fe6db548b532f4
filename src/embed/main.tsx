/** Entry of /embed.html: read the link, open the postMessage bridge, then draw the viewer. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';
import { startBridge } from './bridge';
import { EmbedApp } from './EmbedApp';
import './embed.css';

// Outside React, so that StrictMode's double effects cannot apply the link or open the bridge twice.
startUrlSync();
const bridge = startBridge();
if (bridge.problem) useStore.getState().notify(`Link: ${bridge.problem}.`);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp bridge={bridge} />
  </StrictMode>,
);
