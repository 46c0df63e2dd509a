/** Files Copydesk does not check: too large, binary, or not UTF-8. Each gets one reason a writer can act on. */
import * as assert from 'assert';
import { formatSize, inputProblem, maxBytesOf, utf8Length } from '../../checker/document/input';

const FIVE_MB = maxBytesOf(5);
const DRAFT = 'WASHINGTON — Secretary of Defense Ash Carter met with Iraqi leaders in Baghdad on July 11.\n';

describe('input gate', () => {
  it('a normal draft (Unicode, emoji, one pasted U+FFFD) is checked', () => {
    assert.strictEqual(inputProblem(DRAFT.repeat(100), FIVE_MB), undefined);
    assert.strictEqual(inputProblem('“Ready,” said Øster 😀\r\n', FIVE_MB), undefined);
    assert.strictEqual(inputProblem(`${DRAFT}The sign read \uFFFD.\n${DRAFT}`, FIVE_MB), undefined);
    assert.strictEqual(inputProblem('', FIVE_MB), undefined);
  });

  it('a file over the limit is named with its size and the limit', () => {
    const text = 'a'.repeat(Math.round(6.2 * 1024 * 1024));
    assert.strictEqual(
      inputProblem(text, FIVE_MB),
      'This file is 6.2 MB, over the copydesk.maxFileSize limit of 5 MB; Copydesk does not check it. Raise the setting to check it.',
    );
  });

  it('size is counted in UTF-8 bytes: 2 M em dashes (3 bytes each) are over a 5 MB limit, 2 M ASCII letters are not', () => {
    assert.strictEqual(inputProblem('a'.repeat(2_000_000), FIVE_MB), undefined);
    assert.match(inputProblem('—'.repeat(2_000_000), FIVE_MB) ?? '', /^This file is 5\.7 MB, over/);
    assert.strictEqual(utf8Length('a—😀é'), 1 + 3 + 4 + 2);
    assert.strictEqual(utf8Length('\uD800x'), 3 + 1, 'a lone surrogate is written as U+FFFD (3 bytes)');
  });

  it('NUL characters mean a binary file', () => {
    assert.match(inputProblem(`${DRAFT}\0\0\0PK`, FIVE_MB) ?? '', /NUL characters, so it looks like a binary file/);
  });

  it('many U+FFFD replacement characters mean the file is not UTF-8', () => {
    const cp1252 = DRAFT.replace(/—/g, '\uFFFD').repeat(3) + '\uFFFDReady,\uFFFD said Carter.';
    assert.match(inputProblem(cp1252, FIVE_MB) ?? '', /^This file is not valid UTF-8 \(5 characters could not be decoded/);
  });

  it('a few U+FFFD in a long draft (fewer than one per 10,000 characters) are left to the writer', () => {
    const text = `${DRAFT.repeat(400)}\uFFFD\uFFFD\uFFFD`; // ~36,000 characters, 3 replacements
    assert.strictEqual(inputProblem(text, FIVE_MB), undefined);
  });

  it('sizes read as a writer would say them', () => {
    assert.deepStrictEqual([formatSize(80), formatSize(2048), formatSize(5 * 1024 * 1024), formatSize(6.25 * 1024 * 1024)], ['80 bytes', '2 KB', '5 MB', '6.3 MB']);
  });
});
