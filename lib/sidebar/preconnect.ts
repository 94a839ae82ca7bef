/**
 * The frame's first connection to its page, opened as soon as this module runs — before the rest
 * of the sidebar's code is evaluated — so that finding the tab, connecting and the page's model
 * arriving overlap with loading the UI. `main.tsx` imports it first. The page's first messages
 * wait in the port until the sidebar listens (`portOver`).
 */
import { backgroundClient } from '../messages/client';
import { connectToPage, type PagePort } from './page-port';

performance.mark('bl:frame-eval');
export const firstConnection: Promise<PagePort> = connectToPage(backgroundClient());
// Failure is handled where it is awaited (main.tsx tries again); never an unhandled rejection.
firstConnection.catch(() => undefined);
