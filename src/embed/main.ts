/**
 * Entry of /embed.html, kept small: an iframe of the viewer in someone's article loads only this until
 * the frame is near the reader's view, then the viewer itself (startEmbed). A page opened on its own, or
 * with `loading=eager`, starts at once.
 */
const start = () => import('./startEmbed');

const framed = window.parent !== window;
const eager = new URLSearchParams(window.location.search).get('loading') === 'eager';
if (!framed || eager || typeof IntersectionObserver !== 'function') void start();
else {
  // Inside a frame the observer measures against the reader's viewport: start when the frame nears it.
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      void start();
    },
    { rootMargin: '300px' },
  );
  io.observe(document.documentElement);
}
