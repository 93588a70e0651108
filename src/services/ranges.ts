import { BadUserInputError } from "../errors";

/**
 * A Prisma range for an inclusive from/to pair, or undefined when neither is given. Throws BAD_USER_INPUT
 * naming `argumentName` when `from` is after `to`.
 */
export function dateRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
  argumentName: string,
): { gte?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  if (from && to && from > to) {
    throw new BadUserInputError(
      `${argumentName} (${from.toISOString().slice(0, 10)}) is after the end of the range (${to.toISOString().slice(0, 10)})`,
      argumentName,
    );
  }
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}
