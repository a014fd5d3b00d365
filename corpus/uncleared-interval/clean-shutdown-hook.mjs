// A module-level interval stopped by the shutdown handler, and a per-tenant map of timers
// cleared when a tenant is removed.
const refresh = setInterval(() => reloadConfig(), 30_000);

process.on('SIGTERM', () => {
  clearInterval(refresh);
});

const tenantTimers = {};

export function addTenant(id, sync) {
  tenantTimers[id] = setInterval(sync, 60_000);
}

export function removeTenant(id) {
  clearInterval(tenantTimers[id]);
  delete tenantTimers[id];
}

function reloadConfig() {}
