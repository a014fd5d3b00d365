// Koa download route that writes the raw response itself. A client that leaves mid-download
// closes `ctx.res`, and `pipe` only unpipes: the read stream keeps its file open.
const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');

const router = new Router();
const ARCHIVE = process.env.ARCHIVE_DIR || '/srv/archive';

router.get('/archive/:name', async (ctx) => {
  const file = path.join(ARCHIVE, path.basename(ctx.params.name));
  const stat = await fs.promises.stat(file);
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-length': String(stat.size), 'content-type': 'application/octet-stream' });
  fs.createReadStream(file).pipe(ctx.res); // expect: unended-stream
});

module.exports = router;
