import { render } from 'preact';
import { CollectionPage } from './CollectionPage';
import './style.css';

render(<CollectionPage />, document.getElementById('app') as HTMLElement);
