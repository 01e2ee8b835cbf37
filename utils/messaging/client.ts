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
