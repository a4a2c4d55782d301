export function cliBundleUrl(dirs?: readonly string[]): Promise<string>;
export function writeWhole(path: string, contents: string | NodeJS.ArrayBufferView): void;
