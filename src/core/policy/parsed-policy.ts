import { parseTree, type Node, type ParseOptions } from 'jsonc-parser';
import { MAX_JSON_DEPTH } from '../json/depth.ts';
import { parseValidJson } from './json-tree.ts';
import type { ParsedPolicy } from './model.ts';

/** AWS accepts neither comments nor trailing commas. */
export const STRICT_JSON: ParseOptions = { disallowComments: true, allowTrailingComma: false };

/** The tree parsePolicy reads: in one pass for valid JSON, else as jsonc-parser recovers it. */
function readJsonTree(text: string): Node | undefined {
  return parseValidJson(text, MAX_JSON_DEPTH)?.root ?? parseTree(text, [], STRICT_JSON);
}

/**
 * A parsed policy whose text has a JSON tree (it is not empty or nested too deep), holding the
 * tree weakly: a tree takes twice the memory of the model (30 MB for a 1.5 MB policy), and caches
 * of parses need only the model. While alive, the tree read is the one given; once the garbage
 * collector has taken it, or when none was given (an incremental parse), it is read from the text
 * on first use, once.
 */
export function withJsonTree(parsed: Omit<ParsedPolicy, 'tree'>, built?: Node): ParsedPolicy {
  let held = built && new WeakRef(built);
  return {
    ...parsed,
    get tree() {
      let tree = held?.deref();
      if (!tree) {
        tree = readJsonTree(parsed.text);
        held = tree && new WeakRef(tree);
      }
      return tree;
    },
  };
}
