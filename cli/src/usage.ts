/** `copydesk --help`. */
export const USAGE = 'usage: copydesk check [options] [paths | globs | -]   (copydesk --help for more)';

export const HELP = `Copydesk: AP-style copy editing for U.S. military and DoD news releases.

Usage:
  copydesk check [options] [paths | globs | -]   check drafts (files, folders, quoted globs, - for stdin)
  copydesk explain RULE                          print a rule's page, e.g. copydesk explain rank/spelled-out
  copydesk rules [--format text|json]            list the rules
  copydesk --help | --version

Check options:
  -f, --format FORMAT      text (default), json, sarif or github
  -c, --config FILE        use this .copydesk.json for every file instead of the nearest one
      --preset NAME        house style: ap, dod, army, navy, air-force, marine-corps, space-force
      --release-date DAY   the day the release goes out (YYYY-MM-DD): what "future" means
                           to the opsec checks when the draft gives no date of its own
      --rule ID=SEVERITY   set a rule or a whole family (e.g. rank=off); severity is
                           error, warning, information, hint or off; repeatable
      --ext LIST           extensions looked for in folders (default release,txt,md;
                           add docx for Word documents)
  -q, --quiet              report and count errors only
      --max-warnings N     exit 1 when there are more than N warnings
      --fix                apply the certain fixes of errors and warnings in place, then
                           report what remains
      --fix-dry-run        print those fixes as a unified diff; write nothing
      --fix-include suggestions
                           with --fix or --fix-dry-run, apply the fixes of hints and
                           information too (errors-and-warnings, the default, does not)
      --max-file-size SIZE skip larger files (default 5MB; e.g. 512KB, 10MB)
  -j, --jobs N             worker threads for large batches (default: one per core; 1 = serial)

Folders are searched for *.release, *.txt and *.md drafts, skipping what .gitignore and
.copydeskignore exclude (and .git, node_modules). Files named on the command line are always
checked. Binary, non-UTF-8 and too large files are skipped with a message.

A Word document (.docx) is checked part by part (body, headers, footers, footnotes,
endnotes, comments, text boxes); a finding's place is the paragraph and character
in its part's text, and --fix writes the fixes into the document (as tracked changes
when the document tracks changes). A .doc, .docm or password-protected file gets a
message saying what to do, and is not touched.

Exit codes:
  0  no error, and warnings within --max-warnings
  1  at least one error, or more warnings than --max-warnings
  2  usage error, unreadable file or config, no matching files, or a file changed during --fix
`;
