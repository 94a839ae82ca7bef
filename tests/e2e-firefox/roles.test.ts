/**
 * The shared role/name queries (../e2e/shared/roles.ts) checked in Firefox itself, on a page made
 * for it (../e2e/shared/roles-cases.ts) and served from a host the extension does not run on:
 * the rest of the suite finds everything through them, so they must be right in this engine.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { ROLES_CASES, ROLES_PAGE } from '../e2e/shared/roles-cases.ts';
import { describeSteps } from '../e2e/shared/roles.ts';
import { launchFirefox, type Firefox } from './harness.ts';
import { names, pageScope, query } from './ui.ts';

const URL = 'https://not-mid.example/roles-test/';
let ff: Firefox;
let page: Page;

before(async () => {
  ff = await launchFirefox({ pages: { [URL]: ROLES_PAGE } });
  page = await ff.open(URL);
});
after(async () => {
  await ff?.close();
});

for (const c of ROLES_CASES) {
  test(`${c.what}: ${describeSteps(c.steps)}`, async () => {
    assert.deepEqual(await names(pageScope(page), c.steps), c.names);
  });
}

test('a query gives an element handle a driver can act on', async () => {
  const el = await query(pageScope(page), [
    { role: 'toolbar', name: 'Highlight the selection' },
    { role: 'button', name: 'Add note' },
  ]);
  assert.ok(el, 'the "Add note" button is found');
  assert.equal(await el.evaluate((e) => e.textContent), 'Add note');
  assert.equal(await query(pageScope(page), [{ role: 'button', name: 'No such button' }]), null);
});

test('the test page logged no error', () => {
  assert.deepEqual(ff.problems, []);
});
