/**
 * Video facades (src/markdown/rehype-html-refs.ts): the privacy-enhanced player is loaded only
 * when the reader asks for it, so no request leaves the site before the click.
 */
for (const figure of document.querySelectorAll<HTMLElement>("figure.video[data-video-src]")) {
  const button = figure.querySelector<HTMLButtonElement>("[data-video-play]");
  const frame = figure.querySelector<HTMLElement>(".video__frame");
  if (!button || !frame) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    const iframe = document.createElement("iframe");
    iframe.src = figure.dataset.videoSrc ?? "";
    iframe.title = figure.dataset.videoTitle ?? "";
    iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    iframe.className = "video__player";
    frame.replaceChildren(iframe);
    figure.classList.add("video--playing");
    iframe.focus();
  });
}
