// Writes wwwroot/live/page-documents.json: the GraphQL documents the workspace pages send, exactly as they
// send them, which the gateway trusts from its start (README, Trusted documents). Run `npm run page-documents`
// after changing a page's document; a gateway test fails while the file and the pages disagree.
// Collected: every document written as a literal in a graphql('…') call, and the home page's one request for
// each role. Documents the pages build at run time for the secretariat and partner staff are not listed:
// those roles are never held to trusted documents.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const live = join(dirname(fileURLToPath(import.meta.url)), '..', 'wwwroot', 'live');
const documents = [];
for (const file of readdirSync(live).filter((name) => name.endsWith('.js')).sort()) {
  const script = readFileSync(join(live, file), 'utf8');
  for (const call of script.matchAll(/graphql\('((?:[^'\\]|\\.)*)'/g)) {
    documents.push({ page: `live/${file}`, document: call[1] });
  }
}

// The home page builds its request from the person's role: run that part of home.js for each role.
const home = readFileSync(join(live, 'home.js'), 'utf8');
const build = home.slice(home.indexOf('  const followsClusters'), home.indexOf('  let data;'));
for (const role of ['Secretariat', 'PartnerStaff', 'EventOrganiser', 'DoorStaff', 'ClusterMember']) {
  documents.push({ page: 'live/home.js', document: new Function('person', `${build}\n  return query;`)({ role }) });
}

const seen = new Set();
const unique = documents.filter((entry) => !seen.has(entry.document) && seen.add(entry.document));
const target = join(live, 'page-documents.json');
writeFileSync(target, JSON.stringify(unique, null, 2) + '\n');
console.log(`${unique.length} page documents written to ${target}`);
