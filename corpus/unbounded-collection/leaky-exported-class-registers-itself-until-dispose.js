'use strict';

// Every open editor session, so that a crash report can list them.
const SESSIONS = new Set(); // expect: unbounded-collection

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

function openSessions() {
  return [...SESSIONS].map((s) => ({ doc: s.documentId, user: s.user }));
}

module.exports = { EditorSession, openSessions };
