// Each export job starts a status poll that reschedules itself whether or not the export has
// finished: every job ever processed leaves a loop calling the API (and holding the job).
const { Worker } = require('bullmq');
const axios = require('axios');

const api = axios.create({ baseURL: process.env.EXPORT_API });

function watchExport(exportId, onUpdate) {
  const tick = async () => {
    const { data } = await api.get(`/exports/${exportId}`);
    onUpdate(data);
    setTimeout(tick, 2000);
  };
  tick();
}

new Worker('exports', async (job) => {
  const { data } = await api.post('/exports', { datasetId: job.data.datasetId });
  return new Promise((resolve) => {
    watchExport(data.exportId, (status) => { // expect: uncleared-timeout
      job.updateProgress(status.percent || 0);
      if (status.state === 'done') resolve(status.url);
    });
  });
}, { connection: { host: '127.0.0.1', port: 6379 } });
