// @flow
// A Flow-typed drag context reports uncaught errors while mounted. Its unmount forgets the
// window listener: each remount (a route change, a hot reload) leaves one more context behind.
import * as React from 'react';

type Props = {| children: React.Node, onError: (error: Error) => void |};

export default class DragContext extends React.Component<Props> {
  onWindowError = (event: ErrorEvent): void => {
    this.props.onError(event.error);
  };

  componentDidMount() {
    window.addEventListener('error', this.onWindowError); // expect: listener-leak
  }

  componentWillUnmount() {
    this.props.onError(new Error('unmounted'));
  }

  render(): React.Node {
    return this.props.children;
  }
}
