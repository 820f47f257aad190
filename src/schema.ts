import { z } from "zod";
import { lessonFrontmatterSchema } from "./core/course/schema.ts";

/**
 * The schema of a lesson entry: its front matter, as Jekyll and Typora teachers write it, plus where
 * the loader placed it (unit, slug and order). The same collection holds the course's pages that are not
 * lessons (`kind`: the home and unit introductions, standalone pages). `extend` adds a course's own keys.
 */
export function aulaSchema<T extends z.ZodRawShape>(options: { extend?: T } = {}) {
  return lessonFrontmatterSchema.extend({
    unit: z.string(),
    slug: z.string(),
    sortKey: z.string(),
    kind: z.enum(["lesson", "home", "unit", "page"]).default("lesson"),
    nav: z.enum(["header", "footer"]).optional(),
    /** Its addresses on the old Jekyll site, each given a redirect page. */
    oldAddresses: z.array(z.string()).default([]),
    ...options.extend,
  });
}
