// The twin: the subscription goes into the panel's disposables, which dispose() ends.
'use strict';
const vscode = require('vscode');

class DocumentPreview {
  constructor(panel, document) {
    this.panel = panel;
    this.document = document;
    this.disposables = [];
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === this.document) this.render();
    }, null, this.disposables);
    this.panel.onDidDispose(() => this.dispose(), null, this.disposables);
    this.render();
  }

  render() {
    this.panel.webview.html = `<pre>${this.document.getText().replace(/</g, '&lt;')}</pre>`;
  }

  dispose() {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

module.exports = { DocumentPreview };
