// Exports being rendered, for the status page; an export leaves the list however it ends.
const rendering = [];

function renderExport(job, renderer) {
  const entry = { id: job.id, owner: job.owner, startedAt: Date.now() };
  rendering.push(entry);
  return renderer.render(job).finally(() => {
    rendering.splice(rendering.indexOf(entry), 1);
  });
}

module.exports = { renderExport, rendering };
