import { monaco } from './monaco.ts';
import {
  noteEditorLeft,
  noteEditorTyping,
  subscribeToTabFocus,
  TAB_FOCUS_SHORTCUT,
  tabMovesFocus,
  toggleTabFocus,
} from './tab-focus-state.ts';

const { KeyCode, KeyMod } = monaco;
const TOGGLE_KEY =
  TAB_FOCUS_SHORTCUT === 'Ctrl+M'
    ? KeyMod.CtrlCmd | KeyCode.KeyM
    : KeyMod.WinCtrl | KeyMod.Shift | KeyCode.KeyM;

/**
 * Makes `editor` follow tab-focus-state.ts: its tabFocusMode option, the toggle on Monaco's key
 * (this action takes the key from Monaco's own toggle, whose page-wide flag the option could not
 * turn off again), typing in it or clicking into it, and leaving it. Returns the dispose function.
 */
export function followTabFocus(editor: monaco.editor.IStandaloneCodeEditor): () => void {
  const apply = () => editor.updateOptions({ tabFocusMode: tabMovesFocus() });
  apply();
  const subscriptions = [
    editor.addAction({
      id: 'iam-studio.toggleTabFocus',
      label: 'Toggle Tab Key Moves Focus',
      keybindings: [TOGGLE_KEY],
      run: toggleTabFocus,
    }),
    editor.onDidChangeModelContent(() => {
      if (editor.hasWidgetFocus()) noteEditorTyping();
    }),
    // A click into the text is someone about to write there, who expects Tab to indent.
    editor.onMouseDown(noteEditorTyping),
    editor.onDidBlurEditorWidget(noteEditorLeft),
  ];
  const unsubscribe = subscribeToTabFocus(apply);
  return () => {
    unsubscribe();
    for (const subscription of subscriptions) subscription.dispose();
  };
}
