import * as vscode from 'vscode';

export class StylesheetPreview implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly log = vscode.window.createOutputChannel('Stylesheet preview');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(folder: vscode.Uri) {
    this.panel = vscode.window.createWebviewPanel('css.preview', 'Styles', vscode.ViewColumn.Beside, {});
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*.css'));
    this.subscriptions.push(this.watcher);
    this.watcher.onDidChange((uri) => this.log.appendLine(`changed ${uri.fsPath}`), null, this.subscriptions);
  }

  dispose(): void {
    this.panel.dispose();
    this.log.dispose();
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
