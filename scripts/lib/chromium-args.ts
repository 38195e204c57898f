// Chromium flags shared by `npm start` and the end-to-end tests: load the extension, and keep the
// browser from calling home (this machine has no network; a user's demo should not need one either).
// A fresh profile still signs in, checks for extension updates and fetches components; the service
// URLs below point those at a closed loopback port (found by recording what a bare profile sends).
// Debian's Chromium 150 also checks in with Google Cloud Messaging (CONNECT android.clients.google.com:443)
// some 5-15 s after start, which --disable-background-networking does not stop: the gcm-* URLs send that
// nowhere too (the end-to-end harness fails a test when any request leaves 127.0.0.1).
const NOWHERE = 'http://127.0.0.1:9';

export function chromiumArgs(extensionDir: string, { proxy }: { proxy?: string } = {}): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    `--gaia-url=${NOWHERE}`,
    `--google-apis-url=${NOWHERE}`,
    `--lso-url=${NOWHERE}`,
    `--apps-gallery-update-url=${NOWHERE}/`,
    `--component-updater=url-source=${NOWHERE}/`,
    `--autofill-server-url=${NOWHERE}/`,
    `--gcm-checkin-url=${NOWHERE}/checkin`,
    `--gcm-registration-url=${NOWHERE}/register`,
    '--gcm-mcs-endpoint=https://127.0.0.1:9',
    ...(proxy ? [`--proxy-server=${proxy}`] : []),
  ];
}

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
