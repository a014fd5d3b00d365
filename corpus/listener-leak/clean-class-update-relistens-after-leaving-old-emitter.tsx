// The badge follows the store it is handed; on a new store it takes its listener off the old one
// first, through the same helper methods it mounts and unmounts with.
import React from 'react';

interface Store {
  addChangeListener(fn: () => void): void;
  removeChangeListener(fn: () => void): void;
  count(): number;
}

export class CartBadge extends React.Component<{ store: Store }> {
  onChange = () => this.forceUpdate();

  listen(store: Store = this.props.store) {
    store.addChangeListener(this.onChange);
  }

  unlisten(store: Store = this.props.store) {
    store.removeChangeListener(this.onChange);
  }

  componentDidMount() {
    this.listen();
  }

  componentDidUpdate(prevProps: { store: Store }) {
    if (prevProps.store !== this.props.store) {
      this.unlisten(prevProps.store);
      this.listen();
    }
  }

  componentWillUnmount() {
    this.unlisten();
  }

  render() {
    return <span>{this.props.store.count()}</span>;
  }
}
