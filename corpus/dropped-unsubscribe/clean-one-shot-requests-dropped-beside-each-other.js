'use strict';

// Both requests complete after one answer: nothing is kept, and nothing needs ending.
class ProfileLoader {
  constructor(http) {
    this.http = http;
  }

  attach(ws) {
    ws.on('message', (raw) => {
      const { op, id } = JSON.parse(raw);
      if (op === 'profile') {
        this.http.get(`/users/${id}`).subscribe((user) => ws.send(JSON.stringify({ user })));
      } else if (op === 'avatar') {
        this.http.get(`/users/${id}/avatar`).subscribe((img) => ws.send(JSON.stringify({ img })));
      }
    });
  }
}

module.exports = { ProfileLoader };
