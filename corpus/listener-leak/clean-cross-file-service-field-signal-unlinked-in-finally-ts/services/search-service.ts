// Each search links its own controller to the service's stopping signal and unlinks it in a
// finally, however the search ends.
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
    try {
      return await this.backend.search(q, { signal: controller.signal });
    } finally {
      unfollow();
    }
  }

  stop(): void {
    this.stopping.abort();
  }
}
