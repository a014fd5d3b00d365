// The health route samples the load on every call.
const express = require('express');
const sampleLoad = require('./load');

const app = express();
app.get('/health', async (req, res) => {
  res.json({ load: await sampleLoad(200) });
});
app.listen(8095);
