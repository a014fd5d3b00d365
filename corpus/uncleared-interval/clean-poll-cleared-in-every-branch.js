// The same poll, cleared on both outcomes.
const express = require('express');

const exportsById = new Map();

function waitForExport(id) {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const job = exportsById.get(id);
      if (job && job.state === 'ready') {
        clearInterval(poll);
        resolve(job.url);
      } else if (job && job.state === 'failed') {
        clearInterval(poll);
        reject(new Error(job.reason));
      }
    }, 500);
  });
}

const app = express();
app.get('/exports/:id', async (req, res) => {
  try {
    res.json({ url: await waitForExport(req.params.id) });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});
app.listen(3006);
