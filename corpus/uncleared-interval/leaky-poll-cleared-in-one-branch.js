// The poll clears itself when the export is ready, but the 'failed' branch rejects and leaves
// the interval polling the status map for good.
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
        reject(new Error(job.reason));
      }
    }, 500);
  });
}

const app = express();
app.get('/exports/:id', async (req, res) => {
  try {
    res.json({ url: await waitForExport(req.params.id) }); // expect: uncleared-interval
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});
app.listen(3006);
