/** The bundle of `command` when it names one of the command line's commands, else the whole one. */
export function cliBundleUrl(dirs?: readonly string[], command?: string): Promise<string>;
export function writeWhole(path: string, contents: string | NodeJS.ArrayBufferView): void;
