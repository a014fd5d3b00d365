// The same poll, which stops rescheduling once the export is done or failed.
const { Worker } = require('bullmq');
const axios = require('axios');

const api = axios.create({ baseURL: process.env.EXPORT_API });

function watchExport(exportId, onUpdate) {
  const tick = async () => {
    const { data } = await api.get(`/exports/${exportId}`);
    onUpdate(data);
    if (data.state !== 'done' && data.state !== 'failed') setTimeout(tick, 2000);
  };
  tick();
}

new Worker('exports', async (job) => {
  const { data } = await api.post('/exports', { datasetId: job.data.datasetId });
  return new Promise((resolve, reject) => {
    watchExport(data.exportId, (status) => {
      job.updateProgress(status.percent || 0);
      if (status.state === 'done') resolve(status.url);
      if (status.state === 'failed') reject(new Error(status.error));
    });
  });
}, { connection: { host: '127.0.0.1', port: 6379 } });
