const express = require('express');

function feedRoutes(store) {
  const router = express.Router();
  router.get('/feed', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const unsubscribe = store.subscribe((state) => res.write(`data: ${JSON.stringify(state.prices)}\n\n`));
    res.on('close', unsubscribe);
  });
  return router;
}

module.exports = { feedRoutes };
