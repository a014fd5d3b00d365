// The same client, forgetting each stream when it closes, which every stream does, whether
// it ended, failed or was reset.
const http2 = require('node:http2');

class UpstreamClient {
  constructor(origin) {
    this.session = http2.connect(origin);
    this.open = new Map();
    this.nextId = 1;
  }

  fetchText(path) {
    const id = this.nextId++;
    const stream = this.session.request({ ':path': path });
    this.open.set(id, stream);
    stream.on('close', () => this.open.delete(id));
    return new Promise((resolve, reject) => {
      let body = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => (body += chunk));
      stream.on('end', () => resolve(body));
      stream.on('error', reject);
    });
  }
}

module.exports = { UpstreamClient };
