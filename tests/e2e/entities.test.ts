/**
 * Entity highlighting in real Chromium, on the bundled sample and (when ../shared exists) the
 * current-layout English page and the Russian page, at their mid.ru addresses:
 *  - shortly after the sidebar appears, before the Entities tab is opened, `CSS.highlights` (the
 *    page document's registry, read from the page's main world) holds `bl-entity-person`,
 *    `-place`, `-organization` and `-date`, each with ranges, and known entities are painted;
 *  - painting adds no node to the page: its element count equals that of the same HTML served at
 *    not-mid.example (where the extension does not run), before and after toggling; the colours
 *    live in an adopted stylesheet (`::highlight(bl-entity-…)` rules);
 *  - the type and master toggles clear and restore the highlights, and are remembered across a
 *    reload (extension storage);
 *  - an index entry walks through its mentions (scrolls each into view, marks it with
 *    `bl-entity-flash` until the next walk) and narrows the table of contents to the sections that mention it,
 *    which "Show all sections" undoes;
 *  - no console errors from the extension.
 * One browser for the file; every test opens its own page with cleared extension storage.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ENTITY_FIXTURES,
  FLASH,
  HIGHLIGHT,
  TYPES,
  TYPE_LABEL,
  census,
  contentsTab,
  entitiesPanel,
  entitiesTab,
  entityIndex,
  flashState,
  indexEntry,
  masterSwitch,
  mentionRects,
  mentionsWord,
  registry,
  typeCheckbox,
  type EntityFixture,
  type EntityType,
  type RegistryEntry,
} from './entities-support.ts';
import { formatProblems, routeKey, sidebar, tocButton, waitForSidebar } from './support.ts';
import { SAMPLE, outlineOf, poll, sectionTexts, startHarness, tocTitleOf, type Harness } from './sidebar-support.ts';

let h: Harness;

before(async () => {
  h = await startHarness(ENTITY_FIXTURES.map((f) => f.page));
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

const PAINT_TIMEOUT = 5_000;

type Sizes = Record<EntityType, number>;

function sizesOf(reg: Record<string, RegistryEntry>): Sizes {
  return Object.fromEntries(TYPES.map((t) => [t, reg[HIGHLIGHT[t]]?.size ?? 0])) as Sizes;
}

/** Waits until every type in `want` is painted (size > 0) and every other type is not. */
async function expectPainted(p: Page, want: readonly EntityType[], when: string, ms = PAINT_TIMEOUT): Promise<Sizes> {
  const ok = await poll(async () => {
    const s = sizesOf(await registry(p));
    return TYPES.every((t) => (want.includes(t) ? s[t] > 0 : s[t] === 0));
  }, ms);
  const s = sizesOf(await registry(p));
  assert.ok(ok, `${when}: painted types should be [${want.join(', ')}] within ${ms} ms; highlight sizes are ${JSON.stringify(s)}`);
  return s;
}

/** Waits until the highlight sizes equal `want` exactly. */
async function expectSizes(p: Page, want: Sizes, when: string, ms = 2_000): Promise<void> {
  const ok = await poll(async () => JSON.stringify(sizesOf(await registry(p))) === JSON.stringify(want), ms);
  assert.ok(ok, `${when}: highlight sizes should be ${JSON.stringify(want)}, are ${JSON.stringify(sizesOf(await registry(p)))}`);
}

async function openEntitiesTab(p: Page): Promise<void> {
  await entitiesTab(p).click();
  await masterSwitch(p).waitFor({ state: 'visible', timeout: 2_000 });
  // The index (and the counts) appear once the background has answered.
  await entityIndex(p).getByRole('button').first().waitFor({ state: 'visible', timeout: PAINT_TIMEOUT });
}

/** The element census of the same HTML where the extension does not run (not-mid.example). */
async function baselineCensus(f: EntityFixture) {
  const p = await h.open(`https://not-mid.example${routeKey(f.page.url)}`, { waitForSidebar: false });
  try {
    const c = await census(p);
    assert.equal(c.hosts, 0, 'precondition: the extension does not run on not-mid.example');
    return c;
  } finally {
    await p.close();
  }
}

