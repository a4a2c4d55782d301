import type { CloudTrailInputFile } from '../../../analysis/cloudtrail-import.ts';

/** Files of a folder deeper than this are not looked for (a link loop, or the wrong folder). */
const MAX_DEPTH = 16;

/** A chosen file, named by its path under the chosen folder when it came in one. */
export function inputFile(file: File): CloudTrailInputFile {
  return { name: file.webkitRelativePath || file.name, blob: file };
}

/** The files a file picker gave, in the order of their names (a trail's files are dated). */
export function chosenFiles(files: FileList | null): CloudTrailInputFile[] {
  return sortedByName(Array.from(files ?? [], inputFile));
}

function sortedByName(files: CloudTrailInputFile[]): CloudTrailInputFile[] {
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A folder's entries: readEntries gives them a batch at a time until it gives none. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function filesUnder(
  entry: FileSystemEntry,
  depth: number,
  found: CloudTrailInputFile[],
): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    found.push({ name: entry.fullPath.replace(/^\//, '') || file.name, blob: file });
  } else if (entry.isDirectory && depth < MAX_DEPTH) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry))
      await filesUnder(child, depth + 1, found);
  }
}

/**
 * The files dropped, those of dropped folders included (every file under them, by path). The
 * entries are taken at once: a DataTransfer is emptied when the drop event ends.
 */
export async function droppedFiles(data: DataTransfer): Promise<CloudTrailInputFile[]> {
  const entries = Array.from(data.items, (item) =>
    item.kind === 'file' ? item.webkitGetAsEntry() : null,
  );
  if (entries.every((entry) => entry === null)) return chosenFiles(data.files);
  const found: CloudTrailInputFile[] = [];
  for (const entry of entries) if (entry) await filesUnder(entry, 0, found);
  return sortedByName(found);
}
