// The upload handler consumes the stream it is given; its 'error' listener ends with it.
const { pipeline } = require('node:stream/promises');
const fs = require('node:fs');

async function saveUpload(source, path) {
  source.once('error', (err) => console.error('upload failed', err));
  await pipeline(source, fs.createWriteStream(path));
}

module.exports = { saveUpload };
