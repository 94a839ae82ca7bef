/** Validation problems as readable text: the one place valibot issues become words. */
import * as v from 'valibot';

/** `path: message` for each of the first `max` issues. */
export function issuesText(issues: readonly v.BaseIssue<unknown>[], max = 3): string[] {
  return issues.slice(0, max).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Validation problems of `value` against `schema`, at most five; [] when valid. */
export function problemsOf(schema: v.GenericSchema, value: unknown): string[] {
  const r = v.safeParse(schema, value);
  return r.success ? [] : issuesText(r.issues, 5);
}

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

type VariantSchema = v.GenericSchema & { options: readonly { entries: { type: { literal: string } } }[] };

/**
 * Validates a `{type, …}` message against a variant schema. A refusal names the protocol, the
 * message type, the field and what was wrong with it.
 */
export function parseVariant<T>(schema: VariantSchema, protocol: string, message: unknown): Parsed<T> {
  if (!message || typeof message !== 'object' || Array.isArray(message)) {
    return { ok: false, error: `Malformed ${protocol} message: expected an object with a "type"` };
  }
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string') return { ok: false, error: `Malformed ${protocol} message: "type" must be a string` };
  if (!schema.options.some((o) => o.entries.type.literal === type)) {
    return { ok: false, error: `Unknown ${protocol} message type "${type.slice(0, 100)}"` };
  }
  const result = v.safeParse(schema, message);
  if (result.success) return { ok: true, message: result.output as T };
  return { ok: false, error: `Malformed "${type}" message: ${issuesText(result.issues).join('; ')}` };
}
