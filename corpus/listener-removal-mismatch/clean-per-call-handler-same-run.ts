// Two shapes a naive check would confuse with a per-call handler removed too early: a handler
// declared once at module level (the same function on every call), and a per-call handler
// removed later in the same call, by the disposer that call returns.
import type { EventEmitter } from 'node:events';

type Editor = EventEmitter & { state: { suggestions: unknown } };

function hideSuggestions(this: Editor): void {
  this.state.suggestions = null;
}

export function applySpellcheck(editor: Editor, on: boolean, was: boolean): void {
  if (was) {
    editor.off('blur', hideSuggestions);
  }
  if (on) {
    editor.on('blur', hideSuggestions);
  }
}

export function watchOnce(editor: EventEmitter): () => void {
  const onChange = () => editor.emit('dirty');
  editor.on('change', onChange);
  return () => {
    editor.off('change', onChange);
  };
}
