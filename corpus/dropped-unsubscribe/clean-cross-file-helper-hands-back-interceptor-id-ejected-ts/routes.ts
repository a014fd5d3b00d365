// The batch job stamps its tenant, runs, and ejects the interceptor in a finally.
import { billing, stampTenant } from './tenant-http';

export async function closeMonth(tenantId: string): Promise<void> {
  const id = stampTenant(billing, tenantId);
  try {
    await billing.post('/months/close');
  } finally {
    billing.interceptors.request.eject(id);
  }
}
