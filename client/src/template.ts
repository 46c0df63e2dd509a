/** The release skeleton "Copydesk: New Press Release" opens (the same text as the `release` snippet, filled in). */
export const RELEASE_TEMPLATE = `FOR IMMEDIATE RELEASE
Release No. NR-000-26

Headline in sentence case without a period

WASHINGTON — The first paragraph says who did what, when and where. Army Lt. Gen. Jane Doe, the commander of the unit, announced the deployment on July 11.

"A direct quotation goes here, with its attribution after the first sentence," Doe said.

Further paragraphs give the details in descending order of importance.

Media contact: Public Affairs Office, 703-555-0100, press@example.mil

###
`;
