// The status item's subscription goes into the list its dispose() ends.
const { window, StatusBarAlignment } = require('vscode');

class LanguageStatus {
  constructor() {
    this.disposables = [];
    this.item = window.createStatusBarItem(StatusBarAlignment.Right);
    this.disposables.push(this.item);
    this.following = window.onDidChangeActiveTextEditor((editor) => this.update(editor));
    this.disposables.push(this.following);
    this.update(window.activeTextEditor);
  }

  update(editor) {
    this.item.text = editor ? editor.document.languageId : '';
  }

  dispose() {
    this.disposables.forEach((d) => d.dispose());
  }
}

module.exports = { LanguageStatus };
