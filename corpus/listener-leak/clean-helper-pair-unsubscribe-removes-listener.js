// The same pair, kept honest: the subscribing helper keeps each channel's listener on the
// client, and the undoing helper takes it down with the channel. A naive matcher sees a new
// closure added to a caller's client on every call.
'use strict';

const kListeners = Symbol('listeners');

function subscribeChannel(client, channel, handler) {
  const listener = function (from, payload) {
    if (from === channel) handler(payload);
  };
  client[kListeners] = client[kListeners] || new Map();
  client[kListeners].set(channel, listener);
  client.subscribe(channel);
  client.on('message', listener);
}

function unsubscribeChannel(client, channel) {
  const listener = client[kListeners] && client[kListeners].get(channel);
  client.unsubscribe(channel);
  if (listener) {
    client.removeListener('message', listener);
    client[kListeners].delete(channel);
  }
}

module.exports = { subscribeChannel, unsubscribeChannel };
