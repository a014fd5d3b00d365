// The twin: mount() keeps the remover follow() hands back, and destroy() calls it, so each
// roster leaves the feed when it is torn down.
import { presence, follow } from './presence';

export class Roster {
  private readonly list = document.createElement('ul');
  private unfollow?: () => void;

  constructor(private readonly host: HTMLElement) {}

  mount(): void {
    this.host.append(this.list);
    this.unfollow = follow(presence, (user) => this.add(user));
  }

  private add(user: { name: string }): void {
    const item = document.createElement('li');
    item.textContent = user.name;
    this.list.append(item);
  }

  destroy(): void {
    this.unfollow?.();
    this.list.remove();
  }
}
