// The twin: 'detach' empties the variable once the session is disposed; deactivate() is the
// extension's own end.
import * as vscode from 'vscode';
import { ProfilerSession } from './profiler-session';

let session: ProfilerSession | undefined;

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('profiler.attach', async () => {
      const url = await vscode.window.showInputBox({ prompt: 'Inspector URL' });
      if (!url) return;
      session?.dispose();
      session = new ProfilerSession(url);
    }),
    vscode.commands.registerCommand('profiler.detach', () => {
      session?.dispose();
      session = undefined;
    }),
  );
}

export function deactivate(): void {
  session?.dispose();
}
