import { isCloudFormationTemplate } from '../import/cloudformation.ts';
import type { LineColumn } from '../policy/position.ts';
import { isObject, type JsonObject } from '../scenario/detect.ts';
import { readGroup, readManagedPolicy, readRole, readUser } from './gaad-entities.ts';
import { checkFields, KNOWN_FIELDS, objects, type ReportAt } from './gaad-fields.ts';
import { pathText, readJsonPages, type JsonPage, type JsonPath } from './json-pages.ts';
import { addBundledPolicies, type ManagedPolicyData } from './managed-policy-data.ts';
import { accountIdOfArn, type Account } from './model.ts';

/** Something in the file that was left out or read with a choice made, and where. */
export interface AccountProblem {
  message: string;
  /** The JSON path in the file (`UserDetailList[2].Tags`), with the page first when there are several. */
  path?: string;
  line?: number;
  column?: number;
}

export type GaadRead =
  | { ok: true; account: Account; notes: string[]; problems: AccountProblem[] }
  | ({ ok: false; message: string } & LineColumn);

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

/** True when a JSON object is (a page of) `aws iam get-account-authorization-details` output. */
export function isAccountDetails(value: unknown): value is JsonObject {
  return isObject(value) && LISTS.some((list) => list in value);
}

function keyList(value: unknown): string {
  if (!isObject(value)) return `it is ${Array.isArray(value) ? 'an array' : typeof value}`;
  const keys = Object.keys(value);
  return keys.length === 0
    ? 'it is an empty object'
    : `its keys are ${keys.slice(0, 8).join(', ')}`;
}

/** Why a page is not GAAD output, or undefined when it is. */
function refusal(page: JsonPage, several: boolean): string | undefined {
  if (isAccountDetails(page.value)) return undefined;
  const which = several ? `Page ${page.index + 1} is` : 'This is';
  if (isObject(page.value) && isCloudFormationTemplate(page.value)) {
    return `${which} a CloudFormation template, not the output of aws iam get-account-authorization-details; import it in the studio's import dialog instead`;
  }
  return `${which} not the output of aws iam get-account-authorization-details (it has none of ${LISTS.join(', ')}): ${keyList(page.value)}`;
}

class AccountBuilder {
  readonly account: Account = { users: [], groups: [], roles: [], policies: [] };
  readonly notes: string[] = [];
  readonly problems: AccountProblem[] = [];
  private readonly seen = new Map<string, string>();
  private readonly places = new Map<string, { page: JsonPage; path: JsonPath }>();

  constructor(private readonly several: boolean) {}

  reporter(page: JsonPage): ReportAt {
    return (message, path) => {
      const where = this.several ? [page.index, ...path] : path;
      this.problems.push({ message, path: pathText(where), ...page.locate(path) });
    };
  }

  /** False, reported, when the ARN was read before (overlapping pages, or a repeated entry). */
  firstOf(arn: string, page: JsonPage, path: JsonPath, report: ReportAt): boolean {
    const where = pathText(this.several ? [page.index, ...path] : path);
    const earlier = this.seen.get(arn);
    if (earlier !== undefined) {
      report(`Duplicate ARN ${arn} (first at ${earlier}): this one was left out`, path);
      return false;
    }
    this.seen.set(arn, where);
    this.places.set(arn, { page, path });
    return true;
  }

  /** Where the entry of an ARN read is in the file. */
  locate(arn: string): Omit<AccountProblem, 'message'> | undefined {
    const place = this.places.get(arn);
    if (!place) return undefined;
    const { page, path } = place;
    return { path: pathText(this.several ? [page.index, ...path] : path), ...page.locate(path) };
  }

  addPage(page: JsonPage): void {
    const root = page.value as JsonObject;
    const report = this.reporter(page);
    checkFields(root, KNOWN_FIELDS.page, [], report);
    const lists = [
      ['UserDetailList', readUser, this.account.users],
      ['GroupDetailList', readGroup, this.account.groups],
      ['RoleDetailList', readRole, this.account.roles],
      ['Policies', readManagedPolicy, this.account.policies],
    ] as const;
    for (const [key, read, into] of lists) {
      for (const entry of objects(root, key, [], report)) {
        const entity = read(entry.value, entry.path, report);
        if (entity && this.firstOf(entity.arn, page, entry.path, report)) {
          (into as { arn: string }[]).push(entity);
        }
      }
    }
  }
}

/** The last page says more follows: IsTruncated with a Marker (API), or a NextToken (CLI). */
function truncationNote(last: JsonObject): string | undefined {
  if (typeof last.NextToken === 'string') {
    return `The file is cut short: its last page has NextToken ${last.NextToken}, so the rest of the account is missing (run the command again with --starting-token and add its output)`;
  }
  if (last.IsTruncated === true) {
    const marker = typeof last.Marker === 'string' ? ` (Marker ${last.Marker})` : '';
    return `The file is cut short: its last page says IsTruncated${marker}, so the rest of the account is missing (fetch the next page with --marker and add it)`;
  }
  return undefined;
}

function accountIdOf(account: Account): string | undefined {
  for (const { arn } of [...account.users, ...account.roles, ...account.groups]) {
    const id = accountIdOfArn(arn);
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * Reads the output of `aws iam get-account-authorization-details`
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html):
 * one output, or several pages one after another or in an array. Policy documents may be objects
 * (the CLI decodes them) or URL-encoded text (the API's). AWS managed policies that entities name
 * but the file does not include come from `managed`, when given.
 */
export function readAccountDetailsText(text: string, managed?: ManagedPolicyData): GaadRead {
  const read = readJsonPages(text);
  if (!read.ok) return { ok: false, message: read.message, ...read.at };
  return readAccountDetailsPages(read.pages, managed);
}

export function readAccountDetailsPages(pages: JsonPage[], managed?: ManagedPolicyData): GaadRead {
  const several = pages.length > 1;
  for (const page of pages) {
    const why = refusal(page, several);
    if (why !== undefined) return { ok: false, message: why, ...page.locate([]) };
  }
  const builder = new AccountBuilder(several);
  pages.forEach((page) => builder.addPage(page));
  const { account, notes, problems } = builder;
  const id = accountIdOf(account);
  if (id !== undefined) account.id = id;
  const last = pages[pages.length - 1];
  const cut = last && truncationNote(last.value as JsonObject);
  if (cut !== undefined) notes.push(cut);
  addBundledPolicies(account, managed, notes, problems, (arn) => builder.locate(arn));
  return { ok: true, account, notes, problems };
}
