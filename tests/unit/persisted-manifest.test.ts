import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Kind, parse, print } from "graphql";
import { ConfigError } from "../../src/config";
import { loadExampleOperations } from "../../src/operations/examples";
import {
  exampleManifestOperations,
  loadOperationManifest,
  readManifestFile,
  sha256Hex,
  toManifestFile,
} from "../../src/persisted/manifest";

describe("operation manifest", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };
  const manifest = (operations: unknown) => ({ format: "apollo-persisted-query-manifest", version: 1, operations });

  it("lists every example operation, as stored and as printed, keyed by sha256 of the document", () => {
    const examples = loadExampleOperations();
    const operations = exampleManifestOperations();
    for (const example of examples) {
      for (const body of [example.document, print(parse(example.document))]) {
        const type = parse(example.document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.operation;
        expect(operations).toContainEqual({ id: sha256Hex(body), body, name: example.operationName, type });
      }
    }
    expect(operations[0].name).toBe("WhoSaidWhat");
    // The same digest as `printf "{ __typename }" | sha256sum`.
    expect(sha256Hex("{ __typename }")).toBe("7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b");
  });

  it("adds a manifest file's operations after the examples", () => {
    const body = "query One { articles { totalCount } }";
    const file = write("one.json", manifest([{ id: "one", body, name: "One", type: "query" }]));
    const loaded = loadOperationManifest(file);
    expect(loaded.operations.at(-1)).toEqual({ id: "one", body, name: "One", type: "query" });
    expect(loaded.byId.get("one")).toBe(body);
    expect(loaded.bodyHashes.has(sha256Hex(body))).toBe(true);
    expect(loaded.byId.size).toBe(exampleManifestOperations().length + 1);
  });

  it("writes Apollo's format, which reads back the same", () => {
    const loaded = loadOperationManifest();
    const file = write("round-trip.json", toManifestFile(loaded));
    expect(readManifestFile(file)).toEqual(loaded.operations);
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toMatchObject({ format: "apollo-persisted-query-manifest", version: 1 });
  });

  it.each([
    ["not JSON", "{oops", /manifest\.json: not valid JSON/],
    ["another format", { format: "relay", version: 1, operations: [] }, /expected \{"format": "apollo-persisted-query-manifest"/],
    ["no operations array", { format: "apollo-persisted-query-manifest", version: 1 }, /"operations" must be an array/],
    ["an entry without id", manifest([{ body: "{ a }" }]), /operations\[0\]: "id" must be a non-empty string/],
    ["an unparseable body", manifest([{ id: "x", body: "{ a" }, { id: "y", body: "query {" }]), /operations\[0\]: "body" is not a GraphQL document/],
    ["a body without an operation", manifest([{ id: "x", body: "fragment F on Article { id }" }]), /operations\[0\]: "body" holds no operation/],
  ])("rejects a file with %s, naming the file and the entry", (_, content, message) => {
    const file = write("manifest.json", content);
    expect(() => loadOperationManifest(file)).toThrow(ConfigError);
    expect(() => loadOperationManifest(file)).toThrow(message);
    expect(() => loadOperationManifest(file)).toThrow(`PERSISTED_OPERATIONS_FILE ${file}`);
  });

  it("rejects a missing file and one id with two documents", () => {
    expect(() => loadOperationManifest(path.join(dir, "missing.json"))).toThrow(/missing\.json: cannot be read \(ENOENT\)/);
    const file = write("twice.json", manifest([{ id: "x", body: "{ a }" }, { id: "x", body: "{ b }" }]));
    expect(() => loadOperationManifest(file)).toThrow(/id x is given two different documents/);
  });
});
