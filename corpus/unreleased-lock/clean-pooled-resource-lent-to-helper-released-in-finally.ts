import { createPool } from 'generic-pool';
import { Client } from 'ldapts';

// The same lookup, giving the client back in a `finally`.
const directory = createPool(
  { create: async () => new Client({ url: 'ldaps://ldap.internal' }), destroy: (client: Client) => client.unbind() },
  { max: 8 },
);

async function searchPeople(client: Client, filter: string): Promise<unknown[]> {
  const { searchEntries } = await client.search('ou=people,dc=example,dc=org', { filter });
  return searchEntries;
}

export async function lookup(uid: string): Promise<unknown[]> {
  const client = await directory.acquire();
  try {
    return await searchPeople(client, `(uid=${uid})`);
  } finally {
    await directory.release(client);
  }
}
