// Writes wwwroot/lib/door-offline/assets.js for the door page's service worker (wwwroot/live/door-sw.js): the
// same-origin static files the door page needs to open with no network at all, and a version made of their
// content, so that a deployment that changes any of them gives the service worker new bytes, which makes the
// browser install it and replace the old cache. Run by the gateway's build after the npm packages are in place
// (the jsQR decoder is one of the files); output is ignored by git. Nothing personal and no API answer is listed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wwwroot = join(dirname(fileURLToPath(import.meta.url)), '..', 'wwwroot');

// The door page and everything it loads: its frame and texts (live.js, live.css), its scan queue and script,
// and the QR decoder for browsers without BarcodeDetector.
const assets = ['/live/door.html', '/live/live.css', '/live/live.js', '/live/door-queue.js', '/live/door.js', '/lib/jsqr/jsQR.js'];

const hash = createHash('sha256');
for (const asset of assets) {
  hash.update(asset + '\n');
  hash.update(readFileSync(join(wwwroot, asset)));
}
const version = hash.digest('hex').slice(0, 16);

const target = join(wwwroot, 'lib', 'door-offline');
mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'assets.js'),
  '// Written by ClientApp/door-offline.mjs at build time: what the door page\'s service worker caches.\n' +
  `self.IseDoorOffline = ${JSON.stringify({ version, assets }, null, 2)};\n`);
console.log(`Door page offline assets (version ${version}) written to ${target}`);
