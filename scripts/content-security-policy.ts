import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>\s*/i;
/** A script element without `src`: its text is what a `'sha256-…'` source must match. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The directives of the page's Content-Security-Policy meta tag, or undefined without one. */
export function pageCsp(html: string): Map<string, string[]> | undefined {
  const content = CSP_META.exec(html)?.[1];
  if (content === undefined) return undefined;
  const directives = new Map<string, string[]>();
  for (const directive of content.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The CSP source that allows `script`: the base64 SHA-256 of its text as the browser sees it
 * (the HTML parser turns CR LF and CR into LF before the script gets its text).
 */
export function scriptHashSource(script: string): string {
  const text = script.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => scriptHashSource(match[1] ?? ''));
}

/** What is wrong with the page's policy for its inline scripts; empty when every one runs. */
export function inlineScriptProblems(html: string): string[] {
  const csp = pageCsp(html);
  if (!csp) return ['The page has no Content-Security-Policy meta tag.'];
  const allowed = csp.get('script-src') ?? [];
  const hashes = inlineScriptHashes(html);
  const missing = hashes
    .filter((hash) => !allowed.includes(hash))
    .map((hash) => `An inline script is not allowed by script-src: add ${hash}.`);
  const stale = allowed
    .filter((source) => source.startsWith("'sha256-") && !hashes.includes(source))
    .map((source) => `script-src allows ${source}, which no inline script has: remove it.`);
  return [...missing, ...stale];
}

/**
 * Checks in every build that the page's policy lets its inline scripts run, from the HTML exactly
 * as written to the output (so a script changed by an edit or by a plugin fails the build rather
 * than the page). The dev server gets no policy: it injects inline scripts of its own (React
 * Refresh), and it is not what users get.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'iam-studio:content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => (context.server ? html.replace(CSP_META, '') : html),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const problems = inlineScriptProblems(html);
          if (problems.length > 0) this.error(`${file.fileName}: ${problems.join(' ')}`);
        }
      },
    },
  };
}
