/** The background's message router: only this extension's own contexts, known requests, valid payloads. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_REQUESTS, createRouter, validators, type Handlers } from '../../utils/messaging';
import { MAX_PROBLEM_CHARS } from '../../utils/messaging/page-messages';

const OWN_ID = 'own-extension-id';
const handlers = {
  'corpus:status': async () => ({ version: 'v', counts: {}, stored: {}, seed: null, problem: null }),
  'collection:save': async (payload: { statementId: string }) => ({ id: 'q1', statementId: payload.statementId }),
} as unknown as Handlers;
const route = createRouter(OWN_ID, handlers, validators);

describe('message router', () => {
  it('answers its own extension', async () => {
    const reply = await route({ verbatim: 1, type: 'corpus:status' }, { id: OWN_ID });
    expect(reply).toMatchObject({ ok: true, value: { version: 'v' } });
  });

  it('ignores messages from other extensions and web pages', async () => {
    expect(await route({ verbatim: 1, type: 'corpus:status' }, { id: 'someone-else' })).toBeUndefined();
    expect(await route({ verbatim: 1, type: 'corpus:status' }, {})).toBeUndefined();
  });

  it('rejects malformed envelopes, unknown requests and invalid payloads with a message', async () => {
    expect(await route('corpus:status', { id: OWN_ID })).toMatchObject({ ok: false, error: 'Malformed message.' });
    expect(await route({ verbatim: 1, type: '__proto__' }, { id: OWN_ID })).toMatchObject({ ok: false });
    expect(await route({ verbatim: 1, type: 'constructor' }, { id: OWN_ID })).toMatchObject({ ok: false });
    expect(await route({ verbatim: 1, type: 'collection:save', payload: { statementId: 42 } }, { id: OWN_ID })).toMatchObject({
      ok: false,
      error: 'Invalid data for "collection:save".',
    });
    expect(await route({ verbatim: 1, type: 'collection:save', payload: { statementId: 'x'.repeat(1000) } }, { id: OWN_ID })).toMatchObject({ ok: false });
  });

  it('answers content scripts only the requests a web page context needs', async () => {
    const guarded = createRouter(OWN_ID, handlers, validators, { extensionOrigin: 'chrome-extension://own/', contentScriptRequests: new Set(['collection:save'] as const) });
    const fromPage = { id: OWN_ID, url: 'https://news.example/article', tab: { id: 3 } };
    const fromPopup = { id: OWN_ID, url: 'chrome-extension://own/popup.html' };
    expect(await guarded({ verbatim: 1, type: 'collection:save', payload: { statementId: 's1' } }, fromPage)).toMatchObject({ ok: true });
    expect(await guarded({ verbatim: 1, type: 'corpus:status' }, fromPage)).toMatchObject({ ok: false, error: expect.stringMatching(/only available to Verbatim/) });
    expect(await guarded({ verbatim: 1, type: 'corpus:status' }, fromPopup)).toMatchObject({ ok: true });
  });

  it('takes a content script\'s problem report only as a short message, and content scripts may send it', () => {
    const check = validators['page:problem'];
    expect(check({ message: 'The background did not answer.' })).toBe(true);
    expect(check({ message: 'x'.repeat(MAX_PROBLEM_CHARS) })).toBe(true);
    expect(check({ message: 'x'.repeat(MAX_PROBLEM_CHARS + 1) })).toBe(false);
    expect(check({ message: 'ok', stack: 'at …' })).toBe(false);
    expect(check({ message: 42 })).toBe(false);
    expect(CONTENT_SCRIPT_REQUESTS.has('page:problem')).toBe(true);
  });

  it('turns a handler failure into an error message instead of throwing', async () => {
    const failing = createRouter(OWN_ID, { ...handlers, 'corpus:status': async () => { throw new Error('disk full'); } } as unknown as Handlers, validators);
    const original = console.error;
    console.error = () => {};
    try {
      expect(await failing({ verbatim: 1, type: 'corpus:status' }, { id: OWN_ID })).toEqual({ ok: false, error: 'disk full' });
    } finally {
      console.error = original;
    }
  });
});
