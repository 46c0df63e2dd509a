/** `--fix`: certain fixes applied pass after pass, and the guard that writes only an unchanged file. */
import * as fs from 'fs';
import { applyFixes, checkDocument, Finding, fixAllFixes, FixInclude, nonOverlappingEdits, ReleaseDocument, ResolvedOptions, shiftStylesThrough, StyledParagraph } from '../../checker';

/** Enough for fixes that overlap one another to land one after the other; a guard against a fix loop. */
export const MAX_FIX_PASSES = 10;

export interface Fixed {
  text: string;
  applied: number;
  doc: ReleaseDocument;
  findings: Finding[];
}

/** The line ending most of the text uses; fix text is written with it. */
export function dominantEol(text: string): '\r\n' | '\n' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Checks `text` and, with `fix`, applies the fixes `include` takes (errors' and warnings' by
 * default: a hint's fix is the writer's call) pass after pass until none is left. `styles`: a Word
 * document's paragraph styles in `text` (its Title, its Caption), moved with each pass's fixes.
 */
export function checkAndFix(
  text: string,
  options: ResolvedOptions,
  fix: boolean,
  include: FixInclude = 'errorsAndWarnings',
  keep: (findings: Finding[]) => Finding[] = (f) => f,
  styles: readonly StyledParagraph[] = [],
): Fixed {
  const eol = dominantEol(text);
  let applied = 0;
  for (let pass = 0; ; pass++) {
    const doc = styles.length > 0 ? ReleaseDocument.styled(text, options.language, styles) : new ReleaseDocument(text, options.language);
    // `keep`: the findings that hold (a Word document's footnote has no headline); only theirs are fixed.
    const findings = keep(checkDocument(doc, options));
    if (!fix || pass >= MAX_FIX_PASSES) return { text, applied, doc, findings };
    const chosen = fixAllFixes(findings, include).map((f) =>
      eol === '\n' ? f : { ...f, fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) })) } },
    );
    const next = chosen.length > 0 ? applyFixes(text, chosen) : text;
    if (next === text) return { text, applied, doc, findings };
    applied += chosen.length;
    if (styles.length > 0) styles = shiftStylesThrough(doc.styles, nonOverlappingEdits(chosen));
    text = next;
  }
}

/**
 * Writes `next` over `file` only if the file still holds exactly `original`: a draft someone saved
 * while Copydesk was checking it is left alone. Writing in place keeps the file's mode and owner.
 */
export function writeIfUnchanged(file: string, original: Buffer, next: Buffer): boolean {
  const now = fs.readFileSync(file);
  if (!now.equals(original)) return false;
  fs.writeFileSync(file, next);
  return true;
}

export function encodeDraft(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}
