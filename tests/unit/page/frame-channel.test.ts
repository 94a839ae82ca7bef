/**
 * The page half's end of the channel: one port at a time, only from our sidebar page or our
 * background's relay, and only valid messages acted on.
 */
import { describe, expect, it, vi } from 'vitest';
import { SIDEBAR_PORT, type ToPage } from '../../../lib/messages/frame-messages';
import { acceptSidebar } from '../../../lib/page/frame-channel';
import { fakeOnConnect, fakePort, OUR_ID, SIDEBAR_SENDER } from '../support/fake-port';

function setup() {
  const onConnect = fakeOnConnect();
  const received: ToPage[] = [];
  const onOpen = vi.fn();
  const channel = acceptSidebar(
    onConnect,
    () => OUR_ID,
    (m) => received.push(m),
    onOpen,
  );
  return { onConnect, received, onOpen, channel };
}

describe('acceptSidebar', () => {
  it('accepts our sidebar page and tells when it opened', () => {
    const { onConnect, onOpen, channel } = setup();
    const p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(p);
    expect(p.disconnected).toBe(false);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(channel.connected()).toBe(true);
    channel.send({ type: 'section', index: 2 });
    expect(p.posted).toEqual([{ type: 'section', index: 2 }]);
  });

  it('accepts our background relaying for the frame (Firefox)', () => {
    const { onConnect, channel } = setup();
    const p = fakePort(SIDEBAR_PORT, { id: OUR_ID, url: `moz-extension://${OUR_ID}/background.js` });
    onConnect.connect(p);
    expect(channel.connected()).toBe(true);
  });

  it.each([
    ['another extension', { id: 'someoneelse', url: 'chrome-extension://someoneelse/sidebar.html' }],
    ['a content script on a web page', { id: OUR_ID, url: 'https://mid.ru/en/', tab: { id: 3, url: 'https://mid.ru/en/' } }],
    ['another of our pages', { id: OUR_ID, url: `chrome-extension://${OUR_ID}/library.html` }],
    ['no sender', undefined],
  ])('refuses %s', (_, sender) => {
    const { onConnect, onOpen, channel } = setup();
    const p = fakePort(SIDEBAR_PORT, sender as never);
    onConnect.connect(p);
    expect(p.disconnected).toBe(true);
    expect(onOpen).not.toHaveBeenCalled();
    expect(channel.connected()).toBe(false);
  });

  it('leaves ports of other names alone', () => {
    const { onConnect, onOpen } = setup();
    const p = fakePort('something-else', SIDEBAR_SENDER);
    onConnect.connect(p);
    expect(p.disconnected).toBe(false);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('accepts one port at a time, and a new one after the first went away', () => {
    const { onConnect, onOpen, channel } = setup();
    const first = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    const second = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(first);
    onConnect.connect(second);
    expect(second.disconnected).toBe(true);
    expect(onOpen).toHaveBeenCalledTimes(1);
    first.drop();
    expect(channel.connected()).toBe(false);
    const third = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(third);
    expect(third.disconnected).toBe(false);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('acts on valid messages and ignores malformed ones', () => {
    const { onConnect, received } = setup();
    const p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(p);
    p.deliver({ type: 'jump', section: 1, focus: false });
    p.deliver({ type: 'jump', section: -1, focus: false });
    p.deliver({ type: 'jump', section: 1, focus: false, extra: 'field' });
    p.deliver({ type: 'run-this', code: 'alert(1)' });
    p.deliver('not an object');
    p.deliver(null);
    p.deliver({ type: 'notes/paint', spans: [{ id: 'a', start: 0, end: 3, color: 'yellow', hasNote: false, created: 1, note: 'secret' }] });
    expect(received).toEqual([{ type: 'jump', section: 1, focus: false }]);
  });

  it('keeps a failing handler from reaching the page', () => {
    const onConnect = fakeOnConnect();
    acceptSidebar(
      onConnect,
      () => OUR_ID,
      () => {
        throw new Error('bug');
      },
      () => undefined,
    );
    const p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(p);
    expect(() => p.deliver({ type: 'ready' })).not.toThrow();
  });

  it('counts a port that fails to post as gone', () => {
    const { onConnect, channel } = setup();
    const p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(p);
    p.disconnected = true; // gone without an onDisconnect
    expect(() => channel.send({ type: 'section', index: 0 })).not.toThrow();
    expect(channel.connected()).toBe(false);
  });

  it('stops listening and disconnects on dispose', () => {
    const { onConnect, channel } = setup();
    const p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(p);
    channel.dispose();
    expect(p.disconnected).toBe(true);
    expect(onConnect.listeners.size).toBe(0);
    expect(channel.connected()).toBe(false);
  });
});
