/**
 * Popup entry. Paints at once (no corpus, no index in this chunk); the search engine arrives by dynamic import
 * (SearchView). `performance.mark('verbatim:first-paint')` is for the benchmark's "time to first results".
 */
import { render } from 'preact';
import '@/components/verdict/theme.css';
import '@/components/common/ui.css';
import './style.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app') as HTMLElement);
requestAnimationFrame(() => performance.mark('verbatim:first-paint'));
