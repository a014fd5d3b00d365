// Every export job waits for its archive through the helper, which closes what it opens.
const { Worker } = require("bullmq");
const { waitForFile } = require("./wait-for-file");

async function exportJob(job) {
  const archive = await waitForFile(job.data.dir, "export.zip");
  await job.updateProgress(100);
  return archive;
}

module.exports = { worker: new Worker("exports", exportJob, { connection: { host: "127.0.0.1", port: 6379 } }) };
