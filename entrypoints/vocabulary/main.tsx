import { render } from 'preact';
import { t, uiLanguage } from '@/ui/i18n';
import { addPinyinFontStyle } from '@/ui/pinyin-font';
import { App } from '../../ui/review/vocabulary-app';
import '../popup/style.css';
import './style.css';

// index.html's lang and title are English; they follow the interface language (screen readers, tab title).
addPinyinFontStyle();
document.documentElement.lang = uiLanguage();
document.title = t('vocabPageTitle');
render(<App />, document.getElementById('app') as HTMLElement);
