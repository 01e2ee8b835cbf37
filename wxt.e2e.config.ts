/**
 * The e2e build: the store configuration with its output in .output-e2e/, so `npm run build:e2e` never
 * overwrites the store build in .output/. Use with `--mode e2e`, which adds web_accessible_resources
 * (see wxt.config.ts) so Firefox tests can reach extension pages.
 */
import { defineConfig } from 'wxt';
import storeConfig from './wxt.config';

export default defineConfig({ ...storeConfig, outDir: '.output-e2e' });
