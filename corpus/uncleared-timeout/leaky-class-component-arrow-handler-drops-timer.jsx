// The copy button resets its label two seconds after a click with a timer whose handle it
// drops: componentWillUnmount cannot cancel it, so an unmounted button stays until it fires.
import React from 'react';

export default class CopyButton extends React.Component {
  state = { copied: false };

  componentDidMount() {
    document.addEventListener('copy', this.handleExternalCopy);
  }

  componentWillUnmount() {
    document.removeEventListener('copy', this.handleExternalCopy);
  }

  handleExternalCopy = () => {
    if (this.state.copied) this.setState({ copied: false });
  };

  handleClick = async () => {
    await navigator.clipboard.writeText(this.props.text);
    this.setState({ copied: true });
    setTimeout(() => this.setState({ copied: false }), 2000); // expect: uncleared-timeout
  };

  render() {
    return <button onClick={this.handleClick}>{this.state.copied ? 'Copied!' : 'Copy'}</button>;
  }
}
