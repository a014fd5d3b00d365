// Each search links its own controller to the service's stopping signal, and unlinks it only
// once the backend answers: a search that throws leaves its listener on the signal, which
// lives as long as the service, holding the search's controller.
import { followSignal } from '../lib/signals';

export interface Backend {
  search(q: string, opts: { signal: AbortSignal }): Promise<string[]>;
}

export class SearchService {
  private readonly stopping = new AbortController();

  constructor(private readonly backend: Backend) {}

  async search(q: string): Promise<string[]> {
    const controller = new AbortController();
    const unfollow = followSignal(this.stopping.signal, controller);
    const hits = await this.backend.search(q, { signal: controller.signal });
    unfollow();
    return hits;
  }

  stop(): void {
    this.stopping.abort();
  }
}
