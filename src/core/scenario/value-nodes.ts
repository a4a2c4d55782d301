import type { Node, NodeType } from 'jsonc-parser';

/**
 * A parsed JSON value seen as jsonc-parser nodes, so the scenario readers can read it as they read
 * a located tree. Nodes are made as the reader asks for them, and have no place in the text (offset
 * 0): a read that reports a problem is done again over the located tree to say where. An object's
 * node is also its own `Fields`.
 */
export class ValueNode implements Node {
  readonly offset = 0;
  readonly length = 0;
  readonly type: NodeType;
  readonly value?: unknown;
  private made?: Node[];

  /** The value the node stands for, as JSON.parse gave it. */
  constructor(readonly source: unknown) {
    if (Array.isArray(source)) this.type = 'array';
    else if (source === null) this.type = 'null';
    else if (typeof source === 'object') this.type = 'object';
    else this.type = typeof source as 'string' | 'number' | 'boolean';
    if (this.type !== 'array' && this.type !== 'object') this.value = source;
  }

  get children(): Node[] | undefined {
    if (this.type !== 'array' && this.type !== 'object') return undefined;
    this.made ??=
      this.type === 'array'
        ? (this.source as unknown[]).map((item) => new ValueNode(item))
        : Object.entries(this.source as Record<string, unknown>).map(propertyNode);
    return this.made;
  }

  /** An object's property by name, without making a node for each of its properties. */
  get(name: string): Node | undefined {
    const source = this.source as Record<string, unknown>;
    return Object.hasOwn(source, name) ? new ValueNode(source[name]) : undefined;
  }
}

function propertyNode([key, value]: [string, unknown]): Node {
  return {
    type: 'property',
    offset: 0,
    length: 0,
    children: [new ValueNode(key), new ValueNode(value)],
  };
}
