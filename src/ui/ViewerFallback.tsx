/**
 * What stands in for the 3D view when this browser cannot draw it: why, in plain words, and what still
 * works. Used by the app, the presenter and the embed (the one fallback for every viewer).
 */
export function ViewerFallback({ reason, rest }: { reason: string; rest: string }) {
  return (
    <div className="no-webgl" role="img" aria-label="3D model unavailable: this browser cannot draw the model">
      <p>
        This browser cannot show the 3D model: {reason}. {rest}
      </p>
    </div>
  );
}
