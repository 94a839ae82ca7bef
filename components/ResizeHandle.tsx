/** The sidebar's left edge: drag it, or focus it and use the arrow keys, to change the width. */
import { MAX_WIDTH, MIN_WIDTH } from '../lib/page/settings';

const STEP = 20;

export function ResizeHandle({ width, label, onResize, onCommit }: { width: number; label: string; onResize: (w: number) => void; onCommit: (w: number) => void }) {
  const onPointerDown = (e: PointerEvent) => {
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const startX = e.clientX;
    const startW = width;
    let last = startW;
    const move = (ev: PointerEvent) => {
      last = startW + (startX - ev.clientX);
      onResize(last);
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      onCommit(last);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
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
