import { createHash } from "node:crypto";
import type { SourceDocument } from "../types";

/** SHA-256 (hex) of what makes a document the same document: source, date and body. */
export function contentHash(doc: Pick<SourceDocument, "source" | "date" | "body">): string {
  return createHash("sha256").update(`${doc.source}\n${doc.date}\n${doc.body}`).digest("hex");
}
