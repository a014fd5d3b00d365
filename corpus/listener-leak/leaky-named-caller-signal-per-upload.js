// Each upload links its controller to the batch's signal through a local name; the link is
// never taken off, so a long batch keeps every finished upload's controller.
async function uploadAll(files, options) {
  for (const file of files) {
    const controller = new AbortController();
    const batch = options.signal;
    batch.addEventListener('abort', () => controller.abort(), { once: true }); // expect: listener-leak
    await fetch(`/upload/${file.name}`, { method: 'PUT', body: file, signal: controller.signal });
  }
}

module.exports = { uploadAll };
