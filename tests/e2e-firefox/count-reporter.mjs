/**
 * A node:test reporter that prints one closing line, `firefox: N passed, N failed`, for the CI
 * log reader (node's own summary says "# pass N / # fail N"), plus skipped and todo counts on
 * the next line when there are any. Counted as node counts: every test and subtest; skipped and
 * todo ones are neither passed nor failed. Used beside the spec reporter (see package.json).
 */
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let todo = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { skip, todo: isTodo } = event.data;
    if (skip !== undefined && skip !== false) skipped++;
    else if (isTodo !== undefined && isTodo !== false) todo++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield `\nfirefox: ${passed} passed, ${failed} failed\n`;
  if (skipped || todo) yield `(firefox: ${skipped} skipped, ${todo} todo)\n`;
}
