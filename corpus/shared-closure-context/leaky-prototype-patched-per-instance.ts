// Each parser adapter patches the tokenizer's shared prototype with a closure that captures the
// adapter. The prototype is shared by the whole module: it keeps the latest adapter, and the
// document it builds, alive after parsing is done.
import { Tokenizer } from './tokenizer';

const originalEmit = Tokenizer.prototype.emit;

export class DocumentAdapter {
  current: unknown = null;

  constructor(public document: { nodes: unknown[] }) {
    const adapter = this;
    Tokenizer.prototype.emit = function (this: Tokenizer, token: unknown) { // expect: shared-closure-context
      originalEmit.call(this, token);
      adapter.current = token;
    };
  }
}
