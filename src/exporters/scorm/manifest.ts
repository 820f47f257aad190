// SCORM 1.2 (IMS Content Packaging 1.1.2 + ADL CP): pure, from the course outline and the file list.

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
  units: { id: string; title: string; lessons: OutlineLesson[] }[];
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** `xsd:ID`: a letter first, then letters, digits, `_`, `-`, `.`. */
export const scormId = (prefix: string, path: string) => `${prefix}-${path.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

const langstring = (text: string) => `<imsmd:langstring xml:lang="es">${xml(text)}</imsmd:langstring>`;

function metadata(outline: Outline): string {
  const author = outline.author
    ? `<imsmd:lifecycle><imsmd:contribute><imsmd:role><imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source><imsmd:value><imsmd:langstring xml:lang="x-none">Author</imsmd:langstring></imsmd:value></imsmd:role><imsmd:centity><imsmd:vcard>${xml(`BEGIN:VCARD\nFN:${outline.author}\nEND:VCARD`)}</imsmd:vcard></imsmd:centity></imsmd:contribute></imsmd:lifecycle>`
    : "";
  const description = outline.description
    ? `<imsmd:description>${langstring(outline.description)}</imsmd:description>`
    : "";
  return `<metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom><imsmd:general><imsmd:title>${langstring(outline.title)}</imsmd:title><imsmd:language>es</imsmd:language>${description}</imsmd:general>${author}</imsmd:lom>
  </metadata>`;
}

/**
 * The manifest: the course is the organization, each unit an item, each lesson an item launching its
 * page. Every file of the package is listed once, in a shared asset resource the lessons depend on.
 */
export function scorm12Manifest(outline: Outline, files: string[], identifier: string): string {
  const lessons = outline.units.flatMap((u) => u.lessons);
  const mastery =
    outline.masteryScore === undefined ? "" : `<adlcp:masteryscore>${outline.masteryScore}</adlcp:masteryscore>`;
  const items = outline.units
    .map(
      (unit) => `      <item identifier="${scormId("unit", unit.id)}">
        <title>${xml(unit.title)}</title>
${unit.lessons
  .map(
    (l) =>
      `        <item identifier="${scormId("item", l.path)}" identifierref="${scormId("res", l.path)}"><title>${xml(l.title)}</title>${l.quizzes > 0 ? mastery : ""}</item>`,
  )
  .join("\n")}
      </item>`,
    )
    .join("\n");
  const launches = new Set(lessons.map((l) => l.launch));
  const resources = lessons
    .map(
      (l) =>
        `    <resource identifier="${scormId("res", l.path)}" type="webcontent" adlcp:scormtype="${l.quizzes > 0 ? "sco" : "asset"}" href="${xml(l.launch)}"><file href="${xml(l.launch)}"/><dependency identifierref="shared"/></resource>`,
    )
    .join("\n");
  const shared = files
    .filter((f) => !launches.has(f) && f !== "imsmanifest.xml")
    .map((f) => `      <file href="${xml(f)}"/>`)
    .join("\n");
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
