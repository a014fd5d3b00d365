'use strict';

// Every open editor session, so that a crash report can tell whether one is open.
const SESSIONS = new WeakSet();

class EditorSession {
  constructor(documentId, user) {
    this.documentId = documentId;
    this.user = user;
    this.edits = [];
    SESSIONS.add(this);
  }

  apply(edit) {
    this.edits.push(edit);
  }

  close() {
    SESSIONS.delete(this);
  }
}

function isOpen(session) {
  return SESSIONS.has(session);
}

module.exports = { EditorSession, isOpen };
