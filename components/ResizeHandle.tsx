/** The sidebar's left edge: drag it, or focus it and use the arrow keys, to change the width. */
import { MAX_WIDTH, MIN_WIDTH } from '../lib/page/settings';

const STEP = 20;

export interface ResizeHandleProps {
  width: number;
  label: string;
  onResize: (w: number) => void;
  onCommit: (w: number) => void;
  /** The page follows a pointer drag (the pointer leaves the frame at once). */
  startDrag: (grab: number, cb: (width: number, done: boolean) => void) => void;
}

export function ResizeHandle({ width, label, onResize, onCommit, startDrag }: ResizeHandleProps) {
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    // Where on the edge it was taken (the frame's left edge is its x = 0), so the edge keeps that offset.
    startDrag(e.clientX, (w, done) => (done ? onCommit(w) : onResize(w)));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = e.key === 'ArrowLeft' ? STEP : e.key === 'ArrowRight' ? -STEP : 0;
    if (!delta) return;
    e.preventDefault();
    onResize(width + delta);
    onCommit(width + delta);
  };
  return (
    <div
      class="bl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
