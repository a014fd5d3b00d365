'use strict';

const net = require('net');
const { startKeepalive, stopKeepalive } = require('./keepalive.js');

// Every reconnect stops the last keepalive before it starts the next.
class BrokerClient {
  constructor(port) {
    this.port = port;
    this.retry = null;
  }

  connect() {
    const conn = net.connect(this.port);
    conn.ping = () => new Promise((resolve) => conn.write('PING\r\n', resolve));
    conn.on('close', () => this.scheduleReconnect());
    stopKeepalive(this.keepalive);
    this.keepalive = startKeepalive(conn);
  }

  scheduleReconnect() {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.connect(), 1000);
  }

  close() {
    clearTimeout(this.retry);
    stopKeepalive(this.keepalive);
  }
}

module.exports = new BrokerClient(7000);
