// Watches a deployment by polling: each poll schedules the next one when it settles, with no
// condition that ends the chain.
async function fetchState(id) {
  return { id, state: 'running' };
}

function watchDeployment(id, onChange) {
  let last = null;
  function poll() {
    fetchState(id)
      .then((deployment) => {
        if (deployment.state !== last) {
          last = deployment.state;
          onChange(deployment);
        }
      })
      .finally(() => setTimeout(poll, 1_000));
  }
  poll();
}

module.exports = { watchDeployment };
