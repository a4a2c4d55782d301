/**
 * One text per Action list, for rules that work something out once per list: each entry framed by
 * its length, since an entry may hold any character (joined with a separator, `["a\nb"]` and
 * `["a", "b"]` would share a key).
 */
export function actionListKey(actions: readonly string[]): string {
  let key = '';
  for (let i = 0; i < actions.length; i++) key += `${actions[i]!.length}:${actions[i]}`;
  return key;
}
