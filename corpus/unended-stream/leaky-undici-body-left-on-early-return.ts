import express from 'express';
import { Pool } from 'undici';

const profiles = new Pool('http://profiles.internal:8080', { connections: 16 });

async function loadProfile(userId: string): Promise<Record<string, unknown> | null> {
  const { statusCode, body } = await profiles.request({ method: 'GET', path: `/v1/users/${encodeURIComponent(userId)}` });
  if (statusCode === 404) {
    return null;
  }
  return (await body.json()) as Record<string, unknown>;
}

const app = express();
app.get('/profile/:id', async (req, res) => {
  const profile = await loadProfile(req.params.id); // expect: unended-stream
  if (!profile) return res.status(404).end();
  res.json(profile);
});
app.listen(3000);
