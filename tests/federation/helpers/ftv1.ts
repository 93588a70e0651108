/** A node of a federated trace's field tree: one resolved field (or list index) and what it recorded. */
export interface TraceNode {
  /** The field's response name, or the list index as a string for list items; "" for the root. */
  name: string;
  /** The field's GraphQL type, e.g. "ArticleConnection!" (empty for list items and the root). */
  type: string;
  /** Messages of the errors recorded on this node. */
  errors: string[];
  children: TraceNode[];
}

/** The parts of an `ftv1` trace the tests look at. */
export interface FederatedTrace {
  durationNs: number;
  root: TraceNode;
}

interface Field {
  number: number;
  /** The varint value, or the bytes of a length-delimited field. */
  value: number | Uint8Array;
}

/** Splits a protobuf message into its fields (wire types varint, 64-bit, length-delimited, 32-bit). */
function readFields(bytes: Uint8Array): Field[] {
  const fields: Field[] = [];
  let offset = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[offset++];
      if (byte === undefined) throw new Error("truncated protobuf varint");
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  };
  while (offset < bytes.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 0) fields.push({ number, value: varint() });
    else if (wireType === 2) {
      const length = varint();
      fields.push({ number, value: bytes.subarray(offset, offset + length) });
      offset += length;
    } else if (wireType === 1) offset += 8;
    else if (wireType === 5) offset += 4;
    else throw new Error(`unsupported protobuf wire type ${wireType}`);
  }
  if (offset !== bytes.length) throw new Error("truncated protobuf message");
  return fields;
}

const text = (value: Field["value"]) => Buffer.from(value as Uint8Array).toString("utf8");

function readNode(bytes: Uint8Array): TraceNode {
  const node: TraceNode = { name: "", type: "", errors: [], children: [] };
  for (const { number, value } of readFields(bytes)) {
    if (number === 1) node.name = text(value);
    else if (number === 2) node.name = String(value);
    else if (number === 3) node.type = text(value);
    else if (number === 11) node.errors.push(text(readFields(value as Uint8Array).find((f) => f.number === 1)!.value));
    else if (number === 12) node.children.push(readNode(value as Uint8Array));
  }
  return node;
}

/**
 * Decodes the base64 `extensions.ftv1` of a subgraph response (an Apollo `Trace` protobuf message) into
 * its duration and field tree. Throws when it is not a well-formed trace with a root.
 */
export function decodeFederatedTrace(ftv1: string): FederatedTrace {
  let durationNs: number | undefined;
  let root: TraceNode | undefined;
  for (const { number, value } of readFields(Buffer.from(ftv1, "base64"))) {
    if (number === 11) durationNs = value as number;
    else if (number === 14) root = readNode(value as Uint8Array);
  }
  if (durationNs === undefined || root === undefined) throw new Error("ftv1 trace has no duration or root");
  return { durationNs, root };
}

/** The node at `path` (response names and list indexes) below `root`, or undefined. */
export function traceNodeAt(root: TraceNode, path: readonly (string | number)[]): TraceNode | undefined {
  let node: TraceNode | undefined = root;
  for (const step of path) node = node?.children.find((child) => child.name === String(step));
  return node;
}
