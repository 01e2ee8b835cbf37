/**
 * Background: wires the message router to each area's handlers and seeds the database on install/update.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_REQUESTS, createRouter, validators, type Handlers } from '@/utils/messaging';
import { coreHandlers } from './core';
import { database } from './database';
import { pageHandlers, startPageArea } from './page';
import { searchHandlers, startSearchArea } from './search';
import { collectionHandlers, startCollectionArea } from './collection';

export default defineBackground(() => {
  const handlers: Handlers = { ...coreHandlers, ...pageHandlers, ...searchHandlers, ...collectionHandlers };
  const route = createRouter(browser.runtime.id, handlers, validators, {
    extensionOrigin: browser.runtime.getURL('/'),
    contentScriptRequests: CONTENT_SCRIPT_REQUESTS,
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  browser.runtime.onInstalled.addListener(() => {
    void database().catch((error: unknown) => console.error('Verbatim: database unavailable after install', error));
  });
  startPageArea();
  startSearchArea();
  startCollectionArea();
});
