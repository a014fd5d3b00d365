// One axios client for the billing API, shared by every request of the process.
import axios from 'axios';

export const billing = axios.create({ baseURL: process.env.BILLING_URL });

export async function withTenant(req, work) {
  const api = billing;
  api.interceptors.request.use((config) => {
    config.headers['x-tenant'] = req.tenant;
    return config;
  });
  return work(api);
}
