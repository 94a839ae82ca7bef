/**
 * One router for every message listener of the extension: it classifies the sender once,
 * validates the message against its protocol's schema, checks that this kind of sender may send
 * this type, and only then hands a typed request to the handler. Answers are always
 * `{ok: true, data}` or `{ok: false, error}`; nothing thrown escapes.
 *
 * It answers through `sendResponse` and returns `true` (the form that works in Chrome, with
 * webextension-polyfill in Firefox, and in WXT's fake browser, which ignores returned promises).
 */
import type { Parsed } from './schema-text';
import { classifySender, type RawSender, type Sender } from './senders';
import type { Answer } from './background-messages';

export interface Protocol<Req> {
  parse(message: unknown): Parsed<Req>;
  /** Why this sender may not send this request; null when it may. */
  refuse(req: Req, sender: Sender): string | null;
}

export type Listener = (message: unknown, sender: RawSender, sendResponse: (answer: Answer<unknown>) => void) => true | undefined;

export const NOT_OURS = 'Refused: the message does not come from this extension';

export function createRouter<Req>(
  protocol: Protocol<Req>,
  ourId: () => string | undefined,
  handle: (req: Req, sender: Sender) => unknown,
  describeError: (e: unknown) => string = errorText,
): Listener {
  return (message, rawSender, sendResponse) => {
    const reply = (answer: Answer<unknown>): void => {
      try {
        sendResponse(answer);
      } catch {
        // The sender went away (tab closed, page reloaded): nobody is left to tell.
      }
    };
    try {
      const sender = classifySender(rawSender, ourId());
      if (sender.kind === 'foreign') {
        reply({ ok: false, error: NOT_OURS });
        return true;
      }
      const parsed = protocol.parse(message);
      if (!parsed.ok) {
        reply({ ok: false, error: parsed.error });
        return true;
      }
      const refusal = protocol.refuse(parsed.message, sender);
      if (refusal) {
        reply({ ok: false, error: refusal });
        return true;
      }
      Promise.resolve()
        .then(() => handle(parsed.message, sender))
        .then(
          (data) => reply({ ok: true, data }),
          (e: unknown) => reply({ ok: false, error: describeError(e) }),
        );
    } catch (e) {
      reply({ ok: false, error: describeError(e) });
    }
    return true;
  };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
