// The same group keeps what every wrap returns; a helper whose result is a value, not a
// teardown, may be called for its effect alone.
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

  function count(list: Member[]): number {
    return list.length;
  }

  let unwrapCleanups = wrapShow(current);
  const total = count(current);
  count(members);

  return {
    total,
    refresh(next: Member[]): void {
      unwrapCleanups.forEach((undo) => undo());
      current = next;
      unwrapCleanups = wrapShow(current);
    },
  };
}
