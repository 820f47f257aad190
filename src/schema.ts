import { z } from "zod";
import { lessonFrontmatterSchema } from "./core/course/schema.ts";

/**
 * The schema of a lesson entry: its front matter, as Jekyll and Typora teachers write it, plus where
 * the loader placed it (unit, slug and order). `extend` adds a course's own front matter keys.
 */
export function aulaSchema<T extends z.ZodRawShape>(options: { extend?: T } = {}) {
  return lessonFrontmatterSchema.extend({
    unit: z.string(),
    slug: z.string(),
    sortKey: z.string(),
    /** Its addresses on the old Jekyll site, each given a redirect page. */
    oldAddresses: z.array(z.string()).default([]),
    ...options.extend,
  });
}
