// Two helpers a pub/sub adapter exports as a pair. `subscribeChannel` subscribes the shared
// subscriber client to a channel and adds a 'message' listener for it; `unsubscribeChannel`,
// which callers run to undo it, unsubscribes the channel but never removes the listener.
// Every room that comes and goes leaves one more listener, with its handler, on the client.
'use strict';

function subscribeChannel(client, channel, handler) {
  client.subscribe(channel);
  client.on('message', function (from, payload) { // expect: listener-leak
    if (from === channel) handler(payload);
  });
}

function unsubscribeChannel(client, channel) {
  client.unsubscribe(channel);
}

module.exports = { subscribeChannel, unsubscribeChannel };
