import { createHash } from "node:crypto";
import fs from "node:fs";
import { type DocumentNode, type OperationDefinitionNode, parse, print } from "graphql";
import { ConfigError } from "../config";
import { EXAMPLES_DIR, loadExampleOperations } from "../operations/examples";

/** One operation of a persisted query manifest (Apollo's `apollo-persisted-query-manifest` format). */
export interface ManifestOperation {
  /** What a client sends as `extensions.persistedQuery.sha256Hash`: sha256 of `body` for every entry built here. */
  id: string;
  body: string;
  name: string | null;
  type: "query" | "mutation" | "subscription";
}

/** The operations a safelist allows, by id and by the sha256 of their document. */
export interface OperationManifest {
  operations: readonly ManifestOperation[];
  /** Document by id (for requests that send only the hash). */
  byId: ReadonlyMap<string, string>;
  /** sha256 (hex) of every allowed document (for requests that send the document). */
  bodyHashes: ReadonlySet<string>;
}

/** Apollo's persisted query manifest file: `{ format, version: 1, operations: [{ id, body, name, type }] }`. */
export interface ManifestFile {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: ManifestOperation[];
}

/** Lowercase hex sha256 of a document's text, as APQ clients compute it. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function firstOperation(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
}

/**
 * The example operations of `dir` (default schema/operations) as manifest entries, each twice when the
 * two differ: the file's text exactly as stored (what `curl -d @file` or the plain explorer sends) and
 * graphql-js `print` of it (what Apollo Client sends). Ids are sha256 of the body.
 */
export function exampleManifestOperations(dir: string = EXAMPLES_DIR): ManifestOperation[] {
  const operations: ManifestOperation[] = [];
  for (const example of loadExampleOperations(dir)) {
    const document = parse(example.document);
    const type = firstOperation(document)?.operation ?? "query";
    for (const body of new Set([example.document, print(document)])) {
      operations.push({ id: sha256Hex(body), body, name: example.operationName, type });
    }
  }
  return operations;
}

/**
 * Reads a manifest file in Apollo's persisted query manifest format. Throws ConfigError naming the
 * file (and the entry) when it cannot be read, is not JSON, has another format or version, or holds an
 * entry without a string id and a parseable body.
 */
export function readManifestFile(file: string): ManifestOperation[] {
  const where = `PERSISTED_OPERATIONS_FILE ${file}`;
  let raw: string;
  try {
    raw = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${where}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: Partial<ManifestFile>;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  if (!json || typeof json !== "object" || json.format !== "apollo-persisted-query-manifest" || json.version !== 1) {
    throw new ConfigError(`${where}: expected {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [...]}`);
  }
  if (!Array.isArray(json.operations)) throw new ConfigError(`${where}: "operations" must be an array`);
  return json.operations.map((entry: Partial<ManifestOperation>, i) => {
    const at = `${where}: operations[${i}]`;
    if (!entry || typeof entry.id !== "string" || entry.id === "") throw new ConfigError(`${at}: "id" must be a non-empty string`);
    if (typeof entry.body !== "string") throw new ConfigError(`${at}: "body" must be a string`);
    let operation: OperationDefinitionNode | undefined;
    try {
      operation = firstOperation(parse(entry.body));
    } catch (error) {
      throw new ConfigError(`${at}: "body" is not a GraphQL document (${(error as Error).message})`);
    }
    if (!operation) throw new ConfigError(`${at}: "body" holds no operation`);
    return { id: entry.id, body: entry.body, name: typeof entry.name === "string" ? entry.name : null, type: operation.operation };
  });
}

/**
 * The safelist: the example operations of schema/operations first, then the operations of
 * `manifestFile` (Apollo's persisted query manifest format) when given. Throws ConfigError when the file
 * is unusable or gives one id two different documents.
 */
export function loadOperationManifest(manifestFile?: string | null, examplesDir: string = EXAMPLES_DIR): OperationManifest {
  const operations = [...exampleManifestOperations(examplesDir), ...(manifestFile ? readManifestFile(manifestFile) : [])];
  const byId = new Map<string, string>();
  for (const op of operations) {
    const known = byId.get(op.id);
    if (known !== undefined && known !== op.body) {
      throw new ConfigError(`PERSISTED_OPERATIONS_FILE ${manifestFile}: id ${op.id} is given two different documents`);
    }
    byId.set(op.id, op.body);
  }
  return { operations, byId, bodyHashes: new Set(operations.map((op) => sha256Hex(op.body))) };
}

/** The manifest as a file in Apollo's format (for a router's `persisted_queries.local_manifests`, or clients). */
export function toManifestFile(manifest: OperationManifest): ManifestFile {
  const seen = new Set<string>();
  const operations = manifest.operations.filter((op) => !seen.has(op.id) && seen.add(op.id));
  return { format: "apollo-persisted-query-manifest", version: 1, operations: operations.map((op) => ({ ...op })) };
}
