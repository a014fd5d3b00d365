import React from 'react';

function listenResize(onResize: () => void): void {
  window.addEventListener('resize', onResize);
}

function stopListeningResize(onResize: () => void): void {
  window.removeEventListener('resize', onResize);
}

export default class ChartPanel extends React.Component<{}, { width: number }> {
  state = { width: 0 };
  private root: HTMLDivElement | null = null;

  private readonly measure = () => {
    if (this.root) this.setState({ width: this.root.clientWidth });
  };

  componentDidMount() {
    listenResize(this.measure);
  }

  componentWillUnmount() {
    stopListeningResize(this.measure);
  }

  render() {
    return <div ref={(el) => { this.root = el; }} style={{ width: '100%' }}>{this.state.width}px</div>;
  }
}
