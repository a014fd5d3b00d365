// Exports being rendered, for the status page; one that fails to render stays listed forever.
const rendering = []; // expect: unbounded-collection

function renderExport(job, renderer) {
  const entry = { id: job.id, owner: job.owner, startedAt: Date.now() };
  rendering.push(entry);
  return renderer.render(job).then((file) => {
    rendering.splice(rendering.indexOf(entry), 1);
    return file;
  });
}

module.exports = { renderExport, rendering };
