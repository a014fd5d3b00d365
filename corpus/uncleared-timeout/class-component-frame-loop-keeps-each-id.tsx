// The same spinner, in TypeScript: each frame keeps the id of the next, which the unmount
// cancels.
import React from 'react';

export class Spinner extends React.Component {
  private angle = 0;
  private frame = 0;
  private readonly ref = React.createRef<HTMLDivElement>();

  componentDidMount(): void {
    this.frame = requestAnimationFrame(this.spin);
  }

  componentWillUnmount(): void {
    cancelAnimationFrame(this.frame);
  }

  private spin = (): void => {
    this.angle = (this.angle + 6) % 360;
    if (this.ref.current) this.ref.current.style.transform = `rotate(${this.angle}deg)`;
    this.frame = requestAnimationFrame(this.spin);
  };

  render() {
    return <div ref={this.ref} className="spinner" />;
  }
}
