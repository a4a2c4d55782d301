import type { Page } from '@playwright/test';

/**
 * A policy of `statements` statements, each with a Sid, an action list, a resource and a
 * condition, pretty-printed: about 340 characters a statement. Without a Version it has a
 * problem (a warning), so no edit of it is read statement by statement.
 */
export function largePolicyText(statements: number, version = true): string {
  return JSON.stringify(
    {
      ...(version && { Version: '2012-10-17' }),
      Statement: Array.from({ length: statements }, (_, index) => ({
        Sid: `S${index}`,
        Effect: index % 7 === 0 ? 'Deny' : 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: [`arn:aws:s3:::bucket-${index}/*`],
        Condition: { StringEquals: { 'aws:PrincipalTag/team': [`team-${index}`] } },
      })),
    },
    null,
    2,
  );
}

/** Notes the time of every key pressed from now on, for timeKeystroke. */
export async function recordKeyTimes(page: Page) {
  await page.evaluate(() => {
    window.addEventListener(
      'keydown',
      (event) => ((window as unknown as { keyAt: number }).keyAt = event.timeStamp),
      true,
    );
  });
}

/**
 * Presses `key` and gives the time from the key event to the first animation frame whose form
 * shows `sid` in the Sid field of the card named `card` (e.g. "Statement 3").
 */
export async function timeKeystroke(page: Page, key: string, card: string, sid: string) {
  const rendered = page.evaluate(
    ({ label, value }) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>(
          `section[aria-label="${label}"] input[aria-label="Sid"]`,
        );
        const check = () => {
          if (input?.value === value) {
            resolve(performance.now() - (window as unknown as { keyAt: number }).keyAt);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { label: card, value: sid },
  );
  await page.keyboard.press(key);
  return rendered;
}

/** The value at percentile `p` of ascending `sorted`. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
