import { createPool } from 'generic-pool';
import { Client } from 'ldapts';

// LDAP connections lent by a pool. `lookup()` lends the client to a helper that only uses it,
// and gives it back after a successful search; a search that throws skips the release.
const directory = createPool(
  { create: async () => new Client({ url: 'ldaps://ldap.internal' }), destroy: (client: Client) => client.unbind() },
  { max: 8 },
);

async function searchPeople(client: Client, filter: string): Promise<unknown[]> {
  const { searchEntries } = await client.search('ou=people,dc=example,dc=org', { filter });
  return searchEntries;
}

export async function lookup(uid: string): Promise<unknown[]> {
  const client = await directory.acquire(); // expect: unreleased-lock
  const people = await searchPeople(client, `(uid=${uid})`);
  await directory.release(client);
  return people;
}
