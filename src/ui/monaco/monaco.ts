// The JSON-only Monaco build: the editor API, its editor features, and the JSON language.
// Importing all of 'monaco-editor' would bundle every language (about three times the size).
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import './setup-workers.ts';
import { registerIamLanguageFeatures } from './language/register.ts';

registerIamLanguageFeatures(monaco);

export { monaco, jsonDefaults };
