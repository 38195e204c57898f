/**
 * The one address Tanci may ever send a request to: AnkiConnect's default, on this computer's loopback
 * interface. Only when the reader turns Send to Anki on (and grants the host permission for it).
 */
export const ANKI_CONNECT_URL = 'http://127.0.0.1:8765';
/** The manifest's (optional) host permission for it. */
export const ANKI_CONNECT_ORIGINS = ['http://127.0.0.1:8765/*'];
/** The AnkiConnect API version Tanci speaks. */
export const ANKI_CONNECT_VERSION = 6;
