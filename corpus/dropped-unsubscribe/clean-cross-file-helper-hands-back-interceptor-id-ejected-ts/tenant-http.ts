// The shared client for the billing service, and a helper that stamps a tenant on its requests
// and hands back the interceptor's id.
import axios, { AxiosInstance } from 'axios';

export const billing = axios.create({ baseURL: process.env.BILLING_URL, timeout: 4000 });

export function stampTenant(client: AxiosInstance, tenantId: string): number {
  return client.interceptors.request.use((config) => {
    config.headers.set('x-tenant', tenantId);
    return config;
  });
}
