/** npm run api-key -- <name> <reader|editor> — prints a new key (give it to the client) and its API_KEYS entry (configure the server). */
import { generateKey } from '../auth/ApiKeys';

const [name, role] = process.argv.slice(2);
if (!name || !/^[\w.-]+$/.test(name) || (role !== 'reader' && role !== 'editor')) {
  console.error('usage: npm run api-key -- <name> <reader|editor>');
  process.exit(2);
}
const { key, entry } = generateKey(name, role);
console.log(`key (shown once, not stored):  ${key}`);
console.log(`add to API_KEYS on the server:  ${entry}`);
