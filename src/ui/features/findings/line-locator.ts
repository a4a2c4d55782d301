// The findings panel places many findings in a text that may be long: the core's line index finds
// the line starts once.
export { lineIndex as lineLocator } from '../../../core/index.ts';
