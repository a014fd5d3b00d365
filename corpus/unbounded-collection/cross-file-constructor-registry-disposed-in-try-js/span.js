// Open spans, listed by the tracing debug page.
class Span {
  static open = new Set();

  constructor(name, attributes) {
    this.name = name;
    this.attributes = attributes;
    this.start = Date.now();
    Span.open.add(this);
  }

  end() {
    this.duration = Date.now() - this.start;
    Span.open.delete(this);
  }

  static list() {
    return [...Span.open].map((s) => ({ name: s.name, ms: Date.now() - s.start }));
  }
}

module.exports = { Span };
