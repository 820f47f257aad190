// One thread of the render pool (`render-pool.ts`): the same Markdown chain as the main thread,
// returning each lesson's HTML with the problems its plugins reported.
import { parentPort, workerData } from "node:worker_threads";
import type { PipelineOptions } from "../markdown/pipeline.ts";
import { createLessonRenderer } from "../markdown/source.ts";
import { buildProblems } from "../problems/report.ts";
import type { RenderJob, RenderReply } from "./render-pool.ts";

const render = await createLessonRenderer(workerData as PipelineOptions);
const port = parentPort!;

port.on("message", async (job: RenderJob) => {
  const problems = buildProblems();
  let reply: RenderReply;
  try {
    const rendered = await render(job.text, { path: job.path, context: job.context });
    reply = { rendered, problems: problems.list() };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  } finally {
    problems.clear();
  }
  port.postMessage(reply);
});
