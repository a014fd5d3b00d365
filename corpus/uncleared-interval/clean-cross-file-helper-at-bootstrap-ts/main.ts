// NestJS-style entry point: bootstrap() runs once, so the sweep starts once.
import { every } from './sweep';

const sessions = new Map<string, number>();

async function bootstrap(): Promise<void> {
  every(60_000, () => {
    const cutoff = Date.now() - 30 * 60_000;
    for (const [id, seen] of sessions) if (seen < cutoff) sessions.delete(id);
  });
}

void bootstrap();
