/**
 * Role and accessible-name queries that run inside a page or frame, for both e2e suites
 * (playwright-core on Chromium, puppeteer-core on Firefox): the tests say "the button named
 * Save note in the dialog named Highlight and note" the way a screen reader user would, not in
 * one driver's locator dialect.
 *
 * Everything here builds JS *source*: a driver evaluates the expression in a page or frame
 * (`page.evaluate(src)`, `frame.evaluateHandle(src)`). Source, not functions, because tsx
 * compiles functions with esbuild's keepNames, which wraps inner functions in `__name(...)`,
 * a helper that does not exist in the page.
 *
 * The roles and names are a practical subset of ARIA and accname 1.2, the same subset
 * Playwright's role locators implement for the elements our UI uses: an explicit `role`, else the
 * element's implicit role; the name from aria-labelledby, aria-label, a <label>, alt/legend/
 * caption, the content (for roles named from content), then title and placeholder. Queries walk
 * into open shadow roots (not into frames: a frame is its own scope). Hidden elements (not
 * rendered, or under aria-hidden="true") are left out unless asked for.
 */

/** One step of a query: matches are looked for inside the previous step's matches. */
export interface RoleStep {
  role: string;
  /** A string matches as Playwright's does: exact (after whitespace normalisation) or, with `exact: false`, a case-insensitive substring. */
  name?: string | RegExp;
  /** Default true. */
  exact?: boolean;
  /** Default false: elements that are not rendered or are aria-hidden do not match. */
  includeHidden?: boolean;
}

/** What `snapshotSource` gives for each element with a role. */
export interface RoleNode {
  role: string;
  name: string;
  hidden: boolean;
}

type WireStep = { role: string; name?: string | { source: string; flags: string }; exact: boolean; includeHidden: boolean };

function wire(steps: RoleStep[]): WireStep[] {
  return steps.map((s) => ({
    role: s.role,
    ...(s.name === undefined ? {} : { name: s.name instanceof RegExp ? { source: s.name.source, flags: s.name.flags } : s.name }),
    exact: s.exact ?? true,
    includeHidden: s.includeHidden ?? false,
  }));
}

/**
 * The page-side library, an expression evaluating to `{ queryAll, roleOf, nameOf, isHidden,
 * snapshot }`. `scope` is a Document, ShadowRoot or Element.
 */
