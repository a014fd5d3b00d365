// The shared client for the billing service, and a helper that stamps a tenant on its requests.
const axios = require('axios');

const billing = axios.create({ baseURL: process.env.BILLING_URL, timeout: 4000 });

function forTenant(client, tenantId) {
  client.interceptors.request.use((config) => {
    config.headers['x-tenant'] = tenantId;
    return config;
  });
  return client;
}

module.exports = { billing, forTenant };
