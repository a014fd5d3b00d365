// componentWillUnmount removes the key listener only if the dialog is open at that moment; a
// dialog closed before it unmounts leaves its listener on `document`, once per mount.
import React from 'react';

type Props = { onClose: () => void };
type State = { open: boolean };

export class Dialog extends React.Component<Props, State> {
  state: State = { open: true };

  onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.setState({ open: false }, this.props.onClose);
  };

  componentDidMount() {
    document.addEventListener('keydown', this.onKey); // expect: listener-leak
  }

  componentWillUnmount() {
    if (this.state.open) {
      document.removeEventListener('keydown', this.onKey);
    }
  }

  render() {
    return this.state.open ? <div role="dialog">{this.props.children}</div> : null;
  }
}
