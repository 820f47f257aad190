/** Where a lesson's slides are, from the site's base: `diapositivas/<unit>/<lesson>/`. */
export const slidesFolder = "diapositivas";

export function slidesPath(lessonId: string): string {
  return `${slidesFolder}/${lessonId}/`;
}

/** The slides PDF of a lesson, from the output folder: `pdf/diapositivas/<unit>/<lesson>.pdf`. */
export function slidesPdfPath(lessonId: string): string {
  return `pdf/${slidesFolder}/${lessonId}.pdf`;
}
