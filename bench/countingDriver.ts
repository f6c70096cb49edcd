/**
 * Wraps a neo4j Driver so every query sent over Bolt (tx.run / session.run) is counted: the
 * benchmark's "database round trips per request". Works for the API (through Database) and for
 * @neo4j/graphql alike, since both only talk to the driver.
 */
import type { Driver } from 'neo4j-driver';

export interface Counter { queries: number }

export function countingDriver(driver: Driver, counter: Counter): Driver {
  const wrapTx = <T extends object>(tx: T): T => new Proxy(tx, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'run' && typeof value === 'function') {
        return (...args: unknown[]) => { counter.queries += 1; return (value as (...a: unknown[]) => unknown).apply(target, args); };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const wrapSession = <T extends object>(session: T): T => new Proxy(session, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as (...a: unknown[]) => unknown;
      if (key === 'run') return (...args: unknown[]) => { counter.queries += 1; return fn.apply(target, args); };
      if (key === 'executeRead' || key === 'executeWrite' || key === 'readTransaction' || key === 'writeTransaction') {
        return (work: (tx: object) => unknown, ...rest: unknown[]) => fn.apply(target, [(tx: object) => work(wrapTx(tx)), ...rest]);
      }
      if (key === 'beginTransaction') return (...args: unknown[]) => wrapTx(fn.apply(target, args) as object);
      return fn.bind(target);
    },
  });
  return new Proxy(driver, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => wrapSession((value as (...a: unknown[]) => object).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
