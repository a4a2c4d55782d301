import { build } from 'esbuild';
const t = performance.now();
await build({ entryPoints: ['/work/main/src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '/work/main/.tmp-clib/cli.mjs', target: 'node20', logLevel: 'warning', packages: 'external', loader: { '.json': 'json' } });
console.log('built in', (performance.now() - t).toFixed(0), 'ms');
