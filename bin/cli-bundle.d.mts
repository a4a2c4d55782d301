export function defaultCacheDirs(): string[];
export function cliBundleUrl(dirs?: readonly string[]): Promise<string>;
