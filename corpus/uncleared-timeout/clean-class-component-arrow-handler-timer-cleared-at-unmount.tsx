// The twin: the handler keeps the timer, and the unmount clears it.
import React from 'react';

export default class CopyButton extends React.Component<{ text: string }, { copied: boolean }> {
  state = { copied: false };
  private reset?: ReturnType<typeof setTimeout>;

  componentWillUnmount(): void {
    clearTimeout(this.reset);
  }

  handleClick = async (): Promise<void> => {
    await navigator.clipboard.writeText(this.props.text);
    this.setState({ copied: true });
    clearTimeout(this.reset);
    this.reset = setTimeout(() => this.setState({ copied: false }), 2000);
  };

  render(): React.ReactNode {
    return <button onClick={this.handleClick}>{this.state.copied ? 'Copied!' : 'Copy'}</button>;
  }
}
