import type { Request, Response } from 'express';

interface Profile {
  id: string;
  displayName: string;
}

declare function fetchProfile(id: string): Promise<Profile>;

const MAX_PROFILES = 1_000;
const profiles = new Map<string, Profile>();

async function profileFor(id: string): Promise<Profile> {
  const known = profiles.get(id);
  if (known) return known;
  const profile = await fetchProfile(id);
  profiles.set(id, profile);
  if (profiles.size > MAX_PROFILES) {
    profiles.delete(profiles.keys().next().value as string);
  }
  return profile;
}

export async function profileHandler(req: Request, res: Response): Promise<void> {
  res.json(await profileFor(req.params.id));
}

export function register(app: { get(path: string, handler: typeof profileHandler): void }): void {
  app.get('/profiles/:id', profileHandler);
}