for (const f of ENTITY_FIXTURES) {
  const opts = { skip: f.page.skip, timeout: 30_000 };
  const label = f.page.label;
  const open = (url = f.page.url) => h.open(url, { reducedMotion: f.page !== SAMPLE });

  test(`all four entity types are painted with CSS Custom Highlights, no node added to the page: ${label}`, opts, async () => {
    const base = await baselineCensus(f);
    const p = await open();
    try {
      await expectPainted(p, TYPES, 'after the sidebar appeared');
      assert.equal(await entitiesTab(p).getAttribute('aria-selected'), 'false', 'painted before the Entities tab was opened');

      const reg = await registry(p);
      for (const t of TYPES) {
        const texts = reg[HIGHLIGHT[t]].texts;
        assert.ok(
          texts.every((s) => s.trim().length > 0),
          `${HIGHLIGHT[t]} has no empty range`,
        );
        for (const want of f.painted[t]) {
          assert.ok(texts.includes(want), `${HIGHLIGHT[t]} has a range "${want}" (ranges: ${JSON.stringify(texts.slice(0, 30))}…)`);
        }
      }
      assert.equal(reg[FLASH]?.size ?? 0, 0, 'nothing is flashed at rest');

      const c = await census(p);
      assert.equal(c.hosts, 2, 'our two host elements (x-…: frame and toolbar) in <html>');
      assert.equal(c.elements, base.elements, `the page has as many elements (host excluded) as without the extension (${base.elements})`);
      assert.equal(c.injected, base.injected, 'no <style>, <mark> or span.bl-entity was added');
      assert.ok(c.adoptedSheets >= 1, 'an adopted stylesheet carries the highlight colours');
      for (const t of TYPES) {
        // Entities are underlined, not filled: the reader's own highlights keep the fills.
        const rule = c.adoptedRules.find((r) => r.startsWith(`::highlight(${HIGHLIGHT[t]})`));
        assert.ok(rule, `an adopted rule styles ::highlight(${HIGHLIGHT[t]}) (rules: ${JSON.stringify(c.adoptedRules)})`);
        assert.match(rule, /text-decoration[^;]*underline/, `::highlight(${HIGHLIGHT[t]}) underlines (${rule})`);
        assert.doesNotMatch(rule, /background/, `::highlight(${HIGHLIGHT[t]}) sets no background (${rule})`);
      }
    } finally {
      await p.close();
    }
  });

  test(`the type and master toggles clear and restore the highlights, DOM unchanged: ${label}`, opts, async () => {
    const p = await open();
    try {
      const full = await expectPainted(p, TYPES, 'after the sidebar appeared');
      const before = await census(p);
      await openEntitiesTab(p);

      // Each type's checkbox shows its count: the number of index entries under that type.
      for (const t of TYPES) {
        const name = (await typeCheckbox(p, t).evaluate((el) => el.closest('label')?.textContent ?? '')).replace(/\s+/g, ' ').trim();
        const entries = await entityIndex(p).getByRole('region', { name: TYPE_LABEL[t], exact: true }).getByRole('button').count();
        assert.equal(
          name,
          `${TYPE_LABEL[t]} ${entries}`,
          `the ${TYPE_LABEL[t]} checkbox shows the number of ${TYPE_LABEL[t]} in the index`,
        );
        assert.equal(await typeCheckbox(p, t).isChecked(), true, `${TYPE_LABEL[t]} starts checked`);
      }
      assert.equal(await masterSwitch(p).isChecked(), true, 'the master switch starts checked');

      await typeCheckbox(p, 'person').uncheck();
      await expectSizes(p, { ...full, person: 0 }, 'People unchecked');
      assert.equal((await registry(p))[HIGHLIGHT.person], undefined, `${HIGHLIGHT.person} is removed from CSS.highlights`);
      await typeCheckbox(p, 'person').check();
      await expectSizes(p, full, 'People checked again');

      await masterSwitch(p).uncheck();
      await expectSizes(p, { person: 0, place: 0, organization: 0, date: 0 }, 'master switch off');
      const off = await census(p);
      assert.deepEqual(
        off.adoptedRules.filter((r) => r.includes('::highlight(bl-entity-')),
        [],
        'master switch off: no ::highlight(bl-entity-…) rule is left',
      );
      assert.equal(off.elements, before.elements, 'master switch off: element count unchanged');
      assert.equal(off.injected, before.injected, 'master switch off: no node injected');
      for (const t of TYPES) assert.equal(await typeCheckbox(p, t).isDisabled(), true, `master off: ${TYPE_LABEL[t]} is disabled`);

      await masterSwitch(p).check();
      await expectSizes(p, full, 'master switch on again');
      const on = await census(p);
      assert.equal(on.elements, before.elements, 'master switch on again: element count unchanged');
      assert.equal(on.injected, before.injected, 'master switch on again: no node injected');

      const stored = await h.storedSettings();
      assert.equal(stored?.entitiesOn, true, `stored entitiesOn is true (${JSON.stringify(stored)})`);
    } finally {
      await p.close();
    }
  });

  test(`type and master toggles are remembered across a reload: ${label}`, opts, async () => {
    const p = await open();
    try {
      await expectPainted(p, TYPES, 'after the sidebar appeared');
      await openEntitiesTab(p);
      await typeCheckbox(p, 'place').uncheck();
      await expectPainted(p, ['person', 'organization', 'date'], 'Places unchecked', 2_000);
      const savedPlaces = await poll(
        async () => ((await h.storedSettings())?.entityTypes as Record<string, boolean> | undefined)?.place === false,
        2_000,
      );
      assert.ok(savedPlaces, `entityTypes.place === false is stored (${JSON.stringify(await h.storedSettings())})`);

      await p.reload({ waitUntil: 'load' });
      await waitForSidebar(p);
      await expectPainted(p, ['person', 'organization', 'date'], 'reloaded with Places unchecked');
      assert.equal((await registry(p))[HIGHLIGHT.place], undefined, `${HIGHLIGHT.place} is not in CSS.highlights after the reload`);
      await openEntitiesTab(p);
      assert.equal(await typeCheckbox(p, 'place').isChecked(), false, 'Places is still unchecked after the reload');
      for (const t of ['person', 'organization', 'date'] as const)
        assert.equal(await typeCheckbox(p, t).isChecked(), true, `${TYPE_LABEL[t]} is checked`);

      await masterSwitch(p).uncheck();
      await expectPainted(p, [], 'master switch off', 2_000);
      const savedOff = await poll(async () => (await h.storedSettings())?.entitiesOn === false, 2_000);
      assert.ok(savedOff, `entitiesOn === false is stored (${JSON.stringify(await h.storedSettings())})`);

      await p.reload({ waitUntil: 'load' });
      await waitForSidebar(p);
      await openEntitiesTab(p); // the index is there: entities were found, and painting ran
      await new Promise((r) => setTimeout(r, 300));
      const reg = await registry(p);
      assert.deepEqual(
        Object.keys(reg).filter((n) => n.startsWith('bl-entity-')),
        [],
        'reloaded with the master switch off: no bl-entity-* highlight',
      );
      assert.equal(await masterSwitch(p).isChecked(), false, 'the master switch is still off after the reload');
      assert.equal(await typeCheckbox(p, 'place').isChecked(), false, 'Places is still unchecked');

      // Switching back on paints the three remembered types.
      await masterSwitch(p).check();
      await expectPainted(p, ['person', 'organization', 'date'], 'master switch back on (Places still off)');
    } finally {
      await p.close();
    }
  });

  test(`an index entry walks through its mentions and narrows the table of contents: ${label}`, opts, async () => {
    const w = f.walk;
    const o = outlineOf(f.page);
    const p = await open();
    try {
      await expectPainted(p, TYPES, 'after the sidebar appeared');
      await p.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
      const vh = await p.evaluate(() => window.innerHeight);
      const at0 = await mentionRects(p, w);
      assert.ok(at0, `${HIGHLIGHT[w.type]} is painted`);
      assert.equal(at0.length, w.mentions, `the page has ${w.mentions} painted mentions of ${w.label} (${JSON.stringify(at0)})`);
      assert.ok(at0[0].top > vh, `precondition: the first mention of ${w.label} is below the fold (top ${at0[0].top}, viewport ${vh})`);

      await openEntitiesTab(p);
      const entry = indexEntry(p, w.label);
      const described = await entry.evaluate((b) => {
        const id = b.getAttribute('aria-describedby');
        const root = b.getRootNode() as Document | ShadowRoot;
        return id ? (root.getElementById(id)?.textContent ?? null) : null;
      });
      assert.equal(described, `${w.mentions} mentions`, `the "${w.label}" entry is described as "${w.mentions} mentions"`);

      for (const k of [0, 1]) {
        const before = await p.evaluate(() => window.scrollY);
        await entry.click();
        const flashed = await poll(async () => (await flashState(p, w)).index === k, 2_000);
        const fs = await flashState(p, w);
        assert.ok(flashed, `click ${k + 1}: ${FLASH} marks mention ${k + 1} of ${w.label} (flash: ${JSON.stringify(fs)})`);
        assert.equal(fs.size, 1, `click ${k + 1}: ${FLASH} holds one range`);
        assert.ok(fs.text && w.surfaces.includes(fs.text), `click ${k + 1}: the flashed text "${fs.text}" is a mention of ${w.label}`);

        const seen = await poll(async () => {
          const r = (await mentionRects(p, w))?.[k];
          return !!r && r.top >= 0 && r.bottom <= vh;
        }, 2_000);
        const r = (await mentionRects(p, w))?.[k];
        assert.ok(
          seen,
          `click ${k + 1}: mention ${k + 1} of ${w.label} is in the viewport (rect ${JSON.stringify(r)}, viewport ${vh}, scrolled from ${before})`,
        );
        const status = await entitiesPanel(p).getByRole('status').textContent();
        assert.equal(status?.trim(), `${w.label}: mention ${k + 1} of ${w.mentions}`, `click ${k + 1}: the status names the mention`);
      }
      // No timed flash: the mention walked to stays marked (the reader may look away) until the next walk.
      await p.waitForTimeout(2_000);
      const kept = await flashState(p, w);
      assert.deepEqual(
        [kept.size, kept.index],
        [1, 1],
        `${FLASH} still marks mention 2 of ${w.label} a while later (flash: ${JSON.stringify(kept)})`,
      );

      // The table of contents lists only the sections whose text mentions the entity.
      const texts = await sectionTexts(p, o);
      const mentioning = new Set(texts.map((t, i) => (w.surfaces.some((s) => mentionsWord(t, s)) ? i : -1)).filter((i) => i >= 0));
      assert.ok(
        mentioning.size >= 1 && mentioning.size < texts.length,
        `precondition: ${w.label} is in some sections but not all (${mentioning.size} of ${texts.length})`,
      );
      const titles = texts.map((_, i) => tocTitleOf(o, i));
      const shownTitles = new Set([...mentioning].map((i) => titles[i]));

      await contentsTab(p).click();
      const n = mentioning.size;
      const notice = sidebar(p).getByText(`Showing ${n} ${n === 1 ? 'section' : 'sections'} that mention ${w.label}`);
      await notice.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
      assert.ok(await notice.isVisible(), `the notice "Showing ${n} … that mention ${w.label}" is shown`);
      const listed = async () => {
        const out: string[] = [];
        for (const t of new Set(titles)) if ((await tocButton(p, t).count()) > 0) out.push(t);
        return out;
      };
      assert.deepEqual(
        await listed(),
        [...new Set(titles)].filter((t) => shownTitles.has(t)),
        'the table of contents lists only the sections that mention it',
      );

      await sidebar(p).getByRole('button', { name: 'Show all sections', exact: true }).click();
      await notice.waitFor({ state: 'detached', timeout: 2_000 }).catch(() => undefined);
      assert.equal(await notice.count(), 0, 'the notice is gone after "Show all sections"');
      assert.deepEqual(await listed(), [...new Set(titles)], '"Show all sections" lists every section again');
    } finally {
      await p.close();
    }
  });
}

test('no console errors or uncaught exceptions (entity tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
