import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lowerHelperThreads, type ThreadsOfProcess } from './helper-threads.ts';
import { SPAWN_TIMEOUT } from './test-support.ts';

function threadsOf(ids: string[], refuse: number[] = []) {
  const lowered: number[] = [];
  const threads: ThreadsOfProcess = {
    list: () => ids,
    main: 100,
    lower: (thread) => {
      if (refuse.includes(thread)) throw new Error('EPERM');
      lowered.push(thread);
    },
  };
  return { threads, lowered };
}

describe('lowerHelperThreads', () => {
  it('lowers every thread but the main one', () => {
    const { threads, lowered } = threadsOf(['100', '101', '102']);
    lowerHelperThreads(threads);
    expect(lowered).toEqual([101, 102]);
  });

  it('goes on past a thread it cannot lower, and does nothing where threads cannot be listed', () => {
    const { threads, lowered } = threadsOf(['101', '102', '103'], [102]);
    lowerHelperThreads(threads);
    expect(lowered).toEqual([101, 103]);
    const unlisted = threadsOf([]);
    unlisted.threads.list = () => {
      throw new Error('ENOENT');
    };
    expect(() => lowerHelperThreads(unlisted.threads)).not.toThrow();
    expect(unlisted.lowered).toEqual([]);
  });

  // proc(5): field 19 of /proc/[pid]/task/[tid]/stat is the thread's nice value.
  it.runIf(existsSync('/proc/self/task'))(
    'in a Node process, leaves the main thread at 0 and gives V8’s helpers 19',
    () => {
      const module = pathToFileURL(join(import.meta.dirname, 'helper-threads.ts')).href;
      const script = `
        import { readdirSync, readFileSync } from 'node:fs';
        const { lowerHelperThreads } = await import(${JSON.stringify(module)});
        lowerHelperThreads();
        const nice = (id) => Number(readFileSync('/proc/self/task/' + id + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
        const ids = readdirSync('/proc/self/task');
        console.log(JSON.stringify({ main: nice(process.pid), helpers: ids.filter((id) => Number(id) !== process.pid).map(nice) }));
      `;
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '--eval', script],
        { encoding: 'utf8', timeout: SPAWN_TIMEOUT },
      );
      expect(result.stderr).toBe('');
      const { main, helpers } = JSON.parse(result.stdout) as { main: number; helpers: number[] };
      expect(main).toBe(0);
      expect(helpers.length).toBeGreaterThanOrEqual(4);
      expect(new Set(helpers)).toEqual(new Set([19]));
    },
    SPAWN_TIMEOUT,
  );
});
