/** A localStorage stand-in that keeps its items in memory. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** A localStorage stand-in that refuses every read and write, as a browser may. */
export function refusingStorage() {
  const refuse = () => {
    throw new Error('denied');
  };
  return { getItem: refuse, setItem: refuse };
}
