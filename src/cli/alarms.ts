import {
  cisAlarmsCloudFormation,
  cisAlarmsEventBridge,
  cisAlarmsTerraform,
} from '../core/index.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, type CliIo } from './io.ts';

const FORMATS: Record<string, () => string> = {
  cloudformation: cisAlarmsCloudFormation,
  terraform: cisAlarmsTerraform,
  eventbridge: cisAlarmsEventBridge,
};

/**
 * `alarms --format cloudformation|terraform|eventbridge`: the CIS AWS Foundations Benchmark's
 * metric filters and alarms (or EventBridge rules) for a CloudTrail log group, as a template.
 * See "The command line" in docs/scenario-format.md.
 */
export function alarmsCommand(io: CliIo, first: string, rest: readonly string[] = []): number {
  const args = [first, ...rest];
  const format = args[0] === '--format' ? args[1] : undefined;
  const template =
    format !== undefined && Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (!template || args.length !== 2) {
    io.stderr(
      `iam-policy-studio alarms: error: ${
        args[0] !== '--format'
          ? `argument 2: expected --format, found "${args[0]}"`
          : format === undefined
            ? '--format needs a value'
            : args.length > 2
              ? `argument 4: unexpected "${args[2]}"`
              : `unknown format "${format}"`
      } (give --format cloudformation, terraform or eventbridge)\n`,
    );
    return EXIT_INVALID_INPUT;
  }
  io.stdout(template());
  return EXIT_OK;
}
