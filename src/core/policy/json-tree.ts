import type { Node } from 'jsonc-parser';
import * as charCodes from '../json/char-codes.ts';

/**
 * A fast path for the common case of a policy that is valid JSON: its jsonc-parser style tree and
 * its value, built in one pass over the text. jsonc-parser's parseTree, which also recovers from
 * errors, takes most of the time of parsePolicy on large policies.
 *
 * Returns undefined when the text is not strict JSON or nests deeper than `maxDepth`; the caller
 * then takes jsonc-parser's path, which reports the problems. The tree is the one parseTree builds
 * for valid JSON: the same node types, offsets, lengths, colon offsets, values and parents (the
 * root's is undefined). `repeatsName` tells whether an object of it names a property twice, so that
 * the search for the duplicate keys is made only when there are some. `read` is the text's value
 * as JSON.parse gives it, when the caller has it already: the text is not read a second time.
 */
export function parseValidJson(
  text: string,
  maxDepth: number,
  read?: { value: unknown },
): { root: Node; value: unknown; repeatsName: boolean } | undefined {
  let value: unknown;
  if (read) {
    value = read.value;
  } else {
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  // JSON.parse accepted the text, so the builder below never meets a syntax error.
  const builder = new TreeBuilder(text, maxDepth);
  const root = builder.build();
  return root && { root, value, repeatsName: builder.repeatsName };
}

/**
 * Each node is made with its parent among its first fields: a field added to an object after it
 * is made goes to a store of its own, 40 bytes more for each of a large policy's 100,000 nodes.
 */
interface MutableNode {
  type: Node['type'];
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: MutableNode;
  children?: MutableNode[];
}

function isNumberPart(code: number): boolean {
  // Digits, '-', '+', '.', 'e', 'E': all a valid JSON number can hold.
  return (
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 43 ||
    code === 46 ||
    code === 101 ||
    code === 69
  );
}

/** The name of a property node the builder made: its first child is always the name's string. */
function nameOf(property: MutableNode): unknown {
  return property.children![0]!.value;
}

/** Up to this many properties, an object's names are compared pair by pair instead of in a set. */
const FEW_PROPERTIES = 8;

/** Whether two of an object's properties, those of `nodes` from `first` on, have the same name. */
function repeatsName(nodes: MutableNode[], first: number): boolean {
  if (nodes.length - first > FEW_PROPERTIES) {
    const names = new Set<unknown>();
    for (let i = first; i < nodes.length; i++) names.add(nameOf(nodes[i]!));
    return names.size < nodes.length - first;
  }
  for (let i = first + 1; i < nodes.length; i++) {
    const name = nameOf(nodes[i]!);
    for (let j = first; j < i; j++) if (nameOf(nodes[j]!) === name) return true;
  }
  return false;
}

/** A container's children until it closes: they are then copied into an array of their number. */
const NO_CHILDREN: MutableNode[] = [];

class TreeBuilder {
  private pos = 0;
  private tooDeep = false;
  repeatsName = false;
  /**
   * The children of the containers being read, innermost last. A child array grown by push would
   * hold room for 17 (V8's first growth) where most have one or two: a large policy's tree took
   * several times the memory, and the garbage collector copied all of it as it was built.
   */
  private readonly pending: MutableNode[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  build(): Node | undefined {
    const root = this.value(undefined, 1);
    return this.tooDeep ? undefined : (root as Node);
  }

  private skipWhitespace(): void {
    while (charCodes.isWhitespace(this.text.charCodeAt(this.pos))) this.pos += 1;
  }

  private value(parent: MutableNode | undefined, depth: number): MutableNode {
    this.skipWhitespace();
    const code = this.text.charCodeAt(this.pos);
    if (code === charCodes.OPEN_BRACE || code === charCodes.OPEN_BRACKET) {
      if (depth > this.maxDepth) {
        this.tooDeep = true;
        this.pos = this.text.length;
        return { type: 'null', offset: 0, length: 0, value: null };
      }
      return code === charCodes.OPEN_BRACE ? this.object(parent, depth) : this.array(parent, depth);
    }
    if (code === charCodes.QUOTE) return this.string(parent);
    return this.literal(parent, code);
  }

  private container(type: 'object' | 'array', parent: MutableNode | undefined): MutableNode {
    const node: MutableNode = { type, offset: this.pos, length: -1, parent, children: NO_CHILDREN };
    this.pos += 1;
    return node;
  }

  /** Closes a container whose children are the pending ones from `first` on. */
  private close(node: MutableNode, first: number): void {
    const pending = this.pending;
    node.children = pending.slice(first);
    pending.length = first;
    this.pos += 1;
    node.length = this.pos - node.offset;
  }

  private object(parent: MutableNode | undefined, depth: number): MutableNode {
    const node = this.container('object', parent);
    const first = this.pending.length;
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) === charCodes.CLOSE_BRACE || this.tooDeep) break;
      const property: MutableNode = {
        type: 'property',
        offset: this.pos,
        length: -1,
        parent: node,
        children: NO_CHILDREN,
        colonOffset: -1,
      };
      const name = this.string(property);
      this.skipWhitespace();
      property.colonOffset = this.pos;
      this.pos += 1;
      const value = this.value(property, depth + 1);
      property.children = [name, value];
      property.length = value.offset + value.length - property.offset;
      this.pending.push(property);
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) === charCodes.COMMA) this.pos += 1;
    }
    if (!this.repeatsName) this.repeatsName = repeatsName(this.pending, first);
    this.close(node, first);
    return node;
  }

  private array(parent: MutableNode | undefined, depth: number): MutableNode {
    const node = this.container('array', parent);
    const first = this.pending.length;
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) === charCodes.CLOSE_BRACKET || this.tooDeep) break;
      this.pending.push(this.value(node, depth + 1));
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) === charCodes.COMMA) this.pos += 1;
    }
    this.close(node, first);
    return node;
  }

  private string(parent: MutableNode | undefined): MutableNode {
    const text = this.text;
    const start = this.pos;
    let end = start + 1;
    let escaped = false;
    for (;;) {
      const code = text.charCodeAt(end);
      if (code === charCodes.QUOTE) break;
      if (code === charCodes.BACKSLASH) {
        escaped = true;
        end += 1;
      }
      end += 1;
    }
    this.pos = end + 1;
    const value = escaped
      ? (JSON.parse(text.slice(start, end + 1)) as string)
      : text.slice(start + 1, end);
    return this.leaf('string', parent, start, value);
  }

  private literal(parent: MutableNode | undefined, code: number): MutableNode {
    const start = this.pos;
    if (code === 116 /* t */) {
      this.pos += 4;
      return this.leaf('boolean', parent, start, true);
    }
    if (code === 102 /* f */) {
      this.pos += 5;
      return this.leaf('boolean', parent, start, false);
    }
    if (code === 110 /* n */) {
      this.pos += 4;
      return this.leaf('null', parent, start, null);
    }
    while (isNumberPart(this.text.charCodeAt(this.pos))) this.pos += 1;
    return this.leaf('number', parent, start, Number(this.text.slice(start, this.pos)));
  }

  private leaf(
    type: Node['type'],
    parent: MutableNode | undefined,
    offset: number,
    value: unknown,
  ): MutableNode {
    return { type, offset, length: this.pos - offset, parent, value };
  }
}
