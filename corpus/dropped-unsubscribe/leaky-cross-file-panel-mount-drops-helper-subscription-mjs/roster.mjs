// A roster widget per open team page: mount() follows the module's presence feed and drops
// the remover follow() hands back, and destroy() only takes the DOM down, so every roster
// torn down stays subscribed, with its detached list.
import { presence, follow } from './presence.mjs';

export class Roster {
  constructor(host) {
    this.host = host;
    this.list = document.createElement('ul');
  }

  mount() {
    this.host.append(this.list);
    follow(presence, (user) => this.add(user)); // expect: dropped-unsubscribe
  }

  add(user) {
    const item = document.createElement('li');
    item.textContent = user.name;
    this.list.append(item);
  }

  destroy() {
    this.list.remove();
  }
}
