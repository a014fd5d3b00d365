// The tokenizer is patched once, at module level, and reaches the adapter through the
// tokenizer it is called on: no instance is captured.
import { Tokenizer } from './tokenizer';

const originalEmit = Tokenizer.prototype.emit;
Tokenizer.prototype.emit = function (this: Tokenizer & { adapter?: DocumentAdapter }, token: unknown) {
  originalEmit.call(this, token);
  if (this.adapter) this.adapter.current = token;
};

export class DocumentAdapter {
  current: unknown = null;

  constructor(public document: { nodes: unknown[] }, tokenizer: Tokenizer & { adapter?: DocumentAdapter }) {
    tokenizer.adapter = this;
  }
}
