/**
 * The one typed message protocol between content scripts, popup, extension pages and the background.
 * Each area declares its requests in its own file (`*-messages.ts`): request payload, response, and a
 * validator run on receipt. This file joins them; `client.ts` sends, the background's router receives.
 */
import type { CoreMessages } from './core-messages';
import type { PageMessages } from './page-messages';
import type { SearchMessages } from './search-messages';
import type { CollectionMessages } from './collection-messages';

/** request name → { req: payload, res: response } */
export type Protocol = CoreMessages & PageMessages & SearchMessages & CollectionMessages;
export type RequestName = keyof Protocol;
export type RequestOf<K extends RequestName> = Protocol[K]['req'];
export type ResponseOf<K extends RequestName> = Protocol[K]['res'];

/** What travels: `{ verbatim: 1, type, payload }`. The marker keeps other extensions' or pages' messages out. */
export interface Envelope<K extends RequestName = RequestName> {
  verbatim: 1;
  type: K;
  payload: RequestOf<K>;
}

/** What comes back: the answer, or an error message meant for the user. */
export type Reply<K extends RequestName = RequestName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export type Validator<T> = (payload: unknown) => payload is T;
export type Validators = { [K in RequestName]: Validator<RequestOf<K>> };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { verbatim?: unknown }).verbatim === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}
