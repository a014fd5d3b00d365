// Every run of the command adds one more save listener to the workspace and drops the
// Disposable that would remove it: they pile up for the life of the extension host.
'use strict';
const vscode = require('vscode');

function activate(context) {
  const output = vscode.window.createOutputChannel('Lint on save');
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand('lintOnSave.enable', () => {
    vscode.workspace.onDidSaveTextDocument((document) => { // expect: dropped-unsubscribe
      output.appendLine(`saved ${document.fileName}`);
    });
    vscode.window.showInformationMessage('Lint on save is on');
  }));
}

module.exports = { activate };
