/** FNV-1a, 32 bits: a short, stable fingerprint of a question (not a security hash). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, "0");
}

/** An author's own id (`{:.quiz #docker-hub}`, `<Quiz id="docker-hub">`): letters, digits, `-`, `_`. */
export const explicitIdPattern = /^[\w-]+$/;

/**
 * A quiz's stable id: its lesson (`tema2/laboratorio-1`) and either the author's id or a fingerprint
 * of what its type says identifies it (for choice: the question and its options), so editing one
 * question resets only that one.
 */
export function quizId(page: string, explicitId: string | undefined, identity: string): string {
  return `${page}#${explicitId ?? `q${fingerprint(identity)}`}`;
}
