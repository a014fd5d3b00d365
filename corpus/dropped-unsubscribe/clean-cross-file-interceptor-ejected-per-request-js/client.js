// The same helper ejects its interceptor once the work is done.
import axios from 'axios';

export const billing = axios.create({ baseURL: process.env.BILLING_URL });

export async function withTenant(req, work) {
  const api = billing;
  const id = api.interceptors.request.use((config) => {
    config.headers['x-tenant'] = req.tenant;
    return config;
  });
  try {
    return await work(api);
  } finally {
    api.interceptors.request.eject(id);
  }
}
