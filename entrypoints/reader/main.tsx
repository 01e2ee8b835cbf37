/** Reader page entry: the whole compiled corpus is bundled (the page shows all of it). */
import { render } from 'preact';
import corpusJson from '@/generated/corpus.json';
import type { Corpus } from '@/utils/corpus/types';
import { CorpusView } from '@/utils/corpus/corpus-view';
import '@/components/verdict/theme.css';
import '@/components/common/ui.css';
import './style.css';
import { Reader } from './Reader';

render(<Reader view={new CorpusView(corpusJson as unknown as Corpus)} />, document.getElementById('app') as HTMLElement);
