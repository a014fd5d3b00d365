// Live widgets are kept in a static Set put on with `Object.assign`, and each widget takes
// itself out when it is destroyed: a naive matcher sees the add in the constructor only.
export class Widget {
  static live: Set<Widget>;

  constructor(readonly id: string) {
    Widget.live.add(this);
  }

  destroy(): void {
    Widget.live.delete(this);
  }
}

Object.assign(Widget, { live: new Set<Widget>() });
