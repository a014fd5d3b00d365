const chokidar = require('chokidar');
const express = require('express');
const { readdir } = require('fs/promises');

const router = express.Router();

router.get('/projects/:id/changes', async (req, res, next) => {
  const dir = `/srv/projects/${req.params.id}`;
  const watcher = chokidar.watch(dir, { ignoreInitial: true });
  watcher.on('all', (kind, file) => res.write(`data: ${JSON.stringify({ kind, file })}\n\n`));
  let entries;
  try {
    entries = await readdir(dir);
  } catch (err) {
    watcher.close();
    next(err);
    return;
  }
  if (entries.length === 0) {
    watcher.close();
    res.status(404).json({ error: 'empty project' });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.on('close', () => watcher.close());
});

module.exports = router;
