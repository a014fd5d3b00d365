// The unmount runs reset(), which calls hideNow(), which clears the pending show: the
// teardown reaches the timer two calls deep.
import React from 'react';

export default class Hint extends React.Component {
  state = { open: false };

  componentWillUnmount() {
    this.reset();
  }

  reset() {
    this.hideNow();
    this.setState({ open: false });
  }

  hideNow() {
    clearTimeout(this.showTimer);
  }

  handleEnter = () => {
    this.showTimer = setTimeout(() => this.setState({ open: true }), 300);
  };

  render() {
    return <span onMouseEnter={this.handleEnter} onMouseLeave={() => this.hideNow()}>{this.props.children}</span>;
  }
}
