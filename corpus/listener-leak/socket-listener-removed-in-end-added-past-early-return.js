'use strict';
const https = require('https');

const agent = new https.Agent({ keepAlive: true, maxSockets: 32 });
const STALL_MS = 8000;

function fetchManifest(host, path) {
  return new Promise((resolve, reject) => {
    let socket = null;
    const onStall = () => request.destroy(new Error(`no bytes from ${host}${path} for ${STALL_MS} ms`));

    const request = https.get({ host, path, agent }, (response) => {
      if (response.statusCode === 304) {
        response.resume();
        resolve(null);
        return;
      }
      let raw = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { raw += chunk; });
      response.on('end', () => {
        if (socket) socket.removeListener('timeout', onStall);
        resolve(JSON.parse(raw));
      });
    });

    request.on('socket', (s) => {
      socket = s;
      s.setTimeout(STALL_MS);
      s.on('timeout', onStall); // expect: listener-leak
    });
    request.on('error', reject);
  });
}

module.exports = { fetchManifest };
