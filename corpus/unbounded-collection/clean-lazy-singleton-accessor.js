// The same lazy singleton, bounded: the accessor hands out one instance whose cache evicts
// its oldest entry past a fixed size, and a second one is keyed by a fixed set of names.
const express = require('express');

let formats;

class AgentParser {
  static getInstance() {
    if (!AgentParser.instance) {
      AgentParser.instance = new AgentParser();
    }
    return AgentParser.instance;
  }

  constructor() {
    this.parsed = new Map();
  }

  parse(agent) {
    let found = this.parsed.get(agent);
    if (!found) {
      found = { mobile: /Mobile/.test(agent), raw: agent };
      if (this.parsed.size >= 500) this.parsed.delete(this.parsed.keys().next().value);
      this.parsed.set(agent, found);
    }
    return found;
  }
}

class Formats {
  constructor() {
    this.byName = new Map();
  }

  register(name, format) {
    this.byName.set(name, format);
  }
}

function getFormats() {
  return formats || (formats = new Formats());
}

const app = express();

app.use((req, res, next) => {
  req.agent = AgentParser.getInstance().parse(req.get('user-agent') || '');
  getFormats().register('json', JSON.stringify);
  next();
});

app.listen(8080);
