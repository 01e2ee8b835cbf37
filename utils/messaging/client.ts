/**
 * Sending side of the protocol (content scripts, popup, pages). Errors come back as rejected promises with a
 * message meant for the user: callers show it, they never swallow it.
 */
import { browser } from 'wxt/browser';
import type { Envelope, Reply, RequestName, RequestOf, ResponseOf } from './protocol';

export class VerbatimError extends Error {}

export async function send<K extends RequestName>(type: K, ...args: RequestOf<K> extends void ? [] : [RequestOf<K>]): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { verbatim: 1, type, payload: args[0] as RequestOf<K> };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new VerbatimError(`Verbatim's background did not answer "${type}". Reload the extension and try again.`);
  if (!reply.ok) throw new VerbatimError(reply.error);
  return reply.value;
}

/** Asks again, up to `attempts` times, after a growing pause: right after install or an update the background may still be starting. */
export async function ask<T>(request: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((ok) => setTimeout(ok, 300 * attempt));
    }
  }
}
