// Puts the Altair GraphQL explorer (restored from npm by `npm ci`) into wwwroot/explorer, with an
// index.html that points it at this gateway's /graphql. Run by the gateway's build; output is ignored by git.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDistDirectory, renderAltair } from 'altair-static';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'wwwroot', 'explorer');
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
