// A command that follows a folder closes the watcher it followed before (waiting for that
// close) and then starts the next one, kept where the stop command and deactivate close it.
import * as vscode from 'vscode';
import chokidar, { FSWatcher } from 'chokidar';

const output = vscode.window.createOutputChannel('Followed files');
let watcher: FSWatcher | undefined;

async function stopFollowing(): Promise<void> {
  const current = watcher;
  watcher = undefined;
  if (current) await current.close();
}

async function follow(folder: vscode.WorkspaceFolder): Promise<void> {
  await stopFollowing();
  const next = chokidar.watch(folder.uri.fsPath, { ignoreInitial: true });
  next.on('change', (file) => output.appendLine(`changed: ${file}`));
  watcher = next;
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('files.follow', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (folder) await follow(folder);
    }),
    vscode.commands.registerCommand('files.stop', () => stopFollowing()),
  );
}

export async function deactivate(): Promise<void> {
  await stopFollowing();
}
