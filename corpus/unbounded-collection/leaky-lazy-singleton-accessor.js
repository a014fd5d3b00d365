// A lookup cache made on first use and handed out by a static accessor: one instance for the
// life of the process, and every distinct user agent ever seen stays in it.
const express = require('express');

class AgentParser {
  static getInstance() {
    if (!AgentParser.instance) {
      AgentParser.instance = new AgentParser();
    }
    return AgentParser.instance;
  }

  constructor() {
    this.parsed = new Map(); // expect: unbounded-collection
  }

  parse(agent) {
    let found = this.parsed.get(agent);
    if (!found) {
      found = { mobile: /Mobile/.test(agent), raw: agent };
      this.parsed.set(agent, found);
    }
    return found;
  }
}

const app = express();

app.use((req, res, next) => {
  req.agent = AgentParser.getInstance().parse(req.get('user-agent') || '');
  next();
});

app.listen(8080);
