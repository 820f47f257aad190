// Browser code of the types with text boxes (short answer, numeric, cloze).

/** Enter in one of the quiz's text boxes checks, as it would submit a form. */
export function enterChecks(root: HTMLElement, { check }: { check: () => void }): void {
  root.addEventListener("keydown", (event) => {
    const target = event.target as HTMLInputElement;
    if (event.key === "Enter" && target.type === "text" && !target.readOnly) {
      event.preventDefault();
      check();
    }
  });
}
