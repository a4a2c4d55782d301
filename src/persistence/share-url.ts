export interface ShareFragment {
  payload: string;
  /** `&view`: open read-only, offering "Edit a copy". */
  view: boolean;
}

/** The page's address with the scenario in the fragment, which browsers never send to a server. */
export function makeShareUrl(
  page: { origin: string; pathname: string; search: string },
  payload: string,
  view: boolean,
): string {
  return `${page.origin}${page.pathname}${page.search}#s=${payload}${view ? '&view' : ''}`;
}

/** The share payload of a location hash such as `#s=1.abc&view`; undefined when there is none. */
export function readShareFragment(hash: string): ShareFragment | undefined {
  const parts = hash.replace(/^#/, '').split('&');
  const scenario = parts.find((part) => part.startsWith('s='));
  if (scenario === undefined) return undefined;
  return { payload: scenario.slice(2), view: parts.includes('view') };
}
