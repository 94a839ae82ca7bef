/**
 * Waits for the briefing to arrive. The site may first serve an anti-bot interstitial that
 * swaps in the article later, or fill the article in after load: re-run detection on DOM
 * changes (debounced) until a verdict is reached or we give up.
 */
import { detectBriefing, type Detection } from './page';

export interface WatchOptions {
  /** Stop waiting after this long with no article (the interstitial may never clear). */
  timeoutMs?: number;
  debounceMs?: number;
}

type Verdict = Extract<Detection, { status: 'briefing' | 'not-briefing' | 'off-site' }>;

export function watchForBriefing(doc: Document, href: () => string, onVerdict: (d: Verdict) => void, opts: WatchOptions = {}): () => void {
  const { timeoutMs = 60_000, debounceMs = 150 } = opts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  let done = false;
  const stop = () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    clearTimeout(giveUp);
  };
  const check = () => {
    if (done) return;
    const d = detectBriefing(doc, href());
    if (d.status === 'interstitial' || d.status === 'no-article') return;
    stop();
    onVerdict(d);
  };
  const giveUp = setTimeout(stop, timeoutMs);
  check();
  if (!done) {
    observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, debounceMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }
  return stop;
}
