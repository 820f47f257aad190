/** Colours of the installed app and the browser's bar: the site's backgrounds (`--bg` in global.css). */
export const appColours = { light: "#ffffff", dark: "#14171c" } as const;
