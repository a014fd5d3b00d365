import * as vscode from 'vscode';

// One panel per opened preview; closing it disposes the panel and its listeners, but the file
// watcher it made stays, watching the folder, for every preview ever opened.
export class MarkdownPreview implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly file: vscode.Uri) {
    this.panel = vscode.window.createWebviewPanel('md.preview', 'Preview', vscode.ViewColumn.Beside, {});
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), '*.css')); // expect: undisposed-child
    this.watcher.onDidChange(() => this.render(), null, this.subscriptions);
    this.panel.onDidDispose(() => this.dispose(), null, this.subscriptions);
  }

  render(): void {
    this.panel.webview.html = `<p>${this.file.fsPath}</p>`;
  }

  dispose(): void {
    this.panel.dispose();
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
