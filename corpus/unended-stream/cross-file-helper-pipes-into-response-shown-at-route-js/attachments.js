// Streams a stored attachment to the client. The route that calls it runs once per download,
// so the missing teardown is shown at that call, with a step into this helper.
const fs = require('fs');
const path = require('path');

const STORE = process.env.ATTACHMENT_DIR || '/srv/attachments';

function streamAttachment(res, id, mime) {
  res.setHeader('Content-Type', mime);
  fs.createReadStream(path.join(STORE, id)).pipe(res);
}

module.exports = { streamAttachment };
