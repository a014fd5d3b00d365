// The twin: the listener is added once, when the extension activates, and handed to the
// extension's subscriptions, which VS Code disposes on deactivation.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Lint on save');
  let enabled = false;
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('lintOnSave.enable', () => {
      enabled = true;
      void vscode.window.showInformationMessage('Lint on save is on');
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (enabled) output.appendLine(`saved ${document.fileName}`);
    }),
  );
}
