/**
 * One requestAnimationFrame loop for the DOM readouts of the motion (phase, lengths, the plot marker):
 * they read the per-frame state in frame.ts and write to the DOM directly, never through React.
 * The loop runs only while something listens; it allocates nothing per frame.
 */
type Tick = () => void;

const ticks: Tick[] = [];
let handle = 0;

function loop() {
  for (let i = 0; i < ticks.length; i++) ticks[i]!();
  handle = requestAnimationFrame(loop);
}

/** Call `fn` once now and then every animation frame until the returned function is called. */
export function onTick(fn: Tick): () => void {
  ticks.push(fn);
  fn();
  if (!handle) handle = requestAnimationFrame(loop);
  return () => {
    const i = ticks.indexOf(fn);
    if (i >= 0) ticks.splice(i, 1);
    if (!ticks.length && handle) {
      cancelAnimationFrame(handle);
      handle = 0;
    }
  };
}