export const ROLE_LIB_JS = String.raw`(() => {
  const norm = (s) => (s || '').replace(/[\s\u00a0]+/g, ' ').trim();
  const IMPLICIT = {
    ARTICLE: 'article', ASIDE: 'complementary', BUTTON: 'button', DIALOG: 'dialog', DETAILS: 'group',
    FIELDSET: 'group', FIGURE: 'figure', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading',
    H5: 'heading', H6: 'heading', HR: 'separator', LI: 'listitem', MAIN: 'main', MENU: 'list',
    NAV: 'navigation', OL: 'list', OPTION: 'option', OUTPUT: 'status', P: 'paragraph',
    PROGRESS: 'progressbar', TABLE: 'table', TBODY: 'rowgroup', TD: 'cell', TEXTAREA: 'textbox',
    TFOOT: 'rowgroup', TH: 'columnheader', THEAD: 'rowgroup', TR: 'row', UL: 'list',
  };
  const INPUT = {
    button: 'button', checkbox: 'checkbox', email: 'textbox', image: 'button', number: 'spinbutton',
    radio: 'radio', range: 'slider', reset: 'button', search: 'searchbox', submit: 'button',
    tel: 'textbox', text: 'textbox', url: 'textbox',
  };
  const FROM_CONTENT = new Set(['button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading',
    'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader',
    'switch', 'tab', 'tooltip', 'treeitem']);
  const SECTIONING = 'article, aside, main, nav, section';

  const parentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
  const closestAcross = (el, sel) => {
    for (let e = parentOf(el); e; e = parentOf(e)) if (e.matches(sel)) return e;
    return null;
  };

  function roleOf(el) {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    if (explicit && explicit !== 'none' && explicit !== 'presentation') return explicit;
    if (explicit) return '';
    const tag = el.tagName;
    if (tag === 'A' || tag === 'AREA') return el.hasAttribute('href') ? 'link' : '';
    if (tag === 'INPUT') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (el.hasAttribute('list') && ['text', 'search', 'email', 'tel', 'url'].includes(type)) return 'combobox';
      return INPUT[type] || '';
    }
    if (tag === 'SELECT') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'IMG') return el.getAttribute('alt') === '' ? '' : 'img';
    if (tag === 'SECTION') return hasOwnName(el) ? 'region' : '';
    if (tag === 'FORM') return hasOwnName(el) ? 'form' : '';
    if (tag === 'HEADER') return closestAcross(el, SECTIONING) ? '' : 'banner';
    if (tag === 'FOOTER') return closestAcross(el, SECTIONING) ? '' : 'contentinfo';
    return IMPLICIT[tag] || '';
  }
  const hasOwnName = (el) => !!(norm(el.getAttribute('aria-label')) || norm(el.getAttribute('aria-labelledby')) || norm(el.getAttribute('title')));

  function isHidden(el) {
    for (let e = el; e; e = parentOf(e)) {
      if (e.getAttribute('aria-hidden') === 'true') return true;
    }
    if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true });
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0;
  }

  const byId = (el, id) => (el.getRootNode().getElementById ? el.getRootNode().getElementById(id) : null) || document.getElementById(id);

  // The text alternative of a node as part of a name being computed (accname steps 2C-2G).
  function textOf(node, visited) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || visited.has(node)) return '';
    visited.add(node);
    const el = node;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return '';
    if (isHidden(el)) return '';
    const label = norm(el.getAttribute('aria-label'));
    if (label) return label;
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return el.value || '';
    if (el.tagName === 'SELECT') return el.selectedOptions[0] ? el.selectedOptions[0].textContent : '';
    if (el.tagName === 'IMG') return el.getAttribute('alt') || '';
    const inline = getComputedStyle(el).display.startsWith('inline');
    const inner = contentOf(el, visited);
    return inline ? inner : ' ' + inner + ' ';
  }
  const contentOf = (el, visited) =>
    Array.from(el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes, (k) => textOf(k, visited)).join('');

  function nameOf(el) {
    const visited = new Set();
    const labelledby = norm(el.getAttribute('aria-labelledby'));
    if (labelledby) {
      const parts = labelledby.split(' ').map((id) => byId(el, id)).filter(Boolean);
      if (parts.length) return norm(parts.map((p) => textOf(p, new Set([el]))).join(' '));
    }
    const label = norm(el.getAttribute('aria-label'));
    if (label) return label;
    const tag = el.tagName;
    if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes((el.type || '').toLowerCase())) {
      return norm(el.value) || (el.type === 'submit' ? 'Submit' : el.type === 'reset' ? 'Reset' : '');
    }
    if ((tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') && el.labels && el.labels.length) {
      return norm(Array.from(el.labels, (l) => textOf(l, new Set([el]))).join(' '));
    }
    if (tag === 'IMG' || (tag === 'INPUT' && el.type === 'image')) {
      const alt = norm(el.getAttribute('alt'));
      if (alt) return alt;
    }
    const caption = tag === 'FIELDSET' ? el.querySelector(':scope > legend') : tag === 'TABLE' ? el.caption : tag === 'FIGURE' ? el.querySelector(':scope > figcaption') : null;
    if (caption) return norm(textOf(caption, visited));
    if (FROM_CONTENT.has(roleOf(el))) {
      visited.add(el);
      const text = norm(contentOf(el, visited));
      if (text) return text;
    }
    return norm(el.getAttribute('title')) || norm(el.getAttribute('placeholder'));
  }

  // Every element under scope in tree order, open shadow roots included (after their host).
  function descendants(scope) {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (scope.shadowRoot) walk(scope.shadowRoot);
    walk(scope);
    return out;
  }

  function nameMatches(name, step) {
    if (step.name === undefined) return true;
    if (typeof step.name === 'object') return new RegExp(step.name.source, step.name.flags).test(name);
    const want = norm(step.name);
    return step.exact ? name === want : name.toLowerCase().includes(want.toLowerCase());
  }

  function queryAll(scope, steps) {
    let scopes = [scope];
    for (const step of steps) {
      const found = [];
      for (const s of scopes) {
        for (const el of descendants(s)) {
          if (found.includes(el) || roleOf(el) !== step.role) continue;
          if (!step.includeHidden && isHidden(el)) continue;
          if (nameMatches(nameOf(el), step)) found.push(el);
        }
      }
      scopes = found;
    }
    return scopes;
  }

  function snapshot(scope) {
    return descendants(scope)
      .map((el) => ({ el, role: roleOf(el) }))
      .filter((x) => x.role && x.role !== 'paragraph' && x.role !== 'generic')
      .map(({ el, role }) => ({ role, name: nameOf(el), hidden: isHidden(el) }));
  }

  return { queryAll, roleOf, nameOf, isHidden, snapshot };
})()`;

/** Source of an expression evaluating to every element matching `steps` under `scopeExpr`. */
export function queryAllSource(scopeExpr: string, steps: RoleStep[]): string {
  return `((scope) => scope ? ${ROLE_LIB_JS}.queryAll(scope, ${JSON.stringify(wire(steps))}) : [])(${scopeExpr})`;
}

/** Source of an expression evaluating to the `index`-th match (default the first), or null. */
export function querySource(scopeExpr: string, steps: RoleStep[], index = 0): string {
  return `(${queryAllSource(scopeExpr, steps)})[${index}] || null`;
}

/** Source of an expression evaluating to the role and name of every element under `scopeExpr` with a role (paragraphs left out), for failure messages. */
export function snapshotSource(scopeExpr: string): string {
  return `((scope) => scope ? ${ROLE_LIB_JS}.snapshot(scope) : [])(${scopeExpr})`;
}

/** Source of a function `(el) => string`: the accessible name of an element (for evaluate on a handle). */
export const NAME_OF_JS = `(el) => ${ROLE_LIB_JS}.nameOf(el)`;

/** A readable one-line description of a query, for messages: `dialog "Highlight and note" > button "Save note"`. */
export function describeSteps(steps: RoleStep[]): string {
  return steps
    .map((s) => (s.name === undefined ? s.role : `${s.role} ${s.name instanceof RegExp ? String(s.name) : JSON.stringify(s.name)}`))
    .join(' > ');
}
