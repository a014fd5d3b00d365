const vscode = require('vscode');

// Made per workspace folder the linter opens; its log channel outlives each one.
class FolderLinter {
  constructor(folder) {
    this.folder = folder;
    this.log = vscode.window.createOutputChannel(`Lint: ${folder.name}`); // expect: undisposed-child
    this.diagnostics = vscode.languages.createDiagnosticCollection(folder.name);
  }

  report(uri, problems) {
    this.log.appendLine(`${uri.fsPath}: ${problems.length} problems`);
    this.diagnostics.set(uri, problems);
  }

  dispose() {
    this.diagnostics.dispose();
  }
}

module.exports = { FolderLinter };
