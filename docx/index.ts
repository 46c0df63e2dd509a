/** Word documents (.docx) as Copydesk reads and writes them: bytes in, bytes out, no file system. */
export { DocxInputError } from './zip';
export { readDocx, storyStyles, PARAGRAPH_SEPARATOR, splitParagraphs, tooLargeMessage, type DocxDocument, type Paragraph, type ParagraphRole, type Story } from './read';
export { writeDocx, DocxWriteError, type WriteOptions } from './write';
export { diffWords } from './diff';
