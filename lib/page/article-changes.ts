/**
 * Calls back (debounced) when the article's text changes: nodes added or removed, text edited.
 * Attribute changes are ignored — we set `tabindex` on headings we move focus to ourselves.
 */
export function watchArticleChanges(container: Element, onChange: () => void, debounceMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
