/** A runtime.Port stand-in: records what was posted, lets a test deliver messages and disconnect. */
import type { Runtime } from 'webextension-polyfill';

export interface FakePort {
  port: Runtime.Port;
  posted: unknown[];
  disconnected: boolean;
  deliver(message: unknown): void;
  /** The other end went away. */
  drop(): void;
}

function event<T extends unknown[]>() {
  const set = new Set<(...a: T) => void>();
  return {
    set,
    api: {
      addListener: (cb: (...a: T) => void) => set.add(cb),
      removeListener: (cb: (...a: T) => void) => set.delete(cb),
      hasListener: (cb: (...a: T) => void) => set.has(cb),
    },
  };
}

export function fakePort(name: string, sender?: Runtime.MessageSender): FakePort {
  const onMessage = event<[unknown]>();
  const onDisconnect = event<[]>();
  const f: FakePort = {
    posted: [],
    disconnected: false,
    port: {
      name,
      sender,
      postMessage: (m: unknown) => {
        if (f.disconnected) throw new Error('Attempting to use a disconnected port object');
        f.posted.push(m);
      },
      disconnect: () => {
        f.disconnected = true;
      },
      onMessage: onMessage.api,
      onDisconnect: onDisconnect.api,
    } as unknown as Runtime.Port,
    deliver: (m) => onMessage.set.forEach((cb) => cb(m)),
    drop() {
      f.disconnected = true;
      onDisconnect.set.forEach((cb) => cb());
    },
  };
  return f;
}

/** `runtime.onConnect` stand-in. */
export function fakeOnConnect() {
  const listeners = new Set<(p: Runtime.Port) => void>();
  return {
    listeners,
    addListener: (cb: (p: Runtime.Port) => void) => void listeners.add(cb),
    removeListener: (cb: (p: Runtime.Port) => void) => void listeners.delete(cb),
    connect: (p: FakePort) => listeners.forEach((cb) => cb(p.port)),
  };
}

export const OUR_ID = 'ourextensionid';
export const SIDEBAR_SENDER = { id: OUR_ID, url: `chrome-extension://${OUR_ID}/sidebar.html` };
