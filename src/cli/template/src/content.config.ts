import { defineCollection } from "astro:content";
import { aulaLoader } from "aula/loaders";
import { aulaSchema } from "aula/schema";

export const collections = { lessons: defineCollection({ loader: aulaLoader(), schema: aulaSchema() }) };
