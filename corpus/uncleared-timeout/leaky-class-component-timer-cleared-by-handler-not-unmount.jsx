// The carousel resumes its autoplay a while after the pointer leaves; only the next pointer
// press cancels that, and unmounting does not, so a component removed in between stays alive
// until the timer fires and calls setState on it.
import React from 'react';

export default class Carousel extends React.Component {
  state = { index: 0, paused: false };

  componentDidMount() {
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  componentWillUnmount() {
    document.removeEventListener('visibilitychange', this.handleVisibility);
  }

  handlePointerDown = () => {
    clearTimeout(this.resumeTimer);
    this.setState({ paused: true });
  };

  handlePointerUp = () => {
    this.resumeTimer = setTimeout(() => this.setState({ paused: false }), this.props.resumeAfterMs || 4000); // expect: uncleared-timeout
  };

  handleVisibility = () => {
    this.setState({ paused: document.hidden });
  };

  render() {
    const { slides } = this.props;
    return (
      <div className="carousel" onPointerDown={this.handlePointerDown} onPointerUp={this.handlePointerUp}>
        {slides[this.state.index]}
      </div>
    );
  }
}
