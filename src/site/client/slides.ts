import Reveal from "reveal.js";

/** The slides page: reveal.js for navigation, the fit of each slide, and the speaker view. */

type Texts = Record<
  "speaker" | "timer" | "next" | "end" | "notes" | "noNotes" | "reset" | "pause" | "resume" | "previous" | "forward",
  string
>;

const root = document.querySelector<HTMLElement>("[data-slides]");
const texts = JSON.parse(document.getElementById("aula-slides-texts")?.textContent ?? "{}") as Texts;
const params = new URLSearchParams(location.search);
/** The speaker's window: the deck, the next slide, the notes and a timer. */
const speaker = params.has("ponente");
const printing = /print-pdf/i.test(location.search);

/**
 * Sizes a slide's text so it fits: from 26 px (code 20 px) down to 18 px, never below; then a long code
 * block goes into two columns. Run again whenever a slide is shown: a quiz may have grown in between.
 */
function fit(section: Element): void {
  const frame = section.querySelector<HTMLElement>(".slide__frame");
  const body = section.querySelector<HTMLElement>(".slide__body");
  if (!frame || !body || body.getClientRects().length === 0) return;
  // What the class would miss: anything past the slide's edges, a clipped box's content too.
  const overflows = () => {
    const box = frame.getBoundingClientRect();
    const slack = box.width / 1280;
    return [...body.querySelectorAll("*")].some((element) => {
      // Text for screen readers only is drawn nowhere, wherever its box is.
      if (element.closest(".visually-hidden")) return false;
      const r = element.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      return r.bottom > box.bottom + slack || r.right > box.right + slack;
    });
  };
  frame.classList.remove("slide__frame--columns");
  for (const step of [1, 0.75, 0.5, 0.25, 0]) {
    frame.style.setProperty("--fit", String(step));
    if (!overflows()) return;
  }
  frame.classList.add("slide__frame--columns");
  if (overflows()) frame.classList.remove("slide__frame--columns");
}

function openSpeakerView(): void {
  const url = new URL(location.href);
  url.searchParams.set("ponente", "");
  window.open(url.href, "aula-ponente", "width=1280,height=800");
}

function speakerView(deck: InstanceType<typeof Reveal>): void {
  const panel = document.createElement("aside");
  panel.className = "speaker";
  panel.setAttribute("aria-label", texts.speaker);
  const section = (title: string, className: string) => {
    const part = document.createElement("section");
    part.className = className;
    const heading = document.createElement("h2");
    heading.textContent = title;
    part.append(heading);
    panel.append(part);
    return part;
  };
  const next = section(texts.next, "speaker__next");
  const preview = document.createElement("div");
  preview.className = "speaker__preview";
  preview.inert = true;
  next.append(preview);
  const notes = section(texts.notes, "speaker__notes");
  const notesBody = document.createElement("div");
  notesBody.dataset.speakerNotes = "";
  notes.append(notesBody);
  const timer = section(texts.timer, "speaker__timer");
  const clock = document.createElement("p");
  clock.className = "speaker__clock";
  clock.setAttribute("role", "timer");
  const pause = document.createElement("button");
  const reset = document.createElement("button");
  for (const button of [pause, reset]) {
    button.type = "button";
    button.className = "button";
  }
  pause.textContent = texts.pause;
  reset.textContent = texts.reset;
  timer.append(clock, pause, reset);
  document.body.append(panel);

  let elapsed = 0;
  let running = true;
  const show = () => {
    const minutes = Math.floor(elapsed / 60);
    clock.textContent = `${String(minutes).padStart(2, "0")}:${String(elapsed % 60).padStart(2, "0")}`;
  };
  show();
  setInterval(() => {
    if (!running) return;
    elapsed++;
    show();
  }, 1000);
  pause.addEventListener("click", () => {
    running = !running;
    pause.textContent = running ? texts.pause : texts.resume;
  });
  reset.addEventListener("click", () => {
    elapsed = 0;
    show();
  });

  const update = () => {
    const slides = deck.getSlides();
    const current = deck.getCurrentSlide();
    const own = current?.querySelector("aside.notes");
    notesBody.replaceChildren(
      ...(own ? [...own.cloneNode(true).childNodes] : [document.createTextNode(texts.noNotes)]),
    );
    const following = slides[slides.indexOf(current) + 1];
    const frame = following?.querySelector(".slide__frame");
    if (!frame) {
      const end = document.createElement("p");
      end.textContent = texts.end;
      preview.replaceChildren(end);
      return;
    }
    // A picture of the next slide: its copy loses ids, so nothing in the page is named twice.
    const copy = frame.cloneNode(true) as HTMLElement;
    for (const named of copy.querySelectorAll("[id]")) named.removeAttribute("id");
    const canvas = document.createElement("div");
    canvas.className = "speaker__canvas";
    canvas.append(copy);
    preview.replaceChildren(canvas);
    canvas.style.transform = `scale(${preview.clientWidth / 1280})`;
  };
  deck.on("slidechanged", update);
  window.addEventListener("resize", update);
  update();
}

async function start(): Promise<void> {
  if (!root) return;
  // Before reveal.js measures: in the speaker's window the deck has a box of its own.
  if (speaker) document.documentElement.classList.add("slides-speaker");
  const deck = new Reveal(root, {
    width: 1280,
    height: 720,
    // No margin: at 1280×720 a slide is drawn at its own size, so 18 px of text is 18 px on the screen.
    margin: 0,
    minScale: 0.1,
    maxScale: 3,
    center: false,
    hash: true,
    controls: true,
    progress: true,
    slideNumber: "c/t",
    transition: "slide",
    embedded: speaker,
    keyboardCondition: null,
    // Printed with notes (`aula pdf --slides --notas`): each slide's notes on a page of their own after it.
    showNotes: printing && params.has("notas") ? ("separate-page" as unknown as boolean) : false,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
  });
  deck.addKeyBinding({ keyCode: 83, key: "S", description: texts.speaker }, openSpeakerView);
  await deck.initialize();
  for (const [selector, label] of [
    [".navigate-left", texts.previous],
    [".navigate-up", texts.previous],
    [".navigate-right", texts.forward],
    [".navigate-down", texts.forward],
  ] as const)
    root.querySelector(selector)?.setAttribute("aria-label", label);
  const fitShown = () => {
    for (const section of deck.getSlides()) fit(section);
  };
  fitShown();
  // The quiz islands draw their buttons after this script: measure again once they are there.
  window.addEventListener("load", fitShown);
  deck.on("slidechanged", () => fit(deck.getCurrentSlide()));
  deck.on("resize", fitShown);

  // Two windows of the same deck (the class's and the speaker's) keep to the same slide.
  if ("BroadcastChannel" in window && !printing) {
    const channel = new BroadcastChannel(`aula-slides:${location.pathname}`);
    deck.on("slidechanged", () => {
      const { h, v } = deck.getIndices();
      channel.postMessage({ h, v });
    });
    channel.addEventListener("message", (event: MessageEvent<{ h: number; v: number }>) => {
      const { h, v } = deck.getIndices();
      if (event.data.h !== h || event.data.v !== v) deck.slide(event.data.h, event.data.v);
    });
  }
  const open = document.querySelector<HTMLButtonElement>("[data-speaker-open]");
  if (open && !speaker) {
    open.hidden = false;
    open.addEventListener("click", openSpeakerView);
  }
  if (speaker) speakerView(deck);
  document.documentElement.dataset.slidesReady = "";
}

void start();
