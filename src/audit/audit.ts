import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** A value of a changed field as the audit trail stores it (JSON). */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };
export type AuditFields = Record<string, AuditValue>;

/** One change to record: who, which mutation, on what, and the fields it changed. */
export interface AuditRecord {
  actor: string;
  operation: string;
  targetType: string;
  /** The target's global ID. */
  targetId: string;
  /** The changed fields before (null when the mutation created the target). */
  before: AuditFields | null;
  /** The changed fields after (null when the mutation removed the target). */
  after: AuditFields | null;
}

/** Keeps only the fields whose value differs between `before` and `after` (both sides of each). */
export function changedFields(before: AuditFields, after: AuditFields): { before: AuditFields; after: AuditFields } {
  const out = { before: {} as AuditFields, after: {} as AuditFields };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      out.before[key] = before[key] ?? null;
      out.after[key] = after[key] ?? null;
    }
  }
  return out;
}

/** Records an audit entry in `tx`, so the entry exists exactly when the change does. */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: record.actor,
      operation: record.operation,
      targetType: record.targetType,
      targetId: record.targetId,
      before: record.before === null ? null : JSON.stringify(record.before),
      after: record.after === null ? null : JSON.stringify(record.after),
    },
  });
}
