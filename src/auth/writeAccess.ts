import { HeaderMap } from '@apollo/server';
import { AppError, ErrorCode } from '../errors';
import type { Viewer } from './ApiKeys';

/** Refused writes since the process started, by reason (shown in /health). */
const refused = { [ErrorCode.Unauthenticated]: 0, [ErrorCode.Forbidden]: 0 };

/**
 * Lets editors through; refuses anyone else with HTTP 401 (no key) or 403 (a key without the
 * editor role). A refusal is counted, not stored: an anonymous write storm must not become a
 * stream of database writes (each audit node was one).
 */
export function requireEditor(viewer: Viewer | null): asserts viewer is Viewer {
  if (viewer?.role === 'editor') return;
  if (!viewer) {
    refused[ErrorCode.Unauthenticated] += 1;
    throw new AppError('Writing needs an API key (Authorization: Bearer <key>).', ErrorCode.Unauthenticated, {
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) },
    });
  }
  refused[ErrorCode.Forbidden] += 1;
  throw new AppError('Writing needs an API key with the editor role.', ErrorCode.Forbidden, { http: { status: 403 } });
}

/** A copy of the refusal counters. */
export function refusedWrites(): { UNAUTHENTICATED: number; FORBIDDEN: number } {
  return { ...refused };
}
