/**
 * Receiving side of the protocol (background). Accepts only messages from this extension's own contexts,
 * with a known type and a payload that passes its validator; answers `{ ok, value | error }`.
 */
import { isEnvelope, type Envelope, type Reply, type RequestName, type RequestOf, type ResponseOf, type Validators } from './protocol';

export interface SenderInfo {
  /** Extension id of the sender (runtime.MessageSender.id). */
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

export type Handlers = { [K in RequestName]: (payload: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> | ResponseOf<K> };

export interface RouterOptions {
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`: senders under it are the extension's own pages. */
  extensionOrigin: string;
  /**
   * What a content script (running inside web pages) may ask. Everything else — the collection, other tabs'
   * results — answers only the extension's own pages, so a compromised page renderer cannot read or change it.
   */
  contentScriptRequests: ReadonlySet<RequestName>;
}

export function createRouter(ownId: string, handlers: Handlers, validators: Validators, options?: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply | undefined> {
    if (sender.id !== ownId) return undefined; // not ours: stay silent, as the browser does for unknown listeners
    if (!isEnvelope(message)) return { ok: false, error: 'Malformed message.' };
    const type = message.type as RequestName;
    if (!Object.prototype.hasOwnProperty.call(handlers, type)) return { ok: false, error: `Unknown request "${String(type)}".` };
    if (options && !(sender.url ?? '').startsWith(options.extensionOrigin) && !options.contentScriptRequests.has(type)) {
      return { ok: false, error: `"${type}" is only available to Verbatim's own pages.` };
    }
    const validate = validators[type] as ((p: unknown) => boolean) | undefined;
    if (!validate || !validate((message as Envelope).payload)) return { ok: false, error: `Invalid data for "${type}".` };
    try {
      const handler = handlers[type] as (p: unknown, s: SenderInfo) => unknown;
      return { ok: true, value: (await handler((message as Envelope).payload, sender)) as ResponseOf<typeof type> };
    } catch (error) {
      console.error(`Verbatim: "${type}" failed`, error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
