// Streams a topic to a response; hands back whatever stops it.
const hub = require('./hub');

function relayTopic(res, topic) {
  return hub.listen(topic, (message) => res.write(`data: ${JSON.stringify(message)}\n\n`));
}

module.exports = { relayTopic };
