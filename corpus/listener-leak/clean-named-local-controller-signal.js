// The signal under the local name is this upload's own: nothing outlives the upload.
async function uploadAll(files) {
  for (const file of files) {
    const controller = new AbortController();
    const own = controller.signal;
    own.addEventListener('abort', () => console.warn(`upload of ${file.name} cancelled`), { once: true });
    setTimeout(() => controller.abort(), 30000).unref();
    await fetch(`/upload/${file.name}`, { method: 'PUT', body: file, signal: own });
  }
}

module.exports = { uploadAll };
