// A spinner that animates on every frame: the unmount cancels the frame id kept at mount,
// but each frame asks for the next without keeping its id, so that one is long gone.
import React from 'react';

export class Spinner extends React.Component {
  angle = 0;
  frame = 0;
  ref = React.createRef();

  componentDidMount() {
    this.frame = requestAnimationFrame(this.spin); // expect: uncleared-timeout
  }

  componentWillUnmount() {
    cancelAnimationFrame(this.frame);
  }

  spin = () => {
    this.angle = (this.angle + 6) % 360;
    if (this.ref.current) this.ref.current.style.transform = `rotate(${this.angle}deg)`;
    requestAnimationFrame(this.spin);
  };

  render() {
    return <div ref={this.ref} className="spinner" />;
  }
}
