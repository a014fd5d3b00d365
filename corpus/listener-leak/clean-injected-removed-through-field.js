// A plugin listens on the player it is given and, when it is disposed first, takes its
// listener off again through the field that keeps the player (read into a local).
export class Plugin {
  constructor(player) {
    this.player = player;
    this.dispose = this.dispose.bind(this);
    this.onTimeUpdate = () => this.render(player.currentTime());
    player.on('dispose', this.dispose);
    player.on('timeupdate', this.onTimeUpdate);
  }

  render(time) {
    return time;
  }

  dispose() {
    const { player } = this;
    player.off('dispose', this.dispose);
    const same = this.player;
    same.off('timeupdate', this.onTimeUpdate);
  }
}
