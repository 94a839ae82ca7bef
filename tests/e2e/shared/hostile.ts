/**
 * A hostile ministry page, for both browsers' suites: a main-world script installed before any
 * other (a keylogger and a harvester of everything the page can reach), and the write attempts
 * it makes afterwards. See tests/e2e/trust-boundary.test.ts and tests/e2e-firefox/notes.test.ts.
 */

/** Installed in the page's main world before any other script. */
export const HOSTILE = String.raw`(() => {
  const log = [];
  window.__keylog = log;
  const types = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'textInput', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'change', 'focusin'];
  for (const t of types) {
    const rec = (e) => log.push({ t, key: e.key || '', data: e.data || '', target: (e.target && e.target.nodeName) || '' });
    window.addEventListener(t, rec, true);
    document.addEventListener(t, rec, true);
  }
  window.__harvest = () => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el.tagName);
        for (const a of Array.from(el.attributes)) out.push(a.name + '=' + a.value);
        if ('value' in el && el.value != null) out.push(String(el.value));
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.tagName === 'IFRAME') { try { if (el.contentDocument) walk(el.contentDocument); } catch (e) { out.push('iframe:denied'); } }
      }
      out.push(root.textContent || '');
    };
    walk(document);
    out.push(document.documentElement.outerHTML);
    for (let i = 0; i < frames.length; i++) { try { out.push(frames[i].document.documentElement.outerHTML); } catch (e) { out.push('frame:denied'); } }
    try { out.push(JSON.stringify(localStorage), JSON.stringify(sessionStorage)); } catch (e) {}
    return out.join('\n');
  };
})()`;

/** The write attempts, run in the page's main world. */
export const ATTACK = String.raw`async ({ extensionId, sidebarUrls }) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const report = [];
  // (The page keeps itself from navigating away while it clicks around.)
  for (const a of document.querySelectorAll('a[href]')) a.setAttribute('href', '#stay');
  for (const f of document.forms) f.addEventListener('submit', (e) => e.preventDefault());
  // 1. Select article text ourselves, then click everywhere the toolbar could be.
  const p = document.querySelector('div.text.article-content p');
  getSelection().selectAllChildren(p);
  p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  await sleep(400);
  for (let x = 5; x < innerWidth; x += 20) {
    for (let y = 5; y < innerHeight; y += 20) {
      const el = document.elementFromPoint(x, y);
      if (!el) continue;
      el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: x, clientY: y }));
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y, button: 0 }));
      if (typeof el.click === 'function') el.click();
    }
  }
  report.push('clicked the grid');
  // 2. Messages to every frame, in the shapes our channel uses.
  const forged = [
    { type: 'notes/new', draft: { selectors: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }], section: null, quote: 'x', url: location.href, language: 'en' }, color: 'pink', then: 'none' },
    { type: 'highlights/create' }, { type: 'highlights/delete', id: '*' }, { type: 'notes/open', id: '*' },
    { type: 'highlights/update', id: '*', baseVersion: 1, patch: { note: 'owned' } },
  ];
  for (let i = 0; i < frames.length; i++) for (const m of forged) { try { frames[i].postMessage(m, '*'); } catch (e) {} }
  for (const m of forged) window.postMessage(m, '*');
  report.push('posted to ' + frames.length + ' frames');
  // 3. The extension's messaging from a web page.
  try { chrome.runtime.sendMessage(extensionId, { type: 'highlights/listAll' }, () => {}); report.push('sendMessage callable'); } catch (e) { report.push('no runtime: ' + e.message); }
  // 4. Frame the sidebar page ourselves (its plain address; and the frame's own, as if leaked).
  for (const src of sidebarUrls) {
    const f = document.createElement('iframe');
    f.src = src;
    f.className = 'hostile-frame';
    document.body.append(f);
  }
  // 5. Forge WXT's "newer content script started" event.
  document.dispatchEvent(new CustomEvent(extensionId + ':briefing:wxt:content-script-started', { detail: { contentScriptName: 'briefing', messageId: 'forged' } }));
  window.postMessage({ type: extensionId + ':briefing:wxt:content-script-started', contentScriptName: 'briefing', messageId: 'forged' }, '*');
  await sleep(1500);
  return report;
}`;
