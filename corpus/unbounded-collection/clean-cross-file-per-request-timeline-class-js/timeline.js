// Server-Timing marks for one request: every request gets its own timeline, dropped with it.
class RequestTimeline {
  constructor() {
    this.started = Date.now();
    this.marks = [];
  }

  mark(label) {
    this.marks.push({ label, at: Date.now() - this.started });
    return this;
  }

  header() {
    return this.marks.map((m) => `${m.label};dur=${m.at}`).join(', ');
  }
}

module.exports = { RequestTimeline };
