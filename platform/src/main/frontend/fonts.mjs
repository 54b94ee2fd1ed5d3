// Replaces DKFDS's eight IBM Plex Sans faces (complete character sets, about 60 KB each in woff2) with the
// four upright weights the design system's CSS uses, cut to the Latin range (Danish and English text,
// punctuation, the euro sign; about 23 KB each), from @fontsource/ibm-plex-sans. Italic text is slanted
// by the browser. Characters outside the range are drawn with the fallback fonts of DKFDS's font stack.
// Run by Maven after the DKFDS CSS is copied: node fonts.mjs <dkfds.min.css>.
import { readFileSync, writeFileSync } from 'node:fs';

const [cssFile] = process.argv.slice(2);
const WEIGHTS = [400, 500, 600, 700];
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,'
    + 'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const css = readFileSync(cssFile, 'utf8');
const dkfdsFaces = /@font-face\{[^}]*font-family:IBM Plex Sans;[^}]*\}/g;
const found = css.match(dkfdsFaces) ?? [];
if (found.length === 0 && css.includes('ibm-plex-sans-latin-400-normal.woff2')) {
    process.exit(0); // replaced in an earlier build, and the copy was not renewed since
}
if (found.length !== 8) {
    // A new DKFDS release changed its faces: look at them before replacing them.
    throw new Error(`Expected DKFDS's 8 IBM Plex Sans faces in ${cssFile}, found ${found.length}`);
}
const faces = WEIGHTS.map(weight => '@font-face{font-display:swap;font-family:IBM Plex Sans;font-style:normal;'
    + `font-weight:${weight};src:url(../fonts/ibm-plex-sans-latin-${weight}-normal.woff2) format("woff2");`
    + `unicode-range:${LATIN}}`).join('');
writeFileSync(cssFile, faces + css.replace(dkfdsFaces, ''));
