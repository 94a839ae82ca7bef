/**
 * Export to and import from the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
 *
 * ## Export
 * An `AnnotationCollection` whose `first` page embeds every `Annotation`:
 *
 *     { "@context": ["http://www.w3.org/ns/anno.jsonld", { "bl": "urn:x-briefing-lens:" }],
 *       "type": "AnnotationCollection", "id": "urn:uuid:…", "label": "…", "total": n,
 *       "generator": { "type": "Software", "name": "Briefing Lens" }, "generated": "…",
 *       "bl:format": 1, "bl:briefings": [BriefingRecord…],
 *       "first": { "type": "AnnotationPage", "startIndex": 0, "items": [Annotation…] } }
 *
 * One annotation per highlight:
 *   - `id`: `urn:uuid:<id>` when our id is a UUID; an imported annotation's own IRI as it was;
 *     else `urn:x-briefing-lens:highlight:<id, percent-encoded>`. Import maps each back, so ids
 *     survive any number of round trips and a re-import merges instead of duplicating.
 *   - `created` / `modified`: ISO 8601 with milliseconds, exactly our `created` / `updated`.
 *   - `body`: the note as a `TextualBody` with `purpose: "commenting"` (omitted when empty), then
 *     one `TextualBody` with `purpose: "tagging"` per tag, in order. No body: `motivation: "highlighting"`.
 *   - `target`: `{ type: "SpecificResource", source: <url>, selector: [TextQuoteSelector,
 *     TextPositionSelector], styleClass: "bl-<colour>" }` (the model puts `styleClass` on the
 *     specific resource). Selectors are written exactly as stored, in their order.
 *     Caveat: our `TextPositionSelector` offsets are UTF-16 code units of the article text (as
 *     Hypothesis's are), where the model counts code points; they differ only after a character
 *     outside the Basic Multilingual Plane (an emoji), which briefings practically never hold.
 *   - extension fields: `bl:briefingKey`, `bl:section` ({id, title, offset} or null),
 *     `bl:language` (when known); `bl:quote` only if the flat quote ever differs from the quote
 *     selector's `exact`.
 * Briefing index records travel whole in the collection's `bl:briefings`, so that export →
 * wipe → import gives back an identical database (briefings without highlights included).
 *
 * ## Import policy
 * Accepted: our export; any W3C `AnnotationCollection` with embedded pages, `AnnotationPage`,
 * single `Annotation`, or JSON array of annotations, whose targets are mid.ru briefing pages.
 *
 * The whole file is refused, and nothing can be applied, when it
 *   - is larger than `MAX_IMPORT_CHARS` or holds more than `MAX_ANNOTATIONS` annotations,
 *   - is not JSON,
 *   - does not have one of the shapes above (including an item of the list that is not an
 *     object of type `Annotation`, and collection pages that are links rather than embedded),
 *   - holds two annotations with the same id, or two briefing records with the same key.
 *
 * Otherwise each annotation is checked on its own (valibot schemas below, then the store's own
 * record schema in lib/store/records.ts, so that nothing enters the database that the background
 * would refuse from a page) and either planned
 * (new / updated / unchanged / older-than-ours) or rejected with a reason naming the field:
 * wrong types, missing quote, a target that is not a mid.ru briefing, several targets, a note,
 * tag list, tag or quote over the limits the store and the note editor share
 * (lib/store/limits.ts: the reason names the limit), or markup in a note or tag. A quote's
 * prefix / suffix longer than the store keeps is cut to the part nearest the quote (context
 * only finds the quote again; the reader's own text is never cut). The preview lists the rejected ones and the
 * reader may apply the valid rest; rejected annotations never touch the database.
 *
 * Markup: notes are plain text and the UI renders them only as text nodes, so `<script>` in a
 * note could do no harm here; but a note that looks like HTML did not come from Briefing Lens's
 * editor as intended and might reach a tool that renders it (a Markdown viewer), so import
 * rejects it. "Looks like HTML" means what an HTML parser would read as a tag, end tag,
 * comment or doctype: `<` directly followed by a letter, `/` or `!` (`<b>`, `</p`, `<!--`,
 * `<img src=x onerror=…>`). `a < b` and `<5` pass; `x<y` is (rightly, for a parser) a tag.
 * The same rule holds for a note the reader typed: such a note exports fine but will be
 * rejected on import, so the note editor should warn about it.
 *
 * Merge by id: an annotation whose id is not in the database is new; the same record is
 * unchanged; a different one replaces ours ("updated") unless ours was modified later than
 * it ("older": ours is kept). Briefing records merge the same way by key, on `lastSeen`,
 * keeping the earlier `firstSeen`. `apply.ts` writes a plan in one transaction.
 *
 * The code: w3c-format.ts (shapes, ids), w3c-export.ts, w3c-import.ts (the file),
 * w3c-records.ts (each item), w3c-merge.ts (the plan). This module re-exports them.
 */
import { MARKUP_RE } from '../store/plain-text';
import * as v from 'valibot';
import { canonicalBriefingKey } from '../store/canonical-url';
import { BriefingInputSchema, HighlightSchema, problemsOf } from '../store/records';
import { HIGHLIGHT_COLORS, type BriefingRecord, type HighlightColor, type HighlightRecord } from '../store/schema';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
export * from './w3c-format';
export * from './w3c-export';
export * from './w3c-records';
export * from './w3c-import';
export * from './w3c-merge';
export { MAX_CONTEXT_CHARS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from '../store/limits';
