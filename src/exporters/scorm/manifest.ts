// SCORM 1.2 (IMS Content Packaging 1.1.2 + ADL CP) and SCORM 2004 4th edition (IMS CP 1.1.4 + ADL CP, sequencing
// and navigation 1.3): pure, from the course outline and the file list.
import type { CourseManifest } from "../../core/manifest/model.ts";

export interface OutlineLesson {
  /** `tema2/laboratorio-1` */
  path: string;
  title: string;
  /** `tema2/laboratorio-1/index.html` */
  launch: string;
  /** Lessons with quizzes are SCOs that report a score; the rest are assets. */
  quizzes: number;
}

export interface Outline {
  title: string;
  description?: string;
  author?: string;
  /** 0..100: passed/failed instead of completed (`masteryScore` in curso.yaml). */
  masteryScore?: number;
  /** BCP 47; `es` when not given. */
  lang?: string;
  units: { id: string; title: string; lessons: OutlineLesson[] }[];
}

/** The outline of a package: the course manifest's units and lessons, each lesson launching its page. */
export function outlineOf(manifest: CourseManifest): Outline {
  const byId = new Map(manifest.lessons.map((lesson) => [lesson.id, lesson]));
  return {
    title: manifest.course.title,
    description: manifest.course.description,
    author: manifest.course.author,
    masteryScore: manifest.course.masteryScore,
    lang: manifest.course.lang,
    units: manifest.course.units.map((unit) => ({
      id: unit.id,
      title: unit.title,
      lessons: unit.lessons.flatMap((id) => {
        const lesson = byId.get(id);
        return lesson ? [{ path: id, title: lesson.title, launch: lesson.html, quizzes: lesson.quizzes.length }] : [];
      }),
    })),
  };
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** `xsd:ID`: a letter first, then letters, digits, `_`, `-`, `.`. */
export const scormId = (prefix: string, path: string) => `${prefix}-${path.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

const langstring = (text: string, lang = "es") =>
  `<imsmd:langstring xml:lang="${xml(lang)}">${xml(text)}</imsmd:langstring>`;

function metadata(outline: Outline): string {
  const author = outline.author
    ? `<imsmd:lifecycle><imsmd:contribute><imsmd:role><imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source><imsmd:value><imsmd:langstring xml:lang="x-none">Author</imsmd:langstring></imsmd:value></imsmd:role><imsmd:centity><imsmd:vcard>${xml(`BEGIN:VCARD\nFN:${outline.author}\nEND:VCARD`)}</imsmd:vcard></imsmd:centity></imsmd:contribute></imsmd:lifecycle>`
    : "";
  const description = outline.description
    ? `<imsmd:description>${langstring(outline.description, outline.lang)}</imsmd:description>`
    : "";
  return `<metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom><imsmd:general><imsmd:title>${langstring(outline.title, outline.lang)}</imsmd:title><imsmd:language>${xml(outline.lang ?? "es")}</imsmd:language>${description}</imsmd:general>${author}</imsmd:lom>
  </metadata>`;
}

/**
 * What both versions' manifests list, in their layout: the organization's items (a unit each, holding its
 * lessons, each with what its version adds), a resource per lesson launching its page, and every other file
 * of the package in the shared resource the lessons depend on. The versions spell `scormType` differently.
 */
function packageTree(
  outline: Outline,
  files: string[],
  version: { lessonExtra: (lesson: OutlineLesson) => string; scormType: "adlcp:scormtype" | "adlcp:scormType" },
): { items: string; resources: string; shared: string } {
  const lessons = outline.units.flatMap((u) => u.lessons);
  const items = outline.units
    .map(
      (unit) => `      <item identifier="${scormId("unit", unit.id)}">
        <title>${xml(unit.title)}</title>
${unit.lessons
  .map(
    (l) =>
      `        <item identifier="${scormId("item", l.path)}" identifierref="${scormId("res", l.path)}"><title>${xml(l.title)}</title>${version.lessonExtra(l)}</item>`,
  )
  .join("\n")}
      </item>`,
    )
    .join("\n");
  const launches = new Set(lessons.map((l) => l.launch));
  const resources = lessons
    .map(
      (l) =>
        `    <resource identifier="${scormId("res", l.path)}" type="webcontent" ${version.scormType}="${l.quizzes > 0 ? "sco" : "asset"}" href="${fileHref(l.launch)}"><file href="${fileHref(l.launch)}"/><dependency identifierref="shared"/></resource>`,
    )
    .join("\n");
  const shared = files
    .filter((f) => !launches.has(f) && f !== "imsmanifest.xml")
    .map((f) => `      <file href="${fileHref(f)}"/>`)
    .join("\n");
  return { items, resources, shared };
}

/**
 * The manifest: the course is the organization, each unit an item, each lesson an item launching its
 * page. Every file of the package is listed once, in a shared asset resource the lessons depend on.
 */
export function scorm12Manifest(outline: Outline, files: string[], identifier: string): string {
  const mastery =
    outline.masteryScore === undefined ? "" : `<adlcp:masteryscore>${outline.masteryScore}</adlcp:masteryscore>`;
  const { items, resources, shared } = packageTree(outline, files, {
    lessonExtra: (l) => (l.quizzes > 0 ? mastery : ""),
    scormType: "adlcp:scormtype",
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  ${metadata(outline)}
  <organizations default="course">
    <organization identifier="course">
      <title>${xml(outline.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="shared" type="webcontent" adlcp:scormtype="asset">
${shared}
    </resource>
  </resources>
</manifest>
`;
}

/** A file's `href` in a manifest: a URI reference, so spaces, `&`, `#` and the like are percent-encoded. */
export const fileHref = (path: string) => xml(path.split("/").map(encodeURIComponent).join("/"));

/**
 * SCORM 2004 4th edition: the same tree as 1.2. A lesson with quizzes is a SCO whose primary objective is
 * satisfied by its score when the course has a mastery score (`cmi.scaled_passing_score` then reaches the SCO);
 * the organization lets the learner choose and flow between lessons.
 */
export function scorm2004Manifest(outline: Outline, files: string[], identifier: string): string {
  const lang = xml(outline.lang ?? "es");
  const objective = (l: OutlineLesson) =>
    outline.masteryScore === undefined || l.quizzes === 0
      ? ""
      : `<imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="${scormId("obj", l.path)}" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>${(outline.masteryScore / 100).toFixed(2)}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>`;
  const { items, resources, shared } = packageTree(outline, files, {
    lessonExtra: objective,
    scormType: "adlcp:scormType",
  });
  const description = outline.description
    ? `<description><string language="${lang}">${xml(outline.description)}</string></description>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom><lom:general><lom:title><lom:string language="${lang}">${xml(outline.title)}</lom:string></lom:title><lom:language>${lang}</lom:language>${description.replace(/<(\/?)(description|string)/g, "<$1lom:$2")}</lom:general></lom:lom>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xml(outline.title)}</title>
${items}
      <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="shared" type="webcontent" adlcp:scormType="asset">
${shared}
    </resource>
  </resources>
</manifest>
`;
}
