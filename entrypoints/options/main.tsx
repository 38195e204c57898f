import { render } from 'preact';
import { t, uiLanguage } from '@/ui/i18n';
import { addPinyinFontStyle } from '@/ui/pinyin-font';
import { createSettingsState } from '@/ui/settings/settings-state';
import { App } from '../../ui/settings/options-app';
import './style.css';

addPinyinFontStyle();
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App state={createSettingsState()} />, document.getElementById('app') as HTMLElement);
