import { randomUUID } from 'node:crypto';
import type { Database, Transaction } from '../db/Database';

/** Writes refused for want of a key or role are not audited but counted (src/auth/writeAccess.ts). */
export type AuditOutcome = 'APPLIED' | 'DRY_RUN' | 'INVALID';

export interface AuditEntry {
  actor: string;
  action: 'INGEST_DOCUMENT';
  /** The document key (source id), or what the caller sent when it could not be read. */
  document: string;
  outcome: AuditOutcome;
  /** What changed (or would have), or why it was invalid. */
  changes?: object;
  reason?: string;
}

// AuditEvent nodes carry no Entity label: they are not part of the knowledge graph the API serves.
const CREATE_AUDIT = `
  CREATE (a:AuditEvent {id: $id, at: datetime(), actor: $actor, action: $action, document: $document, outcome: $outcome, changes: $changes, reason: $reason})
  RETURN a.id AS id`;

/** Writes an audit record inside `tx`, so it commits together with the change it describes. */
export async function recordAudit(tx: Transaction, entry: AuditEntry): Promise<string> {
  const id = `audit-${randomUUID()}`;
  await tx.run(CREATE_AUDIT, {
    id, actor: entry.actor, action: entry.action, document: entry.document, outcome: entry.outcome,
    changes: entry.changes ? JSON.stringify(entry.changes) : null, reason: entry.reason ?? null,
  });
  return id;
}

/** Records an editor's invalid write on its own: there is no change for it to commit with. */
export async function recordInvalidWrite(database: Database, entry: AuditEntry): Promise<string> {
  return database.writeTransaction((tx) => recordAudit(tx, entry), { metadata: { operation: 'audit' } });
}
