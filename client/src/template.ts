import { PLACEHOLDER_HEADLINE } from '../../checker/views/fileName';

/**
 * The release skeleton "Copydesk: New Press Release" opens, as a snippet: Tab moves from the
 * headline to the dateline, the lead, the contact block and the release number. Filled in with its
 * placeholders it reads as the `release` snippet does.
 */
export const RELEASE_SNIPPET = `FOR IMMEDIATE RELEASE
Release No. \${5:NR-000-26}

\${1:${PLACEHOLDER_HEADLINE}}

\${2:WASHINGTON} — \${3:The first paragraph says who did what, when and where. Army Lt. Gen. Jane Doe, the commander of the unit, announced the deployment on July 11.}

"A direct quotation goes here, with its attribution after the first sentence," Doe said.

Further paragraphs give the details in descending order of importance.

Media contact: \${4:Public Affairs Office, 703-555-0100, press@example.mil}

###
$0`;
