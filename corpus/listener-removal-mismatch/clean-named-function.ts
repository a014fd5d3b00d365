// A named function declaration and a const arrow keep their identity.
function onScroll(): void {}

const onBlur = (): void => {};

export function track(): () => void {
  document.addEventListener('scroll', onScroll);
  window.addEventListener('blur', onBlur);
  return () => {
    document.removeEventListener('scroll', onScroll);
    window.removeEventListener('blur', onBlur);
  };
}
