// Puts what the gateway serves from npm packages (restored by `npm ci`) into wwwroot: the Altair GraphQL
// explorer in wwwroot/explorer, with an index.html that points it at this gateway's /graphql, the
// SignalR browser client in wwwroot/lib/signalr for the live pages, the QR code generator in wwwroot/lib/qrcode
// for the badge sheet, and the jsQR decoder in wwwroot/lib/jsqr for the door page on browsers without
// BarcodeDetector. Run by the gateway's build; output is ignored by git.
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDistDirectory, renderAltair } from 'altair-static';

const wwwroot = join(dirname(fileURLToPath(import.meta.url)), '..', 'wwwroot');
const target = join(wwwroot, 'explorer');
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(getDistDirectory(), target, { recursive: true });
const html = renderAltair({
  baseURL: '/explorer/',
  endpointURL: '/graphql',
  initialName: 'ISE Engagement Platform',
  initialQuery: '# Send your API key as the X-Api-Key header (Set Headers).\n{\n  me { name role scope }\n  partners { id name region }\n}\n',
  initialHeaders: { 'X-Api-Key': '' },
  disableAccount: true,
});
writeFileSync(join(target, 'index.html'), html);
console.log(`GraphQL explorer written to ${target}`);

const signalr = join(dirname(createRequire(import.meta.url).resolve('@microsoft/signalr')), '..', 'browser');
const lib = join(wwwroot, 'lib', 'signalr');
rmSync(lib, { recursive: true, force: true });
mkdirSync(lib, { recursive: true });
for (const file of ['signalr.min.js', 'signalr.min.js.map']) {
  copyFileSync(join(signalr, file), join(lib, file));
}
console.log(`SignalR client written to ${lib}`);

// qrcode-generator's browser build defines one global, `qrcode`.
const qrcode = dirname(createRequire(import.meta.url).resolve('qrcode-generator'));
const qrLib = join(wwwroot, 'lib', 'qrcode');
rmSync(qrLib, { recursive: true, force: true });
mkdirSync(qrLib, { recursive: true });
copyFileSync(join(qrcode, 'qrcode.js'), join(qrLib, 'qrcode.js'));
console.log(`QR code generator written to ${qrLib}`);

// The door page's QR decoder where the browser has no BarcodeDetector (Safari on iPhone, Firefox on a desktop).
const jsqr = dirname(createRequire(import.meta.url).resolve('jsqr'));
const jsqrLib = join(wwwroot, 'lib', 'jsqr');
rmSync(jsqrLib, { recursive: true, force: true });
mkdirSync(jsqrLib, { recursive: true });
copyFileSync(join(jsqr, 'jsQR.js'), join(jsqrLib, 'jsQR.js'));
console.log(`QR decoder written to ${jsqrLib}`);
