import { parsePolicy, type ParsedPolicy, reparsePolicy } from '../core/index.ts';

/** Every policy of a workspace plus the last texts of the one being edited. */
const KEPT_TEXTS = 64;

/**
 * The worker's parses, one per text, shared by everything the worker does with that text. A
 * text not seen yet is read from the last text seen of the same policy, so an edit inside one
 * statement re-reads only that statement (reparse.ts).
 */
export class ParsedTexts {
  private readonly byText = new Map<string, ParsedPolicy>();
  /** By policy id: the parse of the last text seen. */
  private readonly latest = new Map<string, ParsedPolicy>();

  get(policyId: string, document: string): ParsedPolicy {
    let result = this.byText.get(document);
    if (result) {
      // Most recently used last, so the oldest entry is the first one evicted.
      this.byText.delete(document);
    } else {
      const previous = this.latest.get(policyId);
      result = previous ? reparsePolicy(previous, document) : parsePolicy(document);
    }
    this.remember(policyId, document, result);
    return result;
  }

  private remember(policyId: string, document: string, result: ParsedPolicy): void {
    this.byText.set(document, result);
    this.latest.set(policyId, result);
    if (this.byText.size > KEPT_TEXTS) {
      this.byText.delete(this.byText.keys().next().value as string);
    }
  }
}
