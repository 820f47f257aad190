import type { LanguagePack, Messages } from "./es.ts";

/** Valencian: only the texts where Valencian usage differs from Catalan (`./ca.ts` gives the rest). */
const messages: Partial<Messages> = {
  "toc.title": "En esta pàgina",
  "heading.anchor": "Enllaç a esta secció",
  "notFound.search": "Busca en el curs",
  "home.lessonProgressLabel": "Les teues respostes:",
  "quiz.feedbackWrong": "✗ Incorrecte. Polsa «Torna-ho a provar» per a intentar-ho de nou, o «Mostra la solució».",
  "quiz.feedbackPartial":
    "◐ Quasi: has marcat {hits} de {total} {total|resposta correcta|respostes correctes} i {wrong} {wrong|d'incorrecta|d'incorrectes}.",
  "quiz.hintCloze": "Escriu en cada buit el que hi falta.",
  "quiz.hintClozeExact": "Escriu en cada buit el que hi falta; compten les majúscules i els accents.",
  "quiz.answerLabel": "La teua resposta",
  "quiz.feedbackPartialBlanks":
    "◐ Quasi: {hits} de {total} {total|buit està bé|buits estan bé} (marcats amb ✓). Polsa «Torna-ho a provar» per a intentar-ho de nou, o «Mostra la solució».",
  "quiz.lmsOffline":
    "Les puntuacions no s'estan enviant a l'aula virtual: les teues respostes només es guarden en este navegador.",
  "quiz.lmsFull":
    "Les puntuacions s'envien, però algunes respostes no caben en l'aula virtual i només es guarden en este navegador.",
  "quiz.summary": "Qüestionaris d'esta pàgina: {correct} de {total} {total|correcta|correctes}.",
  "quiz.summaryLink": "Mostra «El meu progrés»",
  "quiz.feedbackOrderPartial":
    "◐ Quasi: {hits} de {total} {total|element és|elements són} en el seu lloc. Polsa «Torna-ho a provar» per a intentar-ho de nou, o «Mostra la solució».",
  "quiz.printOrdering": "En paper: escriu en cada casella el lloc de l'element (1, 2, 3…).",
  "quiz.printMatching": "En paper: escriu en cada línia la lletra de la seua parella.",
  "quiz.feedbackPairsPartial":
    "◐ Quasi: {hits} de {total} {total|parella està bé|parelles estan bé}. Polsa «Torna-ho a provar» per a intentar-ho de nou, o «Mostra la solució».",
  "progress.intro":
    "Les teues respostes als qüestionaris només es guarden en este navegador. Pots exportar-les a un fitxer per a portar-les a un altre.",
  "progress.noScript": "Activa JavaScript per a veure i gestionar el teu progrés.",
  "progress.empty": "Este curs encara no té qüestionaris.",
  "progress.resetLesson": "Reinicia esta lliçó",
  "progress.confirmResetAll": "Vols esborrar totes les teues respostes d'este curs? No es pot desfer.",
  "progress.confirmResetLesson": "Vols esborrar les teues respostes de «{lesson}»? No es pot desfer.",
  "progress.importInvalid": "Este fitxer no és un progrés d'aula vàlid; el teu progrés no ha canviat.",
  "progress.storageUnavailable":
    "Este navegador no permet guardar dades (mode privat o sense espai): el progrés només durarà mentres la pàgina estiga oberta.",
  "diagram.zoomHint": "Pessiga o polsa + i − per a apropar, 0 per a veure'l sencer; arrossega per a moure't.",
  "search.button": "Busca",
  "search.dialogLabel": "Busca en el curs",
  "search.inputLabel": "Busca en el curs",
  "search.resultsLabel": "Resultats de la busca",
  "search.searching": "S'està buscant «[SEARCH_TERM]»…",
  "search.error": "No s'ha pogut carregar la busca",
  "search.keySearch": "buscar",
  "search.moreSections": "Altres seccions d'esta lliçó",
  "search.noticeTitle": "La busca encara no està disponible",
  "search.notBuilt":
    "L'índex de busca es crea en compilar el lloc. Amb «npm run dev» no hi ha índex: executa «npm run build» i després «npm run preview» per a provar la busca.",
  "print.download": "Descarrega el PDF",
  "print.devBody":
    "Amb «npm run dev» no es generen els PDF, perquè la previsualització siga ràpida. Executa «npm run build» i després «npm run preview»: els enllaços «Descarrega el PDF» donaran el PDF de cada lliçó i el del curs complet.",
  "dev.errorsTitle": "Esta lliçó té errors",
  "dev.errorsHint":
    "Corregix-los i guarda el fitxer: la pàgina s'actualitza sola. «npm run build» no publica el curs mentres hi haja errors.",
  "print.downloadCourse": "Descarrega el curs complet en PDF",
  "offline.intro":
    "Guarda les lliçons, els seus diagrames i imatges i la busca en este dispositiu per a llegir-les sense Internet.",
  "offline.save": "Guarda el curs per a usar-lo sense connexió",
  "offline.saving": "S'està guardant… {done} de {total} fitxers",
  "offline.saved": "El curs està guardat: el pots usar sense connexió.",
  "offline.failed":
    "No s'ha pogut guardar tot ({failed} {failed|fitxer|fitxers}). Comprova la connexió i torna-ho a intentar.",
  "offline.removed": "S'ha esborrat la còpia sense connexió. Les lliçons que obris es tornaran a guardar.",
  "offline.noticeDetail": "Pots continuar amb les lliçons guardades.",
  "offline.pageTitle": "Esta pàgina no està guardada",
  "offline.pageBody":
    "No hi ha connexió i esta pàgina no s'ha guardat en este dispositiu. Estes lliçons sí que estan disponibles:",
  "offline.pageNone":
    "Encara no hi ha cap lliçó guardada. Quan tornes a tindre connexió, usa «Guarda el curs per a usar-lo sense connexió» en la pàgina d'inici.",
  "offline.pageRetry": "Torna-ho a intentar",
  "slides.presentLabel": "Presenta esta lliçó com a diapositives",
  "slides.noNotes": "Esta diapositiva no té notes.",
};

const pack: LanguagePack = {
  code: "ca-valencia",
  name: "Valencià",
  fallback: "ca",
  messages,
};
export default pack;
