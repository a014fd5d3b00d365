// A preview panel follows its document's edits, but the workspace subscription is dropped:
// dispose() cannot end it, so every closed preview stays reachable from the workspace.
import * as vscode from 'vscode';

export class DocumentPreview {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly panel: vscode.WebviewPanel, private readonly document: vscode.TextDocument) {
    vscode.workspace.onDidChangeTextDocument((event) => { // expect: dropped-unsubscribe
      if (event.document === this.document) this.render();
    });
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    this.render();
  }

  private render(): void {
    this.panel.webview.html = `<pre>${this.document.getText().replace(/</g, '&lt;')}</pre>`;
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
