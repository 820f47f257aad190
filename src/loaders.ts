export { courseLoader as aulaLoader } from "./core/course/loader.ts";
