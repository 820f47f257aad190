// The languages of aula's pages. Adding one is a file `./<code>.ts` (typed against `./es.ts`) and one line here.
export { default as es } from "./es.ts";
export { default as ca } from "./ca.ts";
export { default as caValencia } from "./ca-valencia.ts";
export { default as eu } from "./eu.ts";
export { default as gl } from "./gl.ts";
export { default as pt } from "./pt.ts";
export { default as en } from "./en.ts";
