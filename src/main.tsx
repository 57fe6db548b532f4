/** Entry of the app at `/`. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { StretchLegend, Timeline } from './ui/motion';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App timeline={<Timeline />} stageExtras={<StretchLegend />} />
  </StrictMode>,
);
