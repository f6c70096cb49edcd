import { ApiKeys, authenticate, generateKey } from '../../src/auth/ApiKeys';

describe('ApiKeys', () => {
  const editor = generateKey('analyst-tool', 'editor');
  const reader = generateKey('dashboard', 'reader');
  const keys = ApiKeys.parse(`${editor.entry},${reader.entry}`);

  it('stores only hashes', () => {
    expect(editor.entry).not.toContain(editor.key);
    expect(editor.entry).toMatch(/^analyst-tool:editor:[0-9a-f]{64}$/);
  });

  it('recognises each key with its role', () => {
    expect(authenticate(`Bearer ${editor.key}`, keys)).toEqual({ kind: 'viewer', viewer: { name: 'analyst-tool', role: 'editor' } });
    expect(authenticate(`Bearer ${reader.key}`, keys)).toEqual({ kind: 'viewer', viewer: { name: 'dashboard', role: 'reader' } });
  });

  it('treats a missing header as anonymous, and a wrong or tampered key as invalid', () => {
    expect(authenticate(undefined, keys).kind).toBe('anonymous');
    expect(authenticate(`Bearer ${editor.key}x`, keys).kind).toBe('invalid');
    expect(authenticate('Basic abc', keys).kind).toBe('invalid');
  });

  it('names the bad entry in the configuration', () => {
    expect(() => ApiKeys.parse('a:admin:00')).toThrow(/API_KEYS entry 1/);
    expect(() => ApiKeys.parse(`${reader.entry}:fast`)).toThrow(/API_KEYS entry 1/);
    expect(() => ApiKeys.parse(`${reader.entry}:0`)).toThrow(/API_KEYS entry 1/);
  });

  it('carries a key’s own rate limit when its entry names one', () => {
    const load = generateKey('load', 'reader', 'unlimited');
    const tool = generateKey('tool', 'reader', 5000);
    expect(load.entry).toMatch(/^load:reader:[0-9a-f]{64}:unlimited$/);
    const withRates = ApiKeys.parse(`${load.entry},${tool.entry},${reader.entry}`);
    expect(withRates.verify(load.key)).toEqual({ name: 'load', role: 'reader', rate: 'unlimited' });
    expect(withRates.verify(tool.key)).toEqual({ name: 'tool', role: 'reader', rate: 5000 });
    expect(withRates.verify(reader.key)).toStrictEqual({ name: 'dashboard', role: 'reader' });
  });
});
