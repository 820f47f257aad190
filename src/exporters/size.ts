/** `740 KB`, `12,3 MB`: the size an exporter prints for what it wrote. */
export function fileSize(bytes: number, lang = "es"): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / 1024 / 1024, "MB"];
  return `${value.toLocaleString(lang, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}
