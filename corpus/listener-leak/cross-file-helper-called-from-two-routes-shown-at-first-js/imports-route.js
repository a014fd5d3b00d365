const { relayProgress } = require('./progress');

module.exports = (app) => {
  app.get('/imports/:id/progress', (req, res) => {
    res.setHeader('Content-Type', 'text/event-stream');
    relayProgress(res, req.params.id);
  });
};
