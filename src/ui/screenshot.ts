/** Save what the 3D view shows as a PNG (the canvas keeps its drawing buffer for this). */
import { selectedId } from '../state/selection';
import { useStore } from '../state/store';

export function saveScreenshot(): void {
  const canvas = document.querySelector<HTMLCanvasElement>('.viewer-canvas canvas');
  if (!canvas) {
    useStore.getState().notify('There is no 3D view to capture.');
    return;
  }
  const s = useStore.getState();
  const name = `myomap-${selectedId(s) ?? 'view'}-${s.view}.png`;
  canvas.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    s.announce(`Saved ${name}`);
  }, 'image/png');
}
