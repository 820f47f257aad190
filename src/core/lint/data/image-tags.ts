/**
 * A current, existing tag for the official images courses use, for the hint of DL3006
 * («fija una versión, por ejemplo «debian:13»»). Checked on Docker Hub; update when a release is retired.
 */
export const imageTags: Readonly<Record<string, string>> = {
  debian: "13",
  ubuntu: "24.04",
  alpine: "3.22",
  nginx: "1.28",
  httpd: "2.4",
  php: "8.4-apache",
  python: "3.13",
  node: "22",
  mysql: "8.4",
  mariadb: "11.4",
  postgres: "17",
  redis: "7.4",
};

/** The hint for an image without a tag: a real tag when we know one, else the shape of one. */
export function tagHint(image: string): string {
  const name = image.replace(/^(docker\.io\/)?(library\/)?/, "");
  const tag = imageTags[name];
  return tag ? `fija una versión, por ejemplo «${image}:${tag}»` : `fija una versión: ${image}:versión`;
}
