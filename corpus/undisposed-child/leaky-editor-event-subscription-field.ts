// A preview panel keeps its subscription to the editor's document changes in a field that its
// dispose() never ends: every closed panel stays subscribed, with itself in the listener.
import * as vscode from 'vscode';

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changes: vscode.Disposable;

  constructor(private readonly panel: vscode.WebviewPanel, private readonly document: vscode.TextDocument) {
    this.disposables.push(panel.onDidDispose(() => this.dispose()));
    this.changes = vscode.workspace.onDidChangeTextDocument((event) => { // expect: undisposed-child
      if (event.document === this.document) this.render();
    });
    this.render();
  }

  private render(): void {
    this.panel.webview.html = `<pre>${this.document.getText()}</pre>`;
  }

  dispose(): void {
    this.panel.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
