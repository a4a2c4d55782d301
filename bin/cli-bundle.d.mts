export function cliBundleUrl(dirs?: readonly string[]): Promise<string>;
