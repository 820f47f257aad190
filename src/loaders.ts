export { courseLoader as aulaLoader } from "./core/build/loader.ts";
