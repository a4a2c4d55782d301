import type { ConditionBlock, Statement } from '../policy/model.ts';
import { sharedActionList, type SharedActionList } from './action-lists.ts';
import { coverTest } from './glob.ts';
import { PatternIndex } from './pattern-index.ts';

/*
 * Which statement already covers every request another one does: of the same effect, with its
 * actions and resources within the other's, the same principal, and either no conditions or the
 * same ones. Negated elements are left alone. Statements are grouped and indexed by their entries
 * so that each is compared only with the few that may cover it, not with every other.
 */

/** A text that reads back one way only, whatever it is next to. */
function framed(text: string): string {
  return `${text.length}:${text}`;
}

/** The conditions as one text, equal for equal conditions (keys compared case-insensitively). */
function conditionsText(blocks: ConditionBlock[]): string {
  let text = '';
  for (const block of blocks) {
    text += framed(block.operator.raw) + framed(String(block.keys.length));
    for (const key of block.keys) {
      text += framed(key.key.toLowerCase()) + framed(String(key.values.length));
      for (const value of key.values) text += framed(value.value);
    }
  }
  return text;
}

function principalText(statement: Statement): string {
  const principal = statement.principal;
  if (!principal) return '';
  return JSON.stringify([principal.negated, principal.entries.map((e) => [e.kind, e.value])]);
}

/** What comparing two statements needs, computed once per statement. */
export interface Shape {
  statement: Statement;
  comparable: boolean;
  principal: string;
  conditions: string;
  /** Shared by the statements of the same Action list, with the test of what it covers. */
  actionList: SharedActionList | undefined;
  actions: readonly string[];
  resources: string[];
  /** Built on first use: most statements are never the outer one of a comparison. */
  coversResource?: (value: string) => boolean;
}

export function shapeOf(statement: Statement): Shape {
  const actionList = statement.action && sharedActionList(statement.action);
  const actions = actionList?.values ?? [];
  const resources = statement.resource?.entries.map((entry) => entry.value) ?? [];
  return {
    statement,
    comparable: actions.length > 0 && !statement.action?.negated && !statement.resource?.negated,
    principal: principalText(statement),
    conditions: conditionsText(statement.conditions),
    actionList,
    actions,
    resources,
  };
}

/** Whether `outer` allows or denies every request `inner` does. */
export function covers(outer: Shape, inner: Shape): boolean {
  const a = outer.statement;
  const b = inner.statement;
  if (!outer.comparable || !inner.comparable || a.effect !== b.effect) return false;
  if (!a.resource !== !b.resource || outer.principal !== inner.principal) return false;
  if (a.conditions.length > 0 && outer.conditions !== inner.conditions) return false;
  return elementCovered(outer, inner, 'actions') && elementCovered(outer, inner, 'resources');
}

/** The test of what the outer statement's element covers, built on first use. */
function coversOf(outer: Shape, element: 'actions' | 'resources'): (value: string) => boolean {
  if (element === 'resources') return (outer.coversResource ??= coverTest(outer.resources, false));
  // A comparable statement has an Action list.
  return (outer.actionList!.coversPattern ??= coverTest(outer.actions, true));
}

/**
 * Whether every value of the inner statement's element is in the outer one's. A loop by index:
 * this runs for every pair of statements compared, much of it before the code is optimized.
 */
function elementCovered(outer: Shape, inner: Shape, element: 'actions' | 'resources'): boolean {
  const listed = outer[element];
  const values = inner[element];
  for (let i = 0; i < values.length; i++) {
    // Values listed as they are need no pattern test: the usual case for repeated statements.
    if (listed.includes(values[i]!)) continue;
    if (!coversOf(outer, element)(values[i]!)) return false;
  }
  return true;
}

/** Whether `other` is the statement to report `shape` against: of two equal ones, the earlier. */
export function reportedCover(shapes: Shape[], position: number, other: number): boolean {
  return (
    other !== position &&
    covers(shapes[other]!, shapes[position]!) &&
    (!covers(shapes[position]!, shapes[other]!) || other < position)
  );
}

const UNCONDITIONED = conditionsText([]);

/**
 * Statements that may cover one another share effect, Resource or not, and principal (JSON, or
 * empty); the group's key adds the outer statement's conditions (empty, or starting with a digit).
 */
function groupBase(shape: Shape): string {
  const { effect, resource } = shape.statement;
  return `${effect} ${resource ? 'Resource' : 'NoResource'} ${shape.principal}`;
}

/** Few enough candidates to test one by one rather than index the group's actions too. */
const FEW = 8;

/**
 * One group's statements indexed by their resources (ARNs tell statements apart best), and by
 * their actions only once a statement's resource has many candidates (`"Resource": "*"`).
 */
class Group {
  private readonly members: number[] = [];
  private readonly resources = new PatternIndex(false);
  private actions: PatternIndex | undefined;

  constructor(private readonly shapes: Shape[]) {}

  add(position: number): void {
    this.members.push(position);
    this.resources.add(position, this.shapes[position]!.resources);
  }

  /** Lists of the statements that may cover one: all that do, maybe more (see PatternIndex). */
  candidates(shape: Shape): number[][] {
    const byResource = shape.resources.length > 0 ? this.resources.lists(shape.resources[0]!) : [];
    if (shape.resources.length > 0 && count(byResource) <= FEW) return byResource;
    const byAction = this.actionIndex().lists(shape.actions[0]!);
    return shape.resources.length > 0 && count(byResource) < count(byAction)
      ? byResource
      : byAction;
  }

  private actionIndex(): PatternIndex {
    if (!this.actions) {
      this.actions = new PatternIndex(true);
      for (const position of this.members) {
        this.actions.add(position, this.shapes[position]!.actions);
      }
    }
    return this.actions;
  }
}

function indexGroups(shapes: Shape[], keys: string[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  shapes.forEach((shape, position) => {
    if (!shape.comparable) return;
    let group = groups.get(keys[position]!);
    if (!group) {
      group = new Group(shapes);
      groups.set(keys[position]!, group);
    }
    group.add(position);
  });
  return groups;
}

function count(lists: number[][]): number {
  let sum = 0;
  for (let i = 0; i < lists.length; i++) sum += lists[i]!.length;
  return sum;
}

/**
 * The first position of `lists` (each ascending) that is the statement to report `position`
 * against, or -1. Each list is read only up to the best found so far: no merged list is made.
 */
function firstReported(shapes: Shape[], position: number, lists: number[][]): number {
  let best = -1;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    for (let j = 0; j < list.length; j++) {
      const other = list[j]!;
      if (best >= 0 && other >= best) break;
      if (reportedCover(shapes, position, other)) {
        best = other;
        break;
      }
    }
  }
  return best;
}

/** For each statement, the first one that covers it (reportedCover), or undefined. */
export function firstCovers(statements: readonly Statement[]): (Statement | undefined)[] {
  const shapes = statements.map(shapeOf);
  const bases = shapes.map(groupBase);
  const keys = shapes.map((shape, position) => bases[position]! + shape.conditions);
  const groups = indexGroups(shapes, keys);
  return shapes.map((shape, position) => {
    if (!shape.comparable) return undefined;
    // Covered only by a statement of its own group or of its group without conditions.
    const own = groups.get(keys[position]!)!;
    const unconditioned = groups.get(bases[position]! + UNCONDITIONED);
    const lists = own.candidates(shape);
    if (unconditioned && unconditioned !== own) lists.push(...unconditioned.candidates(shape));
    const at = firstReported(shapes, position, lists);
    return at < 0 ? undefined : shapes[at]!.statement;
  });
}
