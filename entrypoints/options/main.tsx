import { render } from 'preact';
import { createSettingsState } from '@/components/settings/settings-state';
import { t, uiLanguage } from '@/utils/i18n';
import { addPinyinFontStyle } from '@/utils/pinyin-font';
import { App } from './App';
import './style.css';

addPinyinFontStyle();
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App state={createSettingsState()} />, document.getElementById('app') as HTMLElement);
