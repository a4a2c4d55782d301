import {
  parseDocument,
  type CollectionTag,
  type ScalarTag,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * The short forms of CloudFormation's intrinsic functions in YAML (`!Sub`, `!Ref`, `!GetAtt`...),
 * each read as the long form it stands for (`{"Fn::Sub": ...}`, `{"Ref": ...}`):
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
const SHORT_FORMS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Length',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
];

function longForm(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** `!GetAtt Role.Arn` is the short form of `Fn::GetAtt: [Role, Arn]`. */
function scalarArgument(name: string, value: string): unknown {
  if (name !== 'GetAtt') return value;
  const dot = value.indexOf('.');
  return dot < 0 ? value : [value.slice(0, dot), value.slice(dot + 1)];
}

const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = [
  ...SHORT_FORMS,
  'Ref',
  'Condition',
].flatMap((name) => {
  const tag = `!${name}`;
  const key = longForm(name);
  const collection = (value: YAMLMap.Parsed | YAMLSeq.Parsed) => ({ [key]: value.toJSON() });
  return [
    { tag, resolve: (value: string) => ({ [key]: scalarArgument(name, value) }) },
    { tag, collection: 'seq' as const, resolve: collection },
    { tag, collection: 'map' as const, resolve: collection },
  ];
});

export type YamlRead = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A YAML text (a CloudFormation template) as plain values. YAML 1.2's core schema keeps
 * `2012-10-17` a string, as CloudFormation reads it.
 */
export function readCloudFormationYaml(text: string): YamlRead {
  const document = parseDocument(text, { customTags: CLOUDFORMATION_TAGS, logLevel: 'silent' });
  const [error] = document.errors;
  if (error) {
    const place = error.linePos?.[0];
    const at = place ? ` (line ${place.line}, column ${place.col})` : '';
    const first = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:$/, '');
    return { ok: false, message: `${first}${at}` };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }) as unknown };
  } catch (error) {
    // The yaml package refuses a text whose aliases would expand past the count ("billion laughs").
    return { ok: false, message: (error as Error).message };
  }
}
