// Counts votes in whatever table the caller hands in; it never removes a voter.
class VoteTally {
  constructor(table) {
    this.table = table;
  }

  cast(voterId, choice) {
    this.table.set(voterId, choice);
  }

  count(choice) {
    let n = 0;
    for (const picked of this.table.values()) if (picked === choice) n += 1;
    return n;
  }
}

module.exports = VoteTally;
