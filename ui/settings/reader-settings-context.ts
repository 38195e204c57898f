import { createContext } from 'preact';
import { DEFAULT_SETTINGS, type Settings } from '@/protocol/settings/settings';

/**
 * The reader's display settings for components rendered in pages (the word popup): pinyin style,
 * traditional forms. The popup host provides the current value on each render.
 */
export const ReaderSettingsContext = createContext<Settings>(DEFAULT_SETTINGS);
