const vscode = require('vscode');

// Made per workspace folder; its log channel and diagnostics go with it.
class FolderLinter {
  constructor(folder) {
    this.folder = folder;
    this.log = vscode.window.createOutputChannel(`Lint: ${folder.name}`);
    this.diagnostics = vscode.languages.createDiagnosticCollection(folder.name);
  }

  report(uri, problems) {
    this.log.appendLine(`${uri.fsPath}: ${problems.length} problems`);
    this.diagnostics.set(uri, problems);
  }

  dispose() {
    this.diagnostics.dispose();
    this.log.dispose();
  }
}

module.exports = { FolderLinter };
