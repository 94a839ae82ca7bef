/**
 * A page and the answers the role queries of ./roles.ts must give on it, for any driver to check
 * the helper in its real browser (tests/e2e-firefox/roles.test.ts does in Firefox). Each case is
 * what our tests lean on: implicit roles, names from each source, hidden things left out, open
 * shadow roots pierced and closed ones not, nested steps, exact / substring / RegExp names.
 */
import type { RoleStep } from './roles.ts';

export const ROLES_PAGE = String.raw`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>roles</title>
<style>.gone { display: none } .invisible { visibility: hidden }</style></head>
<body>
<header><a href="/home">Home</a></header>
<nav aria-label="Table of contents">
  <h2>Statements <span>5</span></h2>
  <ul>
    <li><button>First   section</button> <button aria-label="Copy link to First section">🔗</button></li>
    <li><button><span aria-hidden="true">★</span>Second section</button></li>
    <li><button class="gone">Hidden by CSS</button><button hidden>Hidden attribute</button></li>
    <li aria-hidden="true"><button>Under aria-hidden</button></li>
    <li><button class="invisible">Invisible</button></li>
  </ul>
</nav>
<nav aria-labelledby="other-h"><h2 id="other-h">Other navigation</h2><button>First section</button></nav>
<article><header>Not a banner</header><h1>Article heading</h1></article>
<section>no name, no region</section>
<section aria-label="Named region"><p>text</p></section>
<form role="search"><label for="q">Search this briefing</label><input id="q" type="search"></form>
<label>Note <textarea></textarea></label>
<label>Tags (comma-separated) <input type="text"></label>
<input type="text" placeholder="Only a placeholder">
<input type="checkbox" id="c"><label for="c">Yellow</label>
<input type="submit" value="Send">
<img src="data:," alt="A picture"><img src="data:," alt="">
<div role="toolbar" aria-label="Highlight the selection"><button title="Highlight yellow"></button><button>Add note</button></div>
<div role="presentation"><button role="tab" aria-selected="true">Notes</button></div>
<table><caption>Figures</caption><tr><th>Head</th><td>Cell</td></tr></table>
<div id="open-host"></div><div id="closed-host"></div>
<script>
  const open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.innerHTML = '<aside aria-label="Briefing Lens"><span id="inner-label">Inside label</span><button aria-labelledby="inner-label">x</button><div id="nested"></div></aside>';
  open.getElementById('nested').attachShadow({ mode: 'open' }).innerHTML = '<button>Deep button</button>';
  document.getElementById('closed-host').attachShadow({ mode: 'closed' }).innerHTML = '<button>Closed button</button>';
</script>
</body></html>`;

export interface RolesCase {
  what: string;
  steps: RoleStep[];
  /** The accessible names of the matches, in tree order. */
  names: string[];
}

export const ROLES_CASES: RolesCase[] = [
  {
    what: 'buttons of a named navigation, named from content (whitespace collapsed, aria-hidden text left out) or aria-label; hidden ones left out',
    steps: [{ role: 'navigation', name: 'Table of contents' }, { role: 'button' }],
    names: ['First section', 'Copy link to First section', 'Second section'],
  },
  {
    what: 'hidden buttons come back with includeHidden',
    steps: [
      { role: 'navigation', name: 'Table of contents' },
      { role: 'button', includeHidden: true },
    ],
    names: [
      'First section',
      'Copy link to First section',
      'Second section',
      'Hidden by CSS',
      'Hidden attribute',
      'Under aria-hidden',
      'Invisible',
    ],
  },
  {
    what: 'exact name: every button of the page so named',
    steps: [{ role: 'button', name: 'First section' }],
    names: ['First section', 'First section'],
  },
  {
    what: 'a name from aria-labelledby',
    steps: [{ role: 'navigation', name: 'Other navigation' }, { role: 'button' }],
    names: ['First section'],
  },
  {
    what: 'substring, case-insensitive, when not exact',
    steps: [{ role: 'button', name: 'SECTION', exact: false }],
    names: ['First section', 'Copy link to First section', 'Second section', 'First section'],
  },
  { what: 'a RegExp name', steps: [{ role: 'heading', name: /^Statements(\s+\d+)?$/ }], names: ['Statements 5'] },
  { what: 'headings', steps: [{ role: 'heading' }], names: ['Statements 5', 'Other navigation', 'Article heading'] },
  { what: 'header is a banner only outside sectioning content', steps: [{ role: 'banner' }], names: [''] },
  { what: 'a section is a region only when named', steps: [{ role: 'region' }], names: ['Named region'] },
  { what: 'links need an href', steps: [{ role: 'link' }], names: ['Home'] },
  {
    what: 'search landmark and searchbox named by <label for>',
    steps: [{ role: 'search' }, { role: 'searchbox' }],
    names: ['Search this briefing'],
  },
  {
    what: 'textboxes named by a wrapping label, or by a placeholder',
    steps: [{ role: 'textbox' }],
    names: ['Note', 'Tags (comma-separated)', 'Only a placeholder'],
  },
  { what: 'a checkbox named by <label for>', steps: [{ role: 'checkbox' }], names: ['Yellow'] },
  { what: 'a submit input named by its value', steps: [{ role: 'button', name: 'Send' }], names: ['Send'] },
  { what: 'img needs a non-empty alt to be an img', steps: [{ role: 'img' }], names: ['A picture'] },
  {
    what: 'a toolbar; a button named by its title',
    steps: [{ role: 'toolbar', name: 'Highlight the selection' }, { role: 'button' }],
    names: ['Highlight yellow', 'Add note'],
  },
  { what: 'role="presentation" drops the role; an explicit role wins', steps: [{ role: 'tab' }], names: ['Notes'] },
  { what: 'table parts', steps: [{ role: 'table', name: 'Figures' }, { role: 'cell' }], names: ['Cell'] },
  {
    what: 'open shadow roots are pierced (nested too); aria-labelledby resolves inside the root',
    steps: [{ role: 'complementary', name: 'Briefing Lens' }, { role: 'button' }],
    names: ['Inside label', 'Deep button'],
  },
  { what: 'closed shadow roots are not', steps: [{ role: 'button', name: 'Closed button' }], names: [] },
];
