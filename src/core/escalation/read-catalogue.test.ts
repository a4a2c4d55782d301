import { describe, expect, it } from 'vitest';
import { CatalogueError, readCatalogue } from './read-catalogue.ts';
import { TEST_CATALOGUE } from './test-catalogue.ts';

/** A copy of the test catalogue with its first path (iam-001) changed. */
function withFirstPath(change: (path: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(TEST_CATALOGUE) as unknown as { paths: Record<string, unknown>[] };
  const [first] = copy.paths;
  if (first) change(first);
  return copy;
}

describe('readCatalogue checks a catalogue on load', () => {
  it('reads a catalogue of the expected shape unchanged', () => {
    expect(readCatalogue(structuredClone(TEST_CATALOGUE))).toEqual(TEST_CATALOGUE);
  });

  it('refuses a path without a permission, saying which', () => {
    const bad = withFirstPath((path) => (path.permissions = []));
    expect(() => readCatalogue(bad)).toThrow(
      new CatalogueError('paths[0] (iam-001).permissions: expected at least one permission'),
    );
  });

  it('refuses a path without an id', () => {
    const bad = withFirstPath((path) => delete path.id);
    expect(() => readCatalogue(bad)).toThrow('paths[0].id: expected a non-empty string');
  });

  it('refuses an unknown field, an unknown category and an unknown resource, saying where', () => {
    expect(() => readCatalogue(withFirstPath((path) => (path.severity = 'high')))).toThrow(
      'paths[0] (iam-001): unknown field severity',
    );
    expect(() => readCatalogue(withFirstPath((path) => (path.category = 'lateral')))).toThrow(
      'paths[0] (iam-001).category: "lateral" is not one of self-escalation',
    );
    const unknownResource = withFirstPath(
      (path) => (path.permissions = [{ action: 'iam:PassRole', resource: 'bucket' }]),
    );
    expect(() => readCatalogue(unknownResource)).toThrow(
      'paths[0] (iam-001).permissions[0].resource: "bucket" is not one of',
    );
  });

  it('refuses a PassRole entry without its services', () => {
    const bad = withFirstPath((path) => (path.passRole = { runsCode: true }));
    expect(() => readCatalogue(bad)).toThrow(
      'paths[0] (iam-001).passRole: expected { services: string[], runsCode: boolean }',
    );
  });

  it('refuses a repeated id and a value that is not a catalogue', () => {
    const twice = structuredClone(TEST_CATALOGUE);
    twice.paths.push(structuredClone(TEST_CATALOGUE.paths[0]!));
    expect(() => readCatalogue(twice)).toThrow('path id iam-001 appears twice');
    expect(() => readCatalogue([])).toThrow('catalogue: expected an object with a "paths" array');
  });
});
