import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type Role = 'reader' | 'editor';
/** A key's own rate limit, in cost points per second, or none (see src/rateLimit). */
export type KeyRate = number | 'unlimited';
export interface Viewer { name: string; role: Role; rate?: KeyRate }

interface StoredKey { name: string; role: Role; hash: Buffer; rate?: KeyRate }

/**
 * API keys, configured as `API_KEYS=name:role:sha256hex[:rate],…`, where the optional rate is the
 * key's own budget in points per second or `unlimited`. Only the SHA-256 of each key is ever
 * stored; a presented key is hashed and compared in constant time with every stored hash.
 */
export class ApiKeys {
  private constructor(private readonly keys: StoredKey[]) {}

  static parse(config: string | undefined): ApiKeys {
    const keys: StoredKey[] = [];
    for (const [index, entry] of (config ?? '').split(',').map((e) => e.trim()).filter(Boolean).entries()) {
      const [name, role, hash, rate, ...extra] = entry.split(':');
      const keyRate = rate === undefined ? undefined : parseRate(rate);
      if (!name || (role !== 'reader' && role !== 'editor') || !hash || !/^[0-9a-f]{64}$/i.test(hash) || keyRate === null || extra.length > 0) {
        throw new Error(`API_KEYS entry ${index + 1}: expected name:reader|editor:<sha256 hex of the key>[:<points per second>|unlimited], but got: ${JSON.stringify(entry.slice(0, 40))}`);
      }
      keys.push({ name, role, hash: Buffer.from(hash.toLowerCase(), 'hex'), ...(keyRate === undefined ? {} : { rate: keyRate }) });
    }
    return new ApiKeys(keys);
  }

  /** The viewer a key belongs to, or undefined for an unknown key. */
  verify(key: string): Viewer | undefined {
    const hash = hashKey(key);
    let match: StoredKey | undefined;
    for (const stored of this.keys) if (timingSafeEqual(stored.hash, hash)) match = stored;
    if (!match) return undefined;
    return match.rate === undefined ? { name: match.name, role: match.role } : { name: match.name, role: match.role, rate: match.rate };
  }
}

/** A key's rate: a positive whole number of points per second, or `unlimited`; null when malformed. */
function parseRate(raw: string): KeyRate | null {
  if (raw === 'unlimited') return raw;
  return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

export function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** A new random key and the API_KEYS entry that accepts it (with the key's own rate, if given). */
export function generateKey(name: string, role: Role, rate?: KeyRate): { key: string; entry: string } {
  const key = `cgk_${randomBytes(24).toString('base64url')}`;
  return { key, entry: `${name}:${role}:${hashKey(key).toString('hex')}${rate === undefined ? '' : `:${rate}`}` };
}

export type Authentication = { kind: 'anonymous' } | { kind: 'viewer'; viewer: Viewer } | { kind: 'invalid'; reason: string };

/** Reads `Authorization: Bearer <key>`. A header that is present but wrong is never treated as anonymous. */
export function authenticate(header: string | undefined, keys: ApiKeys): Authentication {
  if (header === undefined || header === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S{1,200})$/i.exec(header);
  if (!match?.[1]) return { kind: 'invalid', reason: 'Authorization header must be "Bearer <api key>"' };
  const viewer = keys.verify(match[1]);
  return viewer ? { kind: 'viewer', viewer } : { kind: 'invalid', reason: 'Unknown API key' };
}
