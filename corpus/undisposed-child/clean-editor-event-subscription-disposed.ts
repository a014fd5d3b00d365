// The panel's subscription to document changes is ended by its dispose().
import * as vscode from 'vscode';

export class PreviewPanel implements vscode.Disposable {
  private changes: vscode.Disposable | undefined;

  constructor(private readonly panel: vscode.WebviewPanel, private readonly document: vscode.TextDocument) {
    this.changes = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === this.document) this.render();
    });
    this.render();
  }

  private render(): void {
    this.panel.webview.html = `<pre>${this.document.getText()}</pre>`;
  }

  dispose(): void {
    this.changes?.dispose();
    this.changes = undefined;
    this.panel.dispose();
  }
}
