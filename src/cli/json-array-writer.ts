/** Elements joined into one write at once: a write per element makes large outputs slow. */
const BATCH = 2048;

export interface JsonArrayWriter {
  /** Adds an element, given as its JSON text. */
  add(text: string): void;
  /** Writes the elements not written yet and closes the array. */
  end(): void;
}

/** Writes a JSON array through `write`, its elements a batch at a time. */
export function jsonArrayWriter(write: (text: string) => void): JsonArrayWriter {
  write('[');
  let batch: string[] = [];
  let first = true;
  const flush = () => {
    if (batch.length === 0) return;
    write(`${first ? '' : ','}${batch.join(',')}`);
    first = false;
    batch = [];
  };
  return {
    add(text) {
      batch.push(text);
      if (batch.length === BATCH) flush();
    },
    end() {
      flush();
      write(']');
    },
  };
}
