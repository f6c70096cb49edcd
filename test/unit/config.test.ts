import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('starts an embedded Neo4j when NEO4J_URI is unset, with bounded memory', () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: 'embedded', heap: '512m', pageCache: '128m', port: 7687 });
    expect(config.port).toBe(4000);
    expect(config.introspection).toBe(true);
  });

  it('uses the server named by NEO4J_URI with its credentials and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.database).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'graph' });
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('serves GraphiQL outside production, and in production only when asked for', () => {
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('reads the rate limits, whose buckets must hold the costliest query allowed', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      anonymous: { capacity: 100_000, refillPerSecond: 10_000 }, key: { capacity: 200_000, refillPerSecond: 40_000 }, trustedProxies: 0,
    });
    const config = loadConfig({ RATE_LIMIT_ANONYMOUS_POINTS: '30000', RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND: '500', RATE_LIMIT_TRUSTED_PROXIES: '1' });
    expect(config.rateLimits).toMatchObject({ anonymous: { capacity: 30_000, refillPerSecond: 500 }, trustedProxies: 1 });
    expect(() => loadConfig({ RATE_LIMIT_KEY_POINTS: '1000' })).toThrow(/RATE_LIMIT_KEY_POINTS: expected at least GRAPHQL_MAX_COST \(25000\)/);
    expect(loadConfig({ RATE_LIMIT_KEY_POINTS: '1000', GRAPHQL_MAX_COST: '1000' }).rateLimits.key.capacity).toBe(1000);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: expected a non-negative integer/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI: expected bolt:\/\//],
    [{ NEO4J_EMBEDDED_HEAP: 'lots' }, /NEO4J_EMBEDDED_HEAP: expected a size/],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, /GRAPHQL_INTROSPECTION: expected true or false/],
    [{ GRAPHIQL: 'perhaps' }, /GRAPHIQL: expected true or false/],
    [{ RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND: '0' }, /RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND: expected at least 1/],
  ])('names the variable when %o is invalid', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
