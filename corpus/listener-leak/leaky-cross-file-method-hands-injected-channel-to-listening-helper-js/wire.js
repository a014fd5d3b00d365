// Waits for the reply with a correlation id on the channel it is handed, and never stops listening.
'use strict';

function onReply(channel, id, callback) {
  channel.on('message', (frame) => {
    if (frame.correlationId === id) callback(null, frame.body);
  });
}

module.exports = { onReply };
