// The twin: unmounting clears the pending resume as well as the next pointer press does.
import React from 'react';

interface Props {
  slides: React.ReactNode[];
  resumeAfterMs?: number;
}

export default class Carousel extends React.Component<Props, { index: number; paused: boolean }> {
  state = { index: 0, paused: false };
  private resumeTimer?: ReturnType<typeof setTimeout>;

  componentDidMount(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  componentWillUnmount(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    clearTimeout(this.resumeTimer);
  }

  handlePointerDown = (): void => {
    clearTimeout(this.resumeTimer);
    this.setState({ paused: true });
  };

  handlePointerUp = (): void => {
    this.resumeTimer = setTimeout(() => this.setState({ paused: false }), this.props.resumeAfterMs ?? 4000);
  };

  handleVisibility = (): void => {
    this.setState({ paused: document.hidden });
  };

  render(): React.ReactNode {
    return (
      <div className="carousel" onPointerDown={this.handlePointerDown} onPointerUp={this.handlePointerUp}>
        {this.props.slides[this.state.index]}
      </div>
    );
  }
}
