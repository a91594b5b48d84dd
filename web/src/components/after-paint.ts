/**
 * Runs `callback` once the browser has painted the current frame: a task queued from the next
 * animation frame runs after that frame's rendering. For work the first paint need not wait for.
 * Returns a function that cancels the callback if it has not run yet.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without animation frames (a hidden or non-visual document) there is no paint to wait for.
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
