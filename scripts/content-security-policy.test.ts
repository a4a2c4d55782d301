import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyPlugin,
  inlineScriptProblems,
  pageCsp,
  scriptHashSource,
} from './content-security-policy.ts';
import { buildInTempDir } from './vite-test-build.ts';

const INDEX_HTML = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

describe("index.html's Content-Security-Policy", () => {
  it('lets the inline theme script run by its hash, and allows no other inline script', () => {
    expect(inlineScriptProblems(INDEX_HTML)).toEqual([]);
  });

  it('is strict: nothing but the own origin, no inline or eval script, no plugins, base or forms', () => {
    const csp = pageCsp(INDEX_HTML);
    expect(csp?.get('default-src')).toEqual(["'self'"]);
    expect(csp?.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual([
      "'self'",
    ]);
    expect(csp?.get('connect-src')).toEqual(["'self'"]);
    expect(csp?.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp?.get('object-src')).toEqual(["'none'"]);
    expect(csp?.get('base-uri')).toEqual(["'none'"]);
    expect(csp?.get('form-action')).toEqual(["'none'"]);
  });

  it('reports an edited theme script: its new hash is missing and the old one is stale', () => {
    const edited = INDEX_HTML.replace("saved === 'dark'", "saved === 'night'");
    expect(inlineScriptProblems(edited)).toEqual([
      expect.stringMatching(/^An inline script is not allowed by script-src: add 'sha256-/),
      expect.stringMatching(/^script-src allows 'sha256-.*, which no inline script has/),
    ]);
  });
});

describe('scriptHashSource', () => {
  it('is the base64 SHA-256 of the text, with line ends as the HTML parser leaves them', () => {
    // SHA-256 of the empty string, as in the CSP specification's examples.
    expect(scriptHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHashSource('a();\r\nb();\r')).toBe(scriptHashSource('a();\nb();\n'));
  });
});

describe('contentSecurityPolicyPlugin', () => {
  const page = (script: string, hashed: string) => `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${scriptHashSource(hashed)}" />
<script>${script}</script>
</head><body></body></html>`;

  it('builds a page whose inline script matches its hash', async () => {
    const files = await buildInTempDir(
      { 'index.html': page('document.title = "a";', 'document.title = "a";') },
      { plugins: [contentSecurityPolicyPlugin()] },
    );
    expect(Object.keys(files)).toContain('index.html');
  });

  it('fails the build when the script no longer matches', async () => {
    await expect(
      buildInTempDir(
        { 'index.html': page('document.title = "b";', 'document.title = "a";') },
        { plugins: [contentSecurityPolicyPlugin()] },
      ),
    ).rejects.toThrow(/index\.html: An inline script is not allowed by script-src/);
  });

  it('leaves the policy out of the dev server’s page, whose React Refresh script is inline', async () => {
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      plugins: [contentSecurityPolicyPlugin()],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const html = await server.transformIndexHtml('/', page('a();', 'a();'));
      expect(html).not.toContain('Content-Security-Policy');
      expect(html).toContain('<script>a();</script>');
    } finally {
      await server.close();
    }
  });
});
