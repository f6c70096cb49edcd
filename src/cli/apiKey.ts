/**
 * npm run api-key -- <name> <reader|editor> [<points per second>|unlimited] — prints a new key (give
 * it to the client) and its API_KEYS entry (configure the server). The optional rate replaces the
 * default key budget (see docs/hardening.md, Rate limits).
 */
import { generateKey } from '../auth/ApiKeys';

const [name, role, rate] = process.argv.slice(2);
if (!name || !/^[\w.-]+$/.test(name) || (role !== 'reader' && role !== 'editor') || (rate !== undefined && rate !== 'unlimited' && !/^[1-9]\d{0,8}$/.test(rate))) {
  console.error('usage: npm run api-key -- <name> <reader|editor> [<points per second>|unlimited]');
  process.exit(2);
}
const { key, entry } = generateKey(name, role, rate === undefined ? undefined : rate === 'unlimited' ? rate : Number(rate));
console.log(`key (shown once, not stored):  ${key}`);
console.log(`add to API_KEYS on the server:  ${entry}`);
