import { isObject } from '../scenario/detect.ts';

/** What `Ref: AWS::NoValue` leaves: the property or list entry is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function intrinsicName(value: Record<string, unknown>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const [key] = keys as [string];
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

/**
 * `Fn::Sub` with a variable map puts each variable's value in the template; `${!Name}` is the
 * literal `${Name}` (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html),
 * which is how a template writes an IAM policy variable such as `${!aws:username}`.
 */
function substitute(template: string, variables: Record<string, unknown>): string {
  return template.replace(/\$\{(!?)([^}]*)\}/g, (whole, literal: string, name: string) => {
    if (literal) return `\${${name}}`;
    const value = variables[name];
    return typeof value === 'string' ? value : whole;
  });
}

class IntrinsicReader {
  constructor(
    private readonly notes: string[],
    private readonly where: string,
  ) {}

  read(value: unknown): unknown {
    if (Array.isArray(value)) {
      return value.map((entry) => this.read(entry)).filter((entry) => entry !== NO_VALUE);
    }
    if (!isObject(value)) return value;
    const name = intrinsicName(value);
    if (name) return this.function(name, value[name]);
    const object: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const read = this.read(entry);
      if (read !== NO_VALUE) object[key] = read;
    }
    return object;
  }

  private function(name: string, argument: unknown): unknown {
    const args = this.read(argument);
    const list = Array.isArray(args) ? args : [args];
    switch (name) {
      case 'Ref':
        return args === 'AWS::NoValue' ? NO_VALUE : `\${${asText(args)}}`;
      case 'Fn::Sub': {
        const [template, variables] = list;
        return substitute(asText(template), isObject(variables) ? variables : {});
      }
      case 'Fn::GetAtt':
        return `\${${Array.isArray(args) ? list.map(asText).join('.') : asText(args)}}`;
      case 'Fn::Join': {
        const [delimiter, parts] = list;
        return Array.isArray(parts)
          ? parts.map(asText).join(asText(delimiter))
          : `\${Join:${asText(parts)}}`;
      }
      case 'Fn::Select': {
        const [index, options] = list;
        const chosen = Array.isArray(options) ? options[Number(index)] : undefined;
        return chosen ?? `\${Select:${list.map(asText).join('.')}}`;
      }
      case 'Fn::If': {
        const [condition, whenTrue] = list;
        this.notes.push(
          `${this.where}: Fn::If ${asText(condition)} was read as true (the value the template gives when the condition holds)`,
        );
        return whenTrue;
      }
      default:
        return `\${${name.slice('Fn::'.length)}:${list.map(asText).join('.')}}`;
    }
  }
}

/**
 * A CloudFormation value with its intrinsic functions made readable, as a person would read the
 * deployed policy: `Ref: Bucket` is `${Bucket}`, `Fn::GetAtt: [Role, Arn]` is `${Role.Arn}` (the
 * way Fn::Sub names them), `Fn::Sub` its template with its variables put in, `Fn::Join` its
 * parts joined. A choice made (which branch of Fn::If) is added to `notes`, naming `where`.
 */
export function readIntrinsics(value: unknown, notes: string[], where: string): unknown {
  const read = new IntrinsicReader(notes, where).read(value);
  return read === NO_VALUE ? undefined : read;
}
