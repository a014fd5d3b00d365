// The TypeScript shape: 'detach' disposes the module's session and leaves it in the variable,
// with all it collected, until the next 'attach' fills it again.
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
      if (!session) return;
      session.dispose(); // expect: stale-reference
    }),
  );
}
