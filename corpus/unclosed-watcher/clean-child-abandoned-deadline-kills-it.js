// The same step, killing the tool when the deadline gives up on it.
const { execFile } = require("child_process");

function renderPdf(html, out, ms = 30000) {
  return new Promise((resolve, reject) => {
    const proc = execFile("wkhtmltopdf", ["-", out], (err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(out);
    });
    proc.stdin.end(html);
    const timer = setTimeout(() => {
      proc.kill();
      reject(new Error("render timed out"));
    }, ms);
  });
}

async function handleJobs(queue) {
  for await (const job of queue) {
    await renderPdf(job.html, job.out).catch((err) => console.error(err));
  }
}

module.exports = { handleJobs, renderPdf };
