/** Entry of the app at `/`. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { installMotionHook, StretchLegend, Timeline } from './ui/motion';
import './ui/styles.css';

installMotionHook();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App timeline={<Timeline />} stageExtras={<StretchLegend />} />
  </StrictMode>,
);
