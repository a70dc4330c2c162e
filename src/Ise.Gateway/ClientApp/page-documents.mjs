// Writes wwwroot/live/page-documents.json: the GraphQL documents the workspace pages send, exactly as they
// send them, which the gateway trusts from its start (README, Trusted documents). Run `npm run page-documents`
// after changing a page's document; a gateway test fails while the file and the pages disagree.
// Every document is written as a literal in its graphql(…) call: '…', or `…` without ${…}. A page builds none
// at run time (what varies goes in variables, fields a caller may not need under @include/@skip), so this file
// holds every document a page sends, and a deployment that lets some callers send trusted documents only
// (Ise:Api:RequireTrustedDocuments) serves every page. A call whose document is not such a literal stops this
// script; the gateway's tests refuse it too, and the browser tests any page sending a document not listed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const live = join(dirname(fileURLToPath(import.meta.url)), '..', 'wwwroot', 'live');
// The same rules as the gateway test PageDocumentsFileTests: a call, then its literal (no escapes, no ${…}).
const call = /(?<!function )\bgraphql\(/g;
const literal = /^(?:'([^'\\\n]*)'|`([^`\\$]*(?:\$(?!\{)[^`\\$]*)*)`)/;

const documents = [];
const builtAtRunTime = [];
for (const file of readdirSync(live).filter((name) => name.endsWith('.js')).sort()) {
  const script = readFileSync(join(live, file), 'utf8');
  for (const found of script.matchAll(call)) {
    const written = literal.exec(script.slice(found.index + found[0].length));
    if (written) {
      documents.push({ page: `live/${file}`, document: written[1] ?? written[2] });
    } else {
      builtAtRunTime.push(`live/${file}:${script.slice(0, found.index).split('\n').length}`);
    }
  }
}

if (builtAtRunTime.length) {
  console.error(`A document built at run time (not a literal '…' or \`…\` without \${…} or escapes) in: ${builtAtRunTime.join(', ')}`);
  process.exit(1);
}

const seen = new Set();
const unique = documents.filter((entry) => !seen.has(entry.document) && seen.add(entry.document));
const target = join(live, 'page-documents.json');
writeFileSync(target, JSON.stringify(unique, null, 2) + '\n');
console.log(`${unique.length} page documents written to ${target}`);
