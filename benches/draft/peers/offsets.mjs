// Offsets between JavaScript strings (UTF-16 code units) and GUM (code
// points). Kept apart from the peer scripts so it is tested on its own:
//   node --test benches/draft/peers/

/** UTF-16 offset -> code-point offset for `text` (one more entry than units). */
export function codePoints(text) {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair points at the same code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { map[i + 1] = cp; i++; }
    cp++;
  }
  map[text.length] = cp;
  return map;
}
