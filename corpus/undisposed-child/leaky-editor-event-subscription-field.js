// A status item follows the active editor through a subscription kept in a field, and its
// dispose() ends the item alone: the subscription outlives it.
const { window, StatusBarAlignment } = require('vscode');

class LanguageStatus {
  constructor() {
    this.item = window.createStatusBarItem(StatusBarAlignment.Right);
    this.item.show();
    this.following = window.onDidChangeActiveTextEditor((editor) => this.update(editor)); // expect: undisposed-child
    this.update(window.activeTextEditor);
  }

  update(editor) {
    this.item.text = editor ? editor.document.languageId : '';
  }

  dispose() {
    this.item.dispose();
  }
}

module.exports = { LanguageStatus };
