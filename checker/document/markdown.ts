/**
 * Blanks the parts of a Markdown file that are not prose (front matter, fenced and inline code,
 * HTML comments, images, link targets, emphasis marks) with spaces, keeping every offset and line break where it was,
 * so rules can run on the result and report offsets into the original text.
 */
export function maskMarkdown(text: string): string {
  const out = text.split('');
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end && i < out.length; i++) {
      if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
    }
  };
  const frontMatter = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
  if (frontMatter) blank(0, frontMatter[0].length);

  // Fenced code blocks: ``` or ~~~ fences; an unclosed fence runs to the end, as CommonMark says.
  const fence = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text)) !== null) {
    const marker = m[1];
    const close = new RegExp(`^[ \\t]{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    blank(m.index, end);
    fence.lastIndex = end;
  }
  const masked = out.join('');
  const patterns: RegExp[] = [
    /<!--[\s\S]*?(?:-->|$)/g, // HTML comments (directives are read from the original text first)
    /(`+)[^`\n][^\n]*?\1/g, // inline code spans
    /!\[[^\]\n]*\]\([^)\n]*\)/g, // images: alt text and target are not the story's prose
    /\]\([^)\n]*\)/g, // inline link targets
    // Emphasis delimiters (`**By Jane Doe**`, `*Naval Station ...*`, `__GREAT LAKES__`): the words inside
    // stay prose, the marks go, so an emphasized byline or dateline reads as one. A list's `* ` stays.
    /(?<![\w*\\])(?:\*{1,3}|_{1,3})(?=[^\s*_])|(?<=[^\s*_\\])(?:\*{1,3}|_{1,3})(?![\w*])/g,
    /^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm, // reference definitions
    /<(?:https?|mailto):[^>\s]*>/g, // autolinks
  ];
  for (const re of patterns) {
    while ((m = re.exec(masked)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // Keep the closing bracket of a link so the link text still reads as prose.
      const skip = m[0].startsWith('](') ? 1 : 0;
      blank(m.index + skip, m.index + m[0].length);
    }
  }
  return out.join('');
}
