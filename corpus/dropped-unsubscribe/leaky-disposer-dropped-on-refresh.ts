// A tooltip group wraps each member's `show` and gets back the functions that unwrap them. The
// first call keeps them; `refresh()` wraps the new members again but drops what undoes it, so
// the next refresh cannot unwrap them and each refresh stacks one more wrapper.
type Member = { show: () => void };

export function createGroup(members: Member[], onShow: (m: Member) => void) {
  let current = members;

  function wrapShow(list: Member[]): Array<() => void> {
    return list.map((member) => {
      const original = member.show;
      member.show = () => {
        original();
        onShow(member);
      };
      return () => {
        member.show = original;
      };
    });
  }

  let unwrapCleanups = wrapShow(current);

  return {
    refresh(next: Member[]): void {
      unwrapCleanups.forEach((undo) => undo());
      current = next;
      wrapShow(current); // expect: dropped-unsubscribe
    },
  };
}
