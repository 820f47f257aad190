import { defineCollection } from "astro:content";
import { z } from "zod";
import { courseLoader } from "./course/loader.ts";
import { lessonFrontmatterSchema } from "./course/schema.ts";

const lessons = defineCollection({
  loader: courseLoader(),
  schema: lessonFrontmatterSchema.extend({
    unit: z.string(),
    slug: z.string(),
    sortKey: z.string(),
  }),
});

export const collections = { lessons };
