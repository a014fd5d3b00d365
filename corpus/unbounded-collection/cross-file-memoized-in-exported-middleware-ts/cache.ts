// Remembers each answer of `compute` by its argument; `forget()` drops them all.
export interface Remembered<V> {
  (key: string): V;
  forget(): void;
}

export function remember<V>(compute: (key: string) => V): Remembered<V> {
  const answers = new Map<string, V>();
  const lookup = ((key: string): V => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  }) as Remembered<V>;
  lookup.forget = () => answers.clear();
  return lookup;
}
