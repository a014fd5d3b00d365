// A debugger extension: 'attach' fills the module's session, 'detach' disposes it but keeps
// it in the variable, with the socket and the snapshot data it collected, until the next attach.
'use strict';
const vscode = require('vscode');
const { ProfilerSession } = require('./profiler-session');

let session;

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('profiler.attach', async () => {
      const url = await vscode.window.showInputBox({ prompt: 'Inspector URL' });
      if (!url) return;
      if (session) session.dispose();
      session = new ProfilerSession(url);
    }),
    vscode.commands.registerCommand('profiler.detach', () => {
      if (!session) return;
      session.dispose(); // expect: stale-reference
    }),
  );
}

function deactivate() {
  if (session) session.dispose();
}

module.exports = { activate, deactivate };
