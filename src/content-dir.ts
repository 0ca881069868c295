/**
 * Where the guide's words and data live. `content/` by default; the build-failure tests point
 * GUIDE_CONTENT_DIR at a fixture folder so that they build a tiny broken site with the real code.
 */
export const CONTENT_DIR = process.env.GUIDE_CONTENT_DIR ?? './content';
