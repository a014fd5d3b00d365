// The presence dot keeps the store's unsubscribe in a field and calls it, when it is set, as
// the component unmounts: the test is about the disposer itself, so every unmount ends it.
import React from "react";
import { presence } from "./presence-store";

export class PresenceDot extends React.Component<{ userId: string }, { online: boolean }> {
  state = { online: false };
  private unsubscribe?: () => void;

  componentDidMount(): void {
    this.unsubscribe = presence.subscribe(this.props.userId, (online) => this.setState({ online }));
  }

  componentWillUnmount(): void {
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = undefined;
  }

  render() {
    return <span className={this.state.online ? "dot on" : "dot"} />;
  }
}
