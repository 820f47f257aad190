/** An environment variable aula reads: the guide's reference table is written from this list. */
export interface EnvironmentVariable {
  name: string;
  /** What it does, in Spanish, for the guide. */
  purpose: string;
  /** What happens without it, in Spanish. */
  default: string;
}

/** Every environment variable src/ reads; tests/unit/guide-reference.test.ts checks none is missing. */
export const environmentVariables: readonly EnvironmentVariable[] = [
  {
    name: "SITE_URL",
    purpose: "Dirección pública del sitio: enlaces canónicos, mapa del sitio y pie de los PDF",
    default: "`url` de `curso.yaml`; si no hay, sin enlaces canónicos ni mapa del sitio (nunca `localhost`)",
  },
  {
    name: "BASE_PATH",
    purpose: "Ruta base del sitio, como `/Ciberseguridad-PePS/` en GitHub Pages; `/` publica en la raíz",
    default: "la ruta de `SITE_URL` o de `url`; si no, `/`",
  },
  {
    name: "CHROMIUM_PATH",
    purpose: "Navegador para los diagramas, los PDF y las pruebas",
    default: "el Chromium o Chrome de la máquina",
  },
  { name: "AULA_CONTENT_DIR", purpose: "Carpeta del curso (la que tiene `curso.yaml`)", default: "`content`" },
  {
    name: "AULA_PUBLIC_DIR",
    purpose: "Carpeta de archivos que se publican tal cual (los `assets/` de Jekyll)",
    default: "`public`",
  },
  { name: "AULA_OUT_DIR", purpose: "Carpeta de salida de la compilación", default: "`dist`" },
  {
    name: "AULA_PDF",
    purpose:
      "`off`: ni PDF ni páginas de impresión (`/imprimir/…`) en `aula build`; `pages`: las páginas sin imprimir, para `aula pdf --no-build` después",
    default: "PDF generados si hay navegador",
  },
  { name: "AULA_PDF_PAPER", purpose: "`letter`: PDF en tamaño carta (como `aula pdf --paper=letter`)", default: "A4" },
  {
    name: "AULA_FORCE_BUILD",
    purpose: "`1`: `aula build` compila aunque la salida esté al día (como `--force`)",
    default: "(nada)",
  },
  { name: "AULA_VERBOSE", purpose: "`1`: el tiempo de cada diagrama y si vino de la caché", default: "(nada)" },
  {
    name: "AULA_IMAGES_TIMEOUT_MS",
    purpose: "Tiempo máximo por imagen de `aula images`, en milisegundos",
    default: "`15000`",
  },
  {
    name: "AULA_SCORM_ZIP",
    purpose: "Ruta del paquete de `aula export scorm`",
    default: "`exports/scorm/curso-scorm12.zip` (o `…2004.zip`)",
  },
  { name: "AULA_EPUB", purpose: "Ruta del libro de `aula export epub`", default: "`exports/epub/curso.epub`" },
  {
    name: "AULA_INIT_AULA_SPEC",
    purpose: "La dependencia de aula que escribe `aula init` (un `file:…tgz` para probar un paquete sin publicar)",
    default: "la versión de aula que ejecuta la orden",
  },
  {
    name: "AULA_LANG",
    purpose:
      "Idioma de los mensajes de aula para el docente (errores de compilación, `aula lint`, la ayuda de las órdenes): `en` o `es`",
    default: "inglés si `curso.yaml` tiene `lang: en`; si no, castellano",
  },
  { name: "AULA_DEBUG", purpose: "`1`: la traza completa cuando una orden falla", default: "(nada)" },
];
