/**
 * Writes the benchmark corpus, bench/corpus/*.release: news releases written for this project
 * (fictional people and events, realistic furniture). Eleven stories, each told for three
 * different commands, people, places and dates; about a third carry typical draft mistakes.
 * The output is committed; rerun with `node out/bench/corpus-gen.js` after changing a story.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Person {
  /** Service as written before the rank on first reference ("Army"), may be empty. */
  service: string;
  /** AP rank abbreviation before a name ("Lt. Col."), or a civilian title. */
  rank: string;
  /** The rank standing alone, lowercase ("the colonel"). */
  alone: string;
  first: string;
  last: string;
  he: 'he' | 'she';
}

const his = (p: Person): string => (p.he === 'he' ? 'his' : 'her');
const He = (p: Person): string => (p.he === 'he' ? 'He' : 'She');
const full = (p: Person): string => `${p.service ? p.service + ' ' : ''}${p.rank} ${p.first} ${p.last}`;

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

class Day {
  constructor(readonly y: number, readonly m: number, readonly d: number) {}
  /** "Sept. 14" */
  get md(): string {
    return `${MONTHS[this.m]} ${this.d}`;
  }
  /** "Sept. 14, 2024" */
  get mdy(): string {
    return `${this.md}, ${this.y}`;
  }
  get weekday(): string {
    return WEEKDAYS[new Date(Date.UTC(this.y, this.m, this.d)).getUTCDay()];
  }
  /** "September 2024" */
  get monthYear(): string {
    return `${MONTHS_LONG[this.m]} ${this.y}`;
  }
  plus(days: number): Day {
    const t = new Date(Date.UTC(this.y, this.m, this.d + days));
    return new Day(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
  }
}

interface Variant {
  file: string;
  date: Day;
  releaseNo: string;
  /** Mistake ids to inject (see MISTAKES); empty for clean copy. */
  mistakes: string[];
  [key: string]: unknown;
}

const contact = (office: string, name: string, phone: string, email: string): string =>
  `Media contact: ${office}, ${name}, ${phone}, ${email}`;

// ---------------------------------------------------------------------------------------------
// Stories. Each returns the whole release text for one variant.

type Story = (v: any) => string;

const deployment: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — About ${v.troops} soldiers from the ${v.unit} will deploy to ${v.region} this ${v.season} as part of a regularly scheduled rotation, the Army announced ${v.date.weekday}.

The brigade will replace the ${v.outgoing}, which has been in ${v.region} since ${v.since}. The soldiers will train alongside allied and partner forces in more than ${v.countries} countries and will take part in several multinational exercises during the nine-month deployment.

"This rotation is about readiness and about keeping our promises to our allies," said ${full(v.cdr)}, the brigade commander. "Our soldiers have spent the past year getting ready for exactly this mission, and they are ready."

The brigade completed a monthlong rotation at the ${v.ctc} in ${v.ctcWhen}, where its battalions rehearsed combined arms maneuver against a thinking, adaptive opposing force. ${v.cdr.last} said the rotation exposed gaps in communications between the brigade's artillery and its maneuver battalions, and that the unit spent the summer closing them.

"The training center is hard on purpose," ${v.cdr.last} said. "We made mistakes there so we would not make them overseas."

The deployment includes tanks, Bradley Fighting Vehicles, Paladin self-propelled howitzers and about ${v.vehicles} wheeled vehicles, which will move by rail to ${v.port} and by ship to ${v.arrivalPort}. The first equipment is scheduled to leave ${v.base} on ${v.date.plus(9).md}.

Families of deploying soldiers can find information at the installation's family readiness center, which will hold predeployment briefings at ${v.briefTime} on ${v.date.plus(3).weekday}, ${v.date.plus(3).md}, and again the following week. Chaplains and military family life counselors will attend both sessions.

${full(v.csm)}, the brigade's senior enlisted leader, said the unit has worked to make sure families know where to turn while their soldiers are away.

"A deployment is a family event," ${v.csm.last} said. "We owe our spouses and children clear information and a real point of contact, not a phone tree."

${v.cdr.last} took command of the brigade in ${v.cmdSince}. ${He(v.cdr)} previously served as a battalion commander in the ${v.prevUnit} and has deployed to Iraq and Afghanistan.

The ${v.unitShort} last deployed to ${v.region} in ${v.lastDeployed}. During that rotation, its soldiers trained with forces from ${v.partners} and helped to establish a permanent training area that allied forces still use.

U.S. Army Europe and Africa oversees the rotations, which began in 2017 and are intended to reassure NATO allies and deter aggression on the alliance's eastern flank.

While in ${v.region}, the brigade's headquarters will fall under the operational control of the ${v.division} and will work daily with the ${v.hostUnit}. Staff officers from both armies will share a joint operations center, and the brigade will keep liaison officers at ${v.hostHq}.

Maintenance will be one of the brigade's biggest tasks, ${v.cdr.last} said. The unit will draw some of its equipment from Army prepositioned stocks in Europe and will have to inspect, repair and return it at the end of the rotation. Mechanics from the brigade support battalion began training on the prepositioned vehicles during a visit in ${v.pdssWhen}.

"The tanks do not fix themselves, and the distances in Europe are real," ${v.cdr.last} said. "Our maintainers and our logisticians will decide whether this rotation succeeds as much as anyone on a gun line."

Soldiers will receive cultural and language training before they leave, and each battalion will hold a community relations event with its host town within the first 60 days. During past rotations, soldiers coached youth sports teams, taught English classes and helped restore a war memorial.

The brigade's rear detachment will remain at ${v.base} to support families and to receive soldiers who join the unit during the deployment. ${v.rearNote}

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const homecoming: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — The ${v.ship} returned to ${v.homeport} ${v.date.weekday} after a ${v.months}-month deployment to the ${v.area}, where the crew ${v.mission}.

More than ${v.crew} sailors lined the rails as the ship pulled pierside shortly after ${v.arrival}. Family members waved signs and flags from the pier, and the ship's first-time fathers were the first sailors allowed ashore, a Navy tradition.

"I could not be prouder of this crew," said ${full(v.co)}, the ship's commanding officer. "They did everything we asked of them, and they did it far from home, over the holidays and at a pace nobody planned for."

During the deployment the ship sailed more than ${v.miles} nautical miles, made port visits in ${v.ports}, and conducted ${v.events} underway replenishments. Its embarked helicopter detachment flew more than ${v.hours} hours.

${v.co.last} said the crew's readiness was tested early, when the ship was ordered to ${v.surprise} less than three weeks after leaving ${v.homeport}.

"We trained for that day for a year," ${v.co.last} said. "When it came, nobody had to be told what to do."

${full(v.cmc)}, the command master chief, said the crew advanced ${v.advanced} sailors during the deployment and qualified ${v.qualified} in surface warfare.

"The sailors who walk off this ship today are not the same sailors who walked on," ${v.cmc.last} said. "They have earned every ribbon and every hour of leave they are about to take."

The ship is assigned to ${v.group} and is homeported at ${v.base}. It will enter a maintenance period in ${v.maintenance}.

The crew is scheduled to take leave in two blocks over the next month. The ship's ombudsman and the ${v.fsc} will hold a reintegration session for families at 6 p.m. on ${v.date.plus(2).md}.

${contact(v.office, v.pao, v.phone, v.email)}

-30-
`;

const changeOfCommand: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — ${full(v.incoming)} took command of the ${v.wing} from ${full(v.outgoing)} during a ceremony at ${v.base} on ${v.date.md}.

${full(v.presider)}, the ${v.presiderTitle}, presided over the ceremony, which was held in ${v.venue} and attended by about ${v.attendees} airmen, family members and community leaders.

"Change of command is a moment to look back and a moment to look ahead," ${v.presider.last} said. "${v.outgoing.first} ${v.outgoing.last} leaves this wing stronger than ${v.outgoing.he} found it, and I have every confidence that ${v.incoming.first} ${v.incoming.last} will keep it moving forward."

During ${his(v.outgoing)} two years in command, ${v.outgoing.last} led the wing through ${v.achievement}. The wing also ${v.achievement2}.

"The credit belongs to the airmen," ${v.outgoing.last} said. "They fixed jets in the rain and the snow, they deployed on short notice, and they looked after each other. It has been the privilege of my life to serve with them."

${v.outgoing.last} will next serve as ${v.nextJob}.

${v.incoming.last} comes to the wing from ${v.fromJob}. A command pilot with more than ${v.hours} flying hours, ${v.incoming.he} has flown combat missions in support of operations in Iraq, Afghanistan and Syria.

"I know the reputation of this wing, and I know I have big shoes to fill," ${v.incoming.last} said. "My first job is to listen. My second job is to make sure every airman here has what they need to do the mission."

The ${v.wingShort} ${v.wingMission} It employs about ${v.personnel} active-duty airmen, civilians and contractors and is one of the largest employers in ${v.county}.

The ceremony closed with the passing of the wing's guidon, a military tradition that symbolizes the transfer of responsibility from one commander to the next, followed by a reception at the base club.

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const exercise: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — Marines with the ${v.unit} and ${v.partnerForce} began ${v.exercise}, a bilateral amphibious exercise, on ${v.date.md} along the coast of ${v.coast}.

About ${v.usMarines} U.S. Marines and sailors and ${v.partnerTroops} ${v.partnerAdj} service members are taking part in the exercise, which runs through ${v.date.plus(v.lengthDays).md}. The training includes amphibious landings, live-fire ranges, jungle survival, humanitarian assistance drills and a combined staff planning exercise.

"Every time we train together, we get a little faster and a little more in step," said ${full(v.cdr)}, the exercise's U.S. commander. "That is the whole point. If a crisis comes, we do not want to be exchanging business cards."

The exercise began with a ship-to-shore movement of amphibious combat vehicles from the ${v.ship}, followed by a helicopter-borne insertion of a reinforced rifle company about ${v.miles} miles inland.

${full(v.partnerCdr)}, the ${v.partnerTitle}, said ${his(v.partnerCdr)} Marines were eager to train with their American counterparts.

"We share the same coastline problems and the same weather, and we share the same values," ${v.partnerCdr.last} said. "Training together makes both of our forces better."

In a second phase, engineers from both nations will repair a school and a medical clinic in ${v.town}, and Navy corpsmen will work with ${v.partnerAdj} medical personnel to run free clinics for residents.

${full(v.nco)}, a squad leader with ${v.company}, said the jungle training was the hardest ${his(v.nco)} squad had done.

"It was hot, it was wet and nobody slept much," ${v.nco.last} said. "Our partners know this terrain far better than we do, and we learned a lot from them."

${v.exercise} is held each year and is one of the largest bilateral exercises between the two nations. The first iteration took place in ${v.firstYear}.

The Marine Corps and its partners will hold a closing ceremony at ${v.closeTime} on ${v.date.plus(v.lengthDays).md} at ${v.closeVenue}.

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const launch: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — A ${v.rocket} rocket carrying ${v.payload} lifted off from ${v.pad} at ${v.launchTime} on ${v.date.md}, the Space Force announced.

The satellite separated from the rocket's upper stage about ${v.sepMinutes} minutes after liftoff, and operators at ${v.opsBase} made contact with it shortly afterward. Engineers will spend the next several weeks checking out the satellite before it is handed over for operations.

"Today's launch adds capability that warfighters and civilians around the world depend on every day," said ${full(v.cdr)}, ${v.cdrTitle}. "It also shows what the team can do when government and industry work as one."

${v.payloadDetail}

Guardians with ${v.delta} provided range support for the launch, including weather forecasting, flight safety and tracking. The launch was the ${v.ordinal} from the range this year.

${full(v.enlisted)}, a range operations noncommissioned officer, said the countdown went smoothly despite ${v.weather}.

"We had a weather window of about ${v.window} minutes, and we used it," ${v.enlisted.last} said. "The team has done this many times, but nobody treats it as routine."

${v.program}

The Space Force, established in December 2019, organizes, trains and equips Guardians to conduct operations in, from and to space. It has about ${v.guardians} active-duty Guardians and ${v.civilians} civilians.

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const rescue: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — A Coast Guard ${v.asset} crew rescued ${v.count} ${v.who} from ${v.vessel} that ${v.what} about ${v.miles} miles ${v.direction} of ${v.landmark} on ${v.date.md}.

Watchstanders at ${v.sector} received a mayday call over VHF-FM radio at ${v.callTime} reporting that the vessel was ${v.trouble}. The watchstanders issued an urgent marine information broadcast and launched the ${v.asset} crew from ${v.airStation}.

The crew arrived on scene about ${v.arrivalMinutes} minutes later and found ${v.found}. The rescue swimmer, ${full(v.swimmer)}, entered the water and helped each survivor into the rescue basket.

"The seas were running about ${v.seas} feet, and the water was ${v.waterTemp} degrees," ${v.swimmer.last} said. "They did everything right. They had life jackets on, they had a radio, and they called for help early. That is why this ended the way it did."

The survivors were flown to ${v.hospital}, where they were reported in stable condition. ${v.vesselFate}

"This case is a textbook example of why every boater should file a float plan and carry a working radio and an emergency position-indicating radio beacon," said ${full(v.sectorOfficer)}, ${v.sectorTitle}. "Those three things gave our crews a place to start and a reason to hurry."

The Coast Guard reminds mariners to check the marine forecast before getting underway, to wear life jackets at all times on open water and to register their beacons with the National Oceanic and Atmospheric Administration.

${v.stats}

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const secretaryVisit: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

WASHINGTON — ${v.secTitle} ${v.sec.first} ${v.sec.last} visited ${v.place} on ${v.date.md}, where ${v.sec.he} ${v.purpose}.

${v.sec.last} toured ${v.tour} and met with ${v.metWith}. ${He(v.sec)} was accompanied by ${full(v.escort)}, ${v.escortTitle}.

"${v.quote1a}," ${v.sec.last} said. "${v.quote1b}"

${v.background}

During a town hall with about ${v.townHall} service members and civilians, ${v.sec.last} answered questions about ${v.topics}.

"${v.quote2}," ${v.sec.last} told the audience.

${v.escort.last} said the visit gave the workforce a chance to hear directly from department leadership.

"${v.quote3}," ${v.escort.last} said.

${v.extra}

${v.closing}

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const guardResponse: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — More than ${v.troops} ${v.state} National Guard soldiers and airmen were on duty ${v.date.weekday} supporting ${v.disaster} response efforts across ${v.counties} counties, state officials said.

Gov. ${v.governor} activated the Guard on ${v.date.plus(-2).md} at the request of the state's emergency management agency. Guard members are ${v.tasks}.

"Our Guardsmen live in these communities, and they are helping their own neighbors," said ${full(v.tag)}, the adjutant general of ${v.state}. "They will stay as long as they are needed."

The Guard has flown ${v.sorties} helicopter missions since the response began, using ${v.aircraft}. Aircrews have ${v.airWork}.

${full(v.pilot)}, a pilot with ${v.aviationUnit}, flew ${his(v.pilot)} first mission shortly after sunrise ${v.date.plus(-1).weekday}.

"You train for years for a day like this and hope it never comes," ${v.pilot.last} said. "When you see families waving from a roof, all of that training just takes over."

On the ground, soldiers from ${v.groundUnit} are ${v.groundWork}. ${full(v.sgt)}, a squad leader, said residents have brought food and coffee to the soldiers at every stop.

"People here are tough," ${v.sgt.last} said. "They lost a lot, and they are still thanking us."

The Guard is coordinating its work with the ${v.partners}. Residents who need help should call ${v.hotline} or visit the state's emergency management website.

${v.more}

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const award: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — ${full(v.hero)}, ${v.heroJob}, received the ${v.medal} during a ceremony at ${v.venue} on ${v.date.md} for ${his(v.hero)} actions during ${v.action}.

${full(v.presenter)}, ${v.presenterTitle}, presented the award in front of about ${v.crowd} soldiers, family members and friends, including ${his(v.hero)} ${v.family}.

According to the award citation, ${v.hero.last} ${v.citation}

"${v.presenterQuote}," ${v.presenter.last} said.

${v.hero.last}, a native of ${v.hometown}, enlisted in ${v.enlisted} and has deployed ${v.deployments} times. ${He(v.hero)} said ${v.hero.he} thinks about the soldiers who were with ${v.hero.he === 'he' ? 'him' : 'her'} that day more than about the medal.

"I did not do anything that the rest of my team would not have done," ${v.hero.last} said. "${v.heroQuote}"

${full(v.teammate)}, who was ${v.teammateRole} during the ${v.actionShort}, said ${v.hero.last} kept ${his(v.hero)} composure when it mattered most.

"${v.teammateQuote}," ${v.teammate.last} said.

The ${v.medal} is ${v.medalRank} ${v.medalNote}

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const hospitalShip: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — The hospital ship ${v.ship} arrived in ${v.city}, ${v.country}, on ${v.date.md} for a ${v.days}-day medical mission, the ${v.mission} stop of ${v.missionName}.

Military and civilian medical teams aboard the ship and ashore will provide general and specialty surgery, dental care, optometry, veterinary services and public health training in partnership with ${v.country}'s ministry of health. Navy Seabees will also repair ${v.repairs}.

"This mission is about partnership, and partnerships are built person to person," said ${full(v.mc)}, the mission commander. "Our teams learn as much from our host nation colleagues as they learn from us."

The ship's ${v.beds}-bed hospital is staffed by about ${v.staff} people, including Navy doctors, nurses and corpsmen, Army and Air Force medical personnel, partner nation medical staff and volunteers from nongovernmental organizations. Civilian mariners with Military Sealift Command operate and navigate the ship.

On previous stops the teams treated more than ${v.treated} patients and performed ${v.surgeries} surgeries. Medical teams also trained ${v.trained} local health care workers in areas such as emergency care, infection control and neonatal resuscitation.

${full(v.doc)}, a pediatric surgeon, said many of ${his(v.doc)} patients have waited years for operations that are routine in the United States.

"Yesterday I operated on ${/^(8|11|18)$/.test(v.childAge) ? 'an' : 'a'} ${v.childAge}-year-old boy whose family had been saving for this surgery since he was born," ${v.doc.last} said. "That is a very humbling thing to be part of."

${v.localQuoteIntro}

"${v.localQuote}," ${v.localName} said.

${v.missionName} ${v.missionBackground}

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

const bestWarrior: Story = (v) => `FOR IMMEDIATE RELEASE
Release No. ${v.releaseNo}

${v.headline}

${v.dateline} — ${full(v.soldier)} and ${full(v.nco)} were named ${v.title} after a ${v.days}-day competition at ${v.base} that ended ${v.date.weekday}.

${v.competitors} soldiers from across ${v.command} competed in the event, which tested physical fitness, marksmanship, land navigation, tactical combat casualty care and knowledge of Army programs and history. Competitors also faced a written exam, an essay and an appearance board of senior sergeants major.

The competition began at 4 a.m. on ${v.date.plus(-v.days + 1).md} with the Army Combat Fitness Test and ended with a ${v.ruckMiles}-mile ruck march carrying ${v.ruckPounds} pounds of gear. Between those events, competitors slept about four hours a night.

"These soldiers pushed themselves further than most people ever will," said ${full(v.csm)}, the ${v.csmTitle}. "Every one of them went home a better soldier, and every one of them should be proud."

${v.soldier.last}, ${v.soldierJob}, said the night land navigation course was the hardest part of the week.

"It was pitch black, it was raining, and I was sure I had missed my second point," ${v.soldier.last} said. "I just kept trusting my pace count, and it worked out."

${v.nco.last}, ${v.ncoJob}, said ${v.nco.he} prepared for the competition for ${v.prepMonths} months, often training before and after duty hours.

"My soldiers were watching me the whole time," ${v.nco.last} said. "I wanted to show them what it looks like to set a goal and go after it."

Both winners will represent ${v.command} at the ${v.next} in ${v.nextWhen}. Each received ${v.prizes}.

The Best Warrior Competition has been held since 2002 and recognizes soldiers who demonstrate commitment to the Army values, embody the warrior ethos and represent the force of the future.

${contact(v.office, v.pao, v.phone, v.email)}

###
`;

// ---------------------------------------------------------------------------------------------
// Variants: who, where and when for each story.

const P = (service: string, rank: string, alone: string, first: string, last: string, he: 'he' | 'she'): Person => ({
  service, rank, alone, first, last, he,
});

const variants: Array<{ story: Story; v: Variant & Record<string, any> }> = [
  // deployment
  { story: deployment, v: {
    file: 'army-armored-brigade-europe',
    division: 'V Corps forward command post in Poznan', hostUnit: 'Polish 11th Armored Cavalry Division', hostHq: 'the Polish division headquarters in Zagan', pdssWhen: 'July', rearNote: 'Its commander will hold a monthly town hall for families, and the division will post deployment updates on its official social media pages.', date: new Day(2024, 8, 17), releaseNo: '24-091', mistakes: [],
    headline: 'Fort Carson armored brigade to deploy to Europe for nine-month rotation',
    dateline: 'FORT CARSON, Colo.', troops: '3,800', unit: '2nd Armored Brigade Combat Team, 4th Infantry Division',
    unitShort: 'brigade', region: 'Poland', season: 'fall', outgoing: '1st Armored Brigade Combat Team, 3rd Infantry Division',
    since: 'February', countries: '10', cdr: P('Army', 'Col.', 'colonel', 'Daniel', 'Okafor', 'he'),
    ctc: 'National Training Center at Fort Irwin, California', ctcWhen: 'May', vehicles: '1,500', port: 'Port Arthur, Texas',
    arrivalPort: 'Gdansk', base: 'Fort Carson', briefTime: '6 p.m.', csm: P('Army', 'Command Sgt. Maj.', 'sergeant major', 'Teresa', 'Villanueva', 'she'),
    cmdSince: 'June 2023', prevUnit: '1st Cavalry Division', lastDeployed: '2021', partners: 'Poland, Lithuania and Romania',
    office: '4th Infantry Division Public Affairs', pao: 'Maj. Kevin Brandt', phone: '719-555-0142', email: 'kevin.brandt@example.mil',
  } },
  { story: deployment, v: {
    file: 'army-cavalry-brigade-romania',
    division: '101st Airborne Division headquarters', hostUnit: 'Romanian 2nd Infantry Division', hostHq: 'the Romanian division headquarters in Buzau', pdssWhen: 'December', rearNote: 'Family readiness groups in each battalion will meet at least once a month.', date: new Day(2025, 0, 22), releaseNo: '25-007', mistakes: ['loaded-verb', 'ordinal', 'state-postal'],
    headline: 'Cavalry brigade heads to Romania in spring rotation',
    dateline: 'FORT HOOD, Texas', troops: '4,200', unit: '3rd Armored Brigade Combat Team, 1st Cavalry Division',
    unitShort: 'brigade', region: 'Romania', season: 'spring', outgoing: '2nd Armored Brigade Combat Team, 1st Armored Division',
    since: 'August', countries: 'eight', cdr: P('Army', 'Col.', 'colonel', 'Rebecca', 'Lindqvist', 'she'),
    ctc: 'National Training Center at Fort Irwin, California', ctcWhen: 'October', vehicles: '1,700', port: 'Beaumont, Texas',
    arrivalPort: 'Constanta', base: 'Fort Hood', briefTime: '5:30 p.m.', csm: P('Army', 'Command Sgt. Maj.', 'sergeant major', 'Marcus', 'Whitfield', 'he'),
    cmdSince: 'July 2024', prevUnit: '3rd Infantry Division', lastDeployed: '2022', partners: 'Romania, Bulgaria and Hungary',
    office: '1st Cavalry Division Public Affairs', pao: 'Lt. Col. Angela Ruiz', phone: '254-555-0177', email: 'angela.ruiz@example.mil',
  } },
  { story: deployment, v: {
    file: 'army-infantry-brigade-lithuania',
    division: '1st Infantry Division forward headquarters', hostUnit: 'Lithuanian Mechanized Infantry Brigade Iron Wolf', hostHq: 'the Lithuanian brigade headquarters in Rukla', pdssWhen: 'February', rearNote: 'Soldiers who arrive after the main body will deploy in small groups through the fall.', date: new Day(2023, 4, 9), releaseNo: '23-044', mistakes: [],
    headline: 'Fort Stewart brigade to deploy to Lithuania',
    dateline: 'FORT STEWART, Ga.', troops: '3,500', unit: '1st Armored Brigade Combat Team, 3rd Infantry Division',
    unitShort: 'brigade', region: 'Lithuania', season: 'summer', outgoing: '3rd Armored Brigade Combat Team, 4th Infantry Division',
    since: 'November', countries: 'six', cdr: P('Army', 'Col.', 'colonel', 'Jonathan', 'Meyers', 'he'),
    ctc: 'Joint Multinational Readiness Center in Hohenfels, Germany', ctcWhen: 'March', vehicles: '1,300', port: 'Savannah, Georgia',
    arrivalPort: 'Klaipeda', base: 'Fort Stewart', briefTime: '7 p.m.', csm: P('Army', 'Command Sgt. Maj.', 'sergeant major', 'Darnell', 'Price', 'he'),
    cmdSince: 'May 2022', prevUnit: '82nd Airborne Division', lastDeployed: '2020', partners: 'Lithuania, Latvia and Estonia',
    office: '3rd Infantry Division Public Affairs', pao: 'Capt. Lauren Mercer', phone: '912-555-0119', email: 'lauren.mercer@example.mil',
  } },
  // homecoming
  { story: homecoming, v: {
    file: 'navy-destroyer-homecoming-norfolk', date: new Day(2024, 3, 12), releaseNo: '24-031', mistakes: [],
    headline: 'USS Mason Returns to Norfolk After Seven-Month Deployment',
    dateline: 'NORFOLK, Va. (April 12, 2024)', ship: 'Arleigh Burke-class guided-missile destroyer USS Mason (DDG 87)', homeport: 'Naval Station Norfolk',
    months: 'seven', area: 'Red Sea and eastern Mediterranean', mission: 'defended commercial shipping and shot down drones and missiles launched from Yemen',
    crew: '300', arrival: '9 a.m.', co: P('', 'Cmdr.', 'commander', 'Justin', 'Hartley', 'he'),
    miles: '48,000', ports: 'Souda Bay, Greece, and Rota, Spain', events: '35', hours: '600',
    surprise: 'the Red Sea to escort merchant vessels', cmc: P('', 'Command Master Chief', 'master chief', 'Renee', 'Castillo', 'she'),
    advanced: '72', qualified: '41', group: 'Carrier Strike Group 2', base: 'Naval Station Norfolk', maintenance: 'the summer',
    fsc: 'Fleet and Family Support Center', office: 'Naval Surface Force Atlantic Public Affairs', pao: 'Lt. Cmdr. Beth Ramsey', phone: '757-555-0135', email: 'beth.ramsey@example.mil',
  } },
  { story: homecoming, v: {
    file: 'navy-cruiser-homecoming-san-diego', date: new Day(2023, 11, 14), releaseNo: '23-212', mistakes: ['quote-comma', 'military-time'],
    headline: 'USS Princeton Returns to San Diego Following Indo-Pacific Deployment',
    dateline: 'SAN DIEGO (Dec. 14, 2023)', ship: 'Ticonderoga-class guided-missile cruiser USS Princeton (CG 59)', homeport: 'San Diego',
    months: 'eight', area: 'Indo-Pacific', mission: 'operated with allied navies from Japan, Australia and the Philippines',
    crew: '330', arrival: '10 a.m.', co: P('', 'Capt.', 'captain', 'Miguel', 'Ortega', 'he'),
    miles: '55,000', ports: 'Yokosuka, Japan; Darwin, Australia; and Manila', events: '40', hours: '720',
    surprise: 'the South China Sea for a freedom of navigation operation', cmc: P('', 'Command Master Chief', 'master chief', 'Dwayne', 'Foster', 'he'),
    advanced: '85', qualified: '50', group: 'Carrier Strike Group 9', base: 'Naval Base San Diego', maintenance: 'February',
    fsc: 'Fleet and Family Support Center', office: 'Naval Surface Force Pacific Public Affairs', pao: 'Lt. Sarah Kim', phone: '619-555-0188', email: 'sarah.kim@example.mil',
  } },
  { story: homecoming, v: {
    file: 'navy-lcs-homecoming-mayport', date: new Day(2025, 5, 3), releaseNo: '25-058', mistakes: [],
    headline: 'USS Sioux City Returns to Mayport After Caribbean Counter-Drug Deployment',
    dateline: 'MAYPORT, Fla. (June 3, 2025)', ship: 'Freedom-class littoral combat ship USS Sioux City (LCS 11)', homeport: 'Naval Station Mayport',
    months: 'six', area: 'Caribbean and eastern Pacific', mission: 'worked with the Coast Guard to seize more than 9 tons of cocaine bound for the United States',
    crew: '100', arrival: '8 a.m.', co: P('', 'Cmdr.', 'commander', 'Alicia', 'Brennan', 'she'),
    miles: '32,000', ports: 'Cartagena, Colombia, and Panama City', events: '18', hours: '450',
    surprise: 'intercept a semisubmersible vessel off the coast of Colombia', cmc: P('', 'Command Senior Chief', 'senior chief', 'Tyrone', 'Mitchell', 'he'),
    advanced: '22', qualified: '30', group: 'U.S. 4th Fleet', base: 'Naval Station Mayport', maintenance: 'August',
    fsc: 'Fleet and Family Support Center', office: 'Naval Surface Force Atlantic Public Affairs', pao: 'Lt. j.g. Mark Delaney', phone: '904-555-0160', email: 'mark.delaney@example.mil',
  } },
  // change of command
  { story: changeOfCommand, v: {
    file: 'af-fighter-wing-change-of-command', date: new Day(2024, 6, 19), releaseNo: '24-067', mistakes: [],
    headline: 'New commander takes the helm of 388th Fighter Wing',
    dateline: 'HILL AIR FORCE BASE, Utah', incoming: P('Air Force', 'Col.', 'colonel', 'Natalie', 'Chambers', 'she'),
    outgoing: P('Air Force', 'Col.', 'colonel', 'Bryan', 'Esposito', 'he'), wing: '388th Fighter Wing', wingShort: '388th Fighter Wing',
    base: 'Hill Air Force Base', presider: P('Air Force', 'Maj. Gen.', 'general', 'Craig', 'Lundgren', 'he'), presiderTitle: '15th Air Force commander',
    venue: 'a hangar on the flight line', attendees: '900', achievement: 'two combat deployments and its first full-scale exercise with F-35A Lightning II jets operating from austere airfields',
    achievement2: 'earned the highest rating in its most recent unit effectiveness inspection', nextJob: 'the director of operations at Air Combat Command headquarters',
    fromJob: 'the Pentagon, where she served on the Joint Staff', hours: '2,600', wingMission: 'flies and maintains three squadrons of F-35A fighters and is ready to deploy anywhere in the world on short notice.',
    personnel: '5,000', county: 'northern Utah', office: '388th Fighter Wing Public Affairs', pao: 'Micah Garbarino', phone: '801-555-0124', email: 'micah.garbarino@example.mil',
  } },
  { story: changeOfCommand, v: {
    file: 'af-airlift-wing-change-of-command', date: new Day(2023, 5, 23), releaseNo: '23-052', mistakes: ['rank-service-form', 'us-body'],
    headline: 'Dover airlift wing welcomes new commander',
    dateline: 'DOVER AIR FORCE BASE, Del.', incoming: P('Air Force', 'Col.', 'colonel', 'Terrence', 'Holloway', 'he'),
    outgoing: P('Air Force', 'Col.', 'colonel', 'Jennifer', 'Saunders', 'she'), wing: '436th Airlift Wing', wingShort: '436th Airlift Wing',
    base: 'Dover Air Force Base', presider: P('Air Force', 'Maj. Gen.', 'general', 'Patrice', 'Longmire', 'she'), presiderTitle: '18th Air Force commander',
    venue: 'the C-5M Super Galaxy hangar', attendees: '750', achievement: 'the evacuation of Kabul, Afghanistan, and the delivery of more than 40,000 tons of security assistance to Ukraine',
    achievement2: 'won the Air Force Outstanding Unit Award', nextJob: 'the vice commander of the 618th Air Operations Center',
    fromJob: 'Scott Air Force Base, Illinois, where he led the Tanker Airlift Control Center', hours: '3,400', wingMission: 'operates C-5M Super Galaxy and C-17 Globemaster III aircraft and handles about a quarter of the nation\'s strategic airlift cargo.',
    personnel: '4,000', county: 'Kent County', office: '436th Airlift Wing Public Affairs', pao: 'Capt. Dana Whitmore', phone: '302-555-0110', email: 'dana.whitmore@example.mil',
  } },
  { story: changeOfCommand, v: {
    file: 'af-bomb-wing-change-of-command', date: new Day(2025, 7, 8), releaseNo: '25-083', mistakes: [],
    headline: 'Whiteman bomb wing changes command',
    dateline: 'WHITEMAN AIR FORCE BASE, Mo.', incoming: P('Air Force', 'Brig. Gen.', 'general', 'Raymond', 'Kowalski', 'he'),
    outgoing: P('Air Force', 'Brig. Gen.', 'general', 'Diane', 'Ashworth', 'she'), wing: '509th Bomb Wing', wingShort: '509th Bomb Wing',
    base: 'Whiteman Air Force Base', presider: P('Air Force', 'Maj. Gen.', 'general', 'Harold', 'Benning', 'he'), presiderTitle: '8th Air Force commander',
    venue: 'the wing\'s B-2 Spirit maintenance hangar', attendees: '1,100', achievement: 'a bomber task force deployment to Australia and a series of long-range missions over the Pacific',
    achievement2: 'completed a major runway renovation without halting flying operations', nextJob: 'the deputy director for nuclear operations on the Joint Staff',
    fromJob: 'Barksdale Air Force Base, Louisiana, where he was vice commander of Air Force Global Strike Command\'s 8th Air Force', hours: '3,100', wingMission: 'is the only wing in the Air Force that flies the B-2 Spirit stealth bomber.',
    personnel: '7,000', county: 'Johnson County', office: '509th Bomb Wing Public Affairs', pao: 'Staff Sgt. Leon Harper', phone: '660-555-0133', email: 'leon.harper@example.mil',
  } },
  // exercise
  { story: exercise, v: {
    file: 'marines-philippines-amphibious-exercise', date: new Day(2024, 9, 14), releaseNo: '24-119', mistakes: [],
    headline: 'Marines, Philippine forces open annual amphibious exercise',
    dateline: 'SUBIC BAY, Philippines', unit: '3rd Marine Littoral Regiment', partnerForce: 'the Philippine Marine Corps', exercise: 'Exercise Kamandag',
    coast: 'northern Luzon', usMarines: '1,200', partnerTroops: '800', partnerAdj: 'Philippine', lengthDays: 12,
    cdr: P('Marine Corps', 'Col.', 'colonel', 'Timothy', 'Brennan', 'he'), ship: 'amphibious transport dock USS Green Bay', miles: '12',
    partnerCdr: P('', 'Brig. Gen.', 'general', 'Eduardo', 'Santiago', 'he'), partnerTitle: 'commander of the Philippine Marine Corps\' 4th Marine Brigade',
    town: 'Santa Ana', nco: P('Marine Corps', 'Sgt.', 'sergeant', 'Alexis', 'Moreno', 'she'), company: 'Company B, 1st Battalion, 3rd Marines',
    firstYear: '2017', closeTime: '9 a.m.', closeVenue: 'Naval Education, Training and Doctrine Command headquarters',
    office: 'III Marine Expeditionary Force Public Affairs', pao: 'Capt. Joseph Nakamura', phone: '315-555-0147', email: 'joseph.nakamura@example.mil',
  } },
  { story: exercise, v: {
    file: 'marines-norway-cold-weather-exercise', date: new Day(2024, 2, 4), releaseNo: '24-022', mistakes: ['towards', 'month-abbrev'],
    headline: 'Marines, Norwegian troops begin cold-weather landing exercise',
    dateline: 'BODO, Norway', unit: '2nd Marine Division', partnerForce: 'the Norwegian Coastal Ranger Command', exercise: 'Exercise Arctic Shield',
    coast: 'northern Norway', usMarines: '2,000', partnerTroops: '1,500', partnerAdj: 'Norwegian', lengthDays: 10,
    cdr: P('Marine Corps', 'Col.', 'colonel', 'Andrea', 'Fitzgerald', 'she'), ship: 'amphibious assault ship USS Wasp', miles: '20',
    partnerCdr: P('', 'Col.', 'colonel', 'Lars', 'Haugen', 'he'), partnerTitle: 'commander of the Norwegian Coastal Ranger Command',
    town: 'Narvik', nco: P('Marine Corps', 'Cpl.', 'corporal', 'Devin', 'Caldwell', 'he'), company: 'Company K, 3rd Battalion, 6th Marines',
    firstYear: '2016', closeTime: '11 a.m.', closeVenue: 'the Norwegian army camp at Setermoen',
    office: 'II Marine Expeditionary Force Public Affairs', pao: 'Maj. Hannah Becker', phone: '910-555-0152', email: 'hannah.becker@example.mil',
  } },
  { story: exercise, v: {
    file: 'marines-australia-exercise', date: new Day(2025, 6, 15), releaseNo: '25-071', mistakes: [],
    headline: 'Marines, Australian soldiers storm ashore in Queensland exercise',
    dateline: 'TOWNSVILLE, Australia', unit: '13th Marine Expeditionary Unit', partnerForce: 'the Australian army\'s 2nd Battalion, Royal Australian Regiment', exercise: 'Exercise Southern Trident',
    coast: 'Queensland', usMarines: '2,400', partnerTroops: '1,900', partnerAdj: 'Australian', lengthDays: 14,
    cdr: P('Marine Corps', 'Col.', 'colonel', 'Victor', 'Alvarez', 'he'), ship: 'amphibious assault ship USS Boxer', miles: '15',
    partnerCdr: P('', 'Lt. Col.', 'lieutenant colonel', 'Fiona', 'McAllister', 'she'), partnerTitle: 'commanding officer of the 2nd Battalion, Royal Australian Regiment',
    town: 'Bowen', nco: P('Marine Corps', 'Staff Sgt.', 'sergeant', 'Jamal', 'Henderson', 'he'), company: 'Company A, Battalion Landing Team 1/5',
    firstYear: '2019', closeTime: '10 a.m.', closeVenue: 'Lavarack Barracks',
    office: 'I Marine Expeditionary Force Public Affairs', pao: '1st Lt. Emily Sandoval', phone: '760-555-0171', email: 'emily.sandoval@example.mil',
  } },
  // launch
  { story: launch, v: {
    file: 'space-force-gps-launch', date: new Day(2024, 11, 16), releaseNo: '24-140', mistakes: [],
    headline: 'Space Force launches latest GPS III satellite',
    dateline: 'CAPE CANAVERAL SPACE FORCE STATION, Fla.', rocket: 'Falcon 9', payload: 'the seventh GPS III satellite', pad: 'Space Launch Complex 40',
    launchTime: '7:52 p.m. EST', sepMinutes: '90', opsBase: 'Schriever Space Force Base, Colorado',
    cdr: P('Space Force', 'Col.', 'colonel', 'Andrew', 'Menschner', 'he'), cdrTitle: 'the mission director',
    payloadDetail: 'GPS III satellites are three times more accurate and up to eight times more resistant to jamming than earlier models. The new satellite will join a constellation of 31 operational GPS satellites that provide positioning, navigation and timing signals to more than 4 billion users.',
    delta: 'Space Launch Delta 45', ordinal: '92nd', enlisted: P('Space Force', 'Tech. Sgt.', 'sergeant', 'Olivia', 'Grant', 'she'),
    weather: 'high winds earlier in the evening', window: '15',
    program: 'Space Systems Command, headquartered at Los Angeles Air Force Base, California, develops and acquires the GPS satellites. Two more GPS III satellites are scheduled to launch next year.',
    guardians: '9,400', civilians: '5,000', office: 'Space Launch Delta 45 Public Affairs', pao: 'Jennifer Roth', phone: '321-555-0109', email: 'jennifer.roth@example.mil',
  } },
  { story: launch, v: {
    file: 'space-force-weather-satellite-launch', date: new Day(2023, 8, 28), releaseNo: '23-160', mistakes: ['iso-date', 'am-pm'],
    headline: 'Weather satellite launches from Vandenberg',
    dateline: 'VANDENBERG SPACE FORCE BASE, Calif.', rocket: 'Atlas V', payload: 'a new military weather satellite', pad: 'Space Launch Complex 3',
    launchTime: '10:12 a.m. PDT', sepMinutes: '55', opsBase: 'Buckley Space Force Base, Colorado',
    cdr: P('Space Force', 'Lt. Col.', 'lieutenant colonel', 'Karen', 'Oyelaran', 'she'), cdrTitle: 'the program manager',
    payloadDetail: 'The satellite carries a microwave imager that measures ocean surface winds and a sensor that tracks the intensity of tropical cyclones, data that forecasters use to plan flight operations and ship movements. It replaces a satellite launched in 2009.',
    delta: 'Space Launch Delta 30', ordinal: '41st', enlisted: P('Space Force', 'Sgt.', 'sergeant', 'Brandon', 'Tate', 'he'),
    weather: 'morning fog along the coast', window: '30',
    program: 'The launch was managed by Space Systems Command\'s Assured Access to Space directorate, which has launched more than 100 national security missions without a failure.',
    guardians: '8,600', civilians: '4,800', office: 'Space Launch Delta 30 Public Affairs', pao: 'Capt. Erin Duffy', phone: '805-555-0196', email: 'erin.duffy@example.mil',
  } },
  { story: launch, v: {
    file: 'space-force-missile-warning-launch', date: new Day(2025, 2, 27), releaseNo: '25-026', mistakes: [],
    headline: 'Missile warning satellite lifts off from Cape Canaveral',
    dateline: 'CAPE CANAVERAL SPACE FORCE STATION, Fla.', rocket: 'Vulcan', payload: 'a missile warning satellite', pad: 'Space Launch Complex 41',
    launchTime: '6:30 a.m. EDT', sepMinutes: '120', opsBase: 'Buckley Space Force Base, Colorado',
    cdr: P('Space Force', 'Col.', 'colonel', 'Stephanie', 'Ward', 'she'), cdrTitle: 'the director of the Space Sensing directorate',
    payloadDetail: 'The satellite carries infrared sensors that detect the heat of missile launches and nuclear detonations anywhere on Earth. It joins a constellation that gives national leaders the first warning of a missile attack on the United States or its allies.',
    delta: 'Space Launch Delta 45', ordinal: '17th', enlisted: P('Space Force', 'Master Sgt.', 'sergeant', 'Curtis', 'Yamamoto', 'he'),
    weather: 'a line of thunderstorms that passed the Cape an hour before liftoff', window: '20',
    program: 'The satellite is the last of its series. A next-generation constellation with improved sensors and better resistance to attack is in development, with a first launch planned for later this decade.',
    guardians: '9,800', civilians: '5,100', office: 'Space Launch Delta 45 Public Affairs', pao: 'Jennifer Roth', phone: '321-555-0109', email: 'jennifer.roth@example.mil',
  } },
  // rescue
  { story: rescue, v: {
    file: 'coast-guard-rescue-gulf', date: new Day(2024, 4, 18), releaseNo: '24-055', mistakes: [],
    headline: 'Coast Guard rescues 4 fishermen from sinking boat in Gulf',
    dateline: 'NEW ORLEANS', asset: 'MH-60 Jayhawk helicopter', count: 'four', who: 'fishermen', vessel: 'a 42-foot commercial fishing vessel',
    what: 'was taking on water', miles: '60', direction: 'south', landmark: 'Grand Isle, Louisiana',
    sector: 'Coast Guard Sector New Orleans', callTime: '4:15 a.m.', trouble: 'taking on water faster than its pumps could keep up',
    airStation: 'Air Station New Orleans', arrivalMinutes: '45', found: 'all four people in the water wearing life jackets and holding onto a life raft',
    swimmer: P('', 'Petty Officer 2nd Class', 'petty officer', 'Caleb', 'Dunn', 'he'), seas: '8', waterTemp: '78',
    hospital: 'University Medical Center New Orleans', vesselFate: 'The vessel sank. A salvage company will assess whether it can be recovered, and Coast Guard pollution responders are monitoring the area for a fuel sheen.',
    sectorOfficer: P('', 'Capt.', 'captain', 'Wendy', 'Larson', 'she'), sectorTitle: 'the Sector New Orleans commander',
    stats: 'Coast Guard crews in the Gulf of America responded to more than 1,400 search and rescue cases last year and saved more than 600 lives.',
    office: 'Coast Guard Heartland District', pao: 'Petty Officer 1st Class Ryan Cole', phone: '504-555-0181', email: 'ryan.cole@example.mil',
  } },
  { story: rescue, v: {
    file: 'coast-guard-rescue-alaska', date: new Day(2023, 9, 3), releaseNo: '23-180', mistakes: ['rank-navy-abbrev', 'spelled-small-number'],
    headline: 'Coast Guard hoists 3 from life raft in Bering Sea',
    dateline: 'KODIAK, Alaska', asset: 'MH-60 Jayhawk helicopter', count: 'three', who: 'crew members', vessel: 'a 58-foot fishing vessel',
    what: 'caught fire', miles: '40', direction: 'west', landmark: 'Dutch Harbor',
    sector: 'Coast Guard District 17 command center in Juneau', callTime: '11:40 p.m.', trouble: 'on fire and that the crew was abandoning ship',
    airStation: 'Air Station Kodiak', arrivalMinutes: '90', found: 'the three crew members in a life raft about a mile from the burning vessel',
    swimmer: P('', 'Petty Officer 3rd Class', 'petty officer', 'Hailey', 'Brooks', 'she'), seas: '15', waterTemp: '41',
    hospital: 'a clinic in Dutch Harbor', vesselFate: 'The vessel burned to the waterline and sank. The cause of the fire is under investigation.',
    sectorOfficer: P('', 'Cmdr.', 'commander', 'Paul', 'Erikson', 'he'), sectorTitle: 'the District 17 chief of incident management',
    stats: 'Coast Guard crews in Alaska cover more than 3.8 million square miles of ocean, an area larger than the continental United States.',
    office: 'Coast Guard District 17', pao: 'Lt. Amanda Voss', phone: '907-555-0166', email: 'amanda.voss@example.mil',
  } },
  { story: rescue, v: {
    file: 'coast-guard-rescue-great-lakes', date: new Day(2025, 4, 26), releaseNo: '25-049', mistakes: [],
    headline: 'Coast Guard rescues 2 kayakers on Lake Michigan',
    dateline: 'MILWAUKEE', asset: 'MH-65 Dolphin helicopter', count: 'two', who: 'kayakers', vessel: 'a pair of kayaks',
    what: 'capsized in rough water', miles: '3', direction: 'east', landmark: 'Port Washington, Wisconsin',
    sector: 'Coast Guard Sector Lake Michigan', callTime: '2:20 p.m.', trouble: 'overturned and that both paddlers were in the water',
    airStation: 'Air Station Traverse City', arrivalMinutes: '50', found: 'both kayakers clinging to one overturned kayak',
    swimmer: P('', 'Petty Officer 1st Class', 'petty officer', 'Nolan', 'Reyes', 'he'), seas: '5', waterTemp: '49',
    hospital: 'Aurora Medical Center in Grafton', vesselFate: 'A good Samaritan recovered both kayaks and returned them to the launch site.',
    sectorOfficer: P('', 'Capt.', 'captain', 'Gregory', 'Paulsen', 'he'), sectorTitle: 'the Sector Lake Michigan commander',
    stats: 'Cold water remains the greatest danger on the Great Lakes in spring, when air temperatures can reach the 70s while water temperatures stay in the 40s.',
    office: 'Coast Guard Great Lakes District', pao: 'Petty Officer 2nd Class Kara Lindgren', phone: '216-555-0128', email: 'kara.lindgren@example.mil',
  } },
  // secretary visit
  { story: secretaryVisit, v: {
    file: 'dod-secretary-shipyard-visit',
    extra: 'Shipyard officials told Calloway that about one in five of the yard\'s 25,000 workers has been on the job for less than two years. The yard now runs classes at night and on weekends so that new hires can earn welding and pipefitting certifications faster, and it has partnered with community colleges in the region to recruit students before they graduate.\n\nThe Navy\'s 30-year shipbuilding plan calls for a fleet of 66 attack submarines, up from about 49 today.', date: new Day(2024, 1, 13), releaseNo: 'NR-048-24', mistakes: [],
    headline: 'Defense secretary visits Virginia shipyard, stresses submarine production',
    secTitle: 'Defense Secretary', sec: P('', '', '', 'Robert', 'Calloway', 'he'), place: 'a shipyard in Newport News, Virginia',
    purpose: 'said the department would keep investing in the workforce that builds the nation\'s aircraft carriers and submarines',
    tour: 'a Virginia-class submarine under construction and the yard\'s new apprentice school', metWith: 'shipbuilders, apprentices and Navy program managers',
    escort: P('Navy', 'Vice Adm.', 'admiral', 'Lisa', 'Franchetti', 'she'), escortTitle: 'the commander of Naval Sea Systems Command',
    quote1a: 'The submarines you build here are the quietest and most capable in the world', quote1b: 'We need more of them, and we need them sooner, and that means we need more of you.',
    background: 'The Navy wants to buy two Virginia-class submarines a year, but the industrial base has delivered closer to 1.3 a year since 2022. The department has invested more than $3 billion in the submarine industrial base over the past five years, including money for workforce training, supplier development and new facilities.',
    townHall: '400', topics: 'shipyard wages, housing near the yard and the schedule for the next class of ballistic missile submarines',
    quote2: 'There is no such thing as deterrence without the people in this room',
    quote3: 'Our shipbuilders do not often get to hear how their work fits into the national strategy, and that matters to them',
    closing: 'Calloway also met privately with union leaders before returning to Washington that evening.',
    office: 'Office of the Assistant to the Secretary of Defense for Public Affairs', pao: 'Defense Press Operations', phone: '703-555-0100', email: 'press@example.mil',
  } },
  { story: secretaryVisit, v: {
    file: 'dod-deputy-secretary-depot-visit',
    extra: 'Depot leaders briefed Ng on a program that uses laser scanning and 3D printing to make replacement parts for aircraft that are no longer in production. The complex has made more than 1,500 such parts in the past year, saving months of waiting for suppliers.\n\nNg also met with a group of apprentices, several of whom came to the depot straight from a local technical school.', date: new Day(2023, 10, 7), releaseNo: 'NR-301-23', mistakes: ['loaded-verb', 'weekday-mismatch'],
    headline: 'Deputy defense secretary tours Oklahoma depot',
    secTitle: 'Deputy Defense Secretary', sec: P('', '', '', 'Catherine', 'Ng', 'she'), place: 'Tinker Air Force Base, Oklahoma',
    purpose: 'toured the Oklahoma City Air Logistics Complex and discussed efforts to speed up aircraft maintenance',
    tour: 'the complex\'s KC-135 and B-52 maintenance lines', metWith: 'mechanics, engineers and depot leaders',
    escort: P('Air Force', 'Lt. Gen.', 'general', 'Stacey', 'Hawkins', 'she'), escortTitle: 'the commander of Air Force Sustainment Center',
    quote1a: 'Every day an aircraft spends in depot is a day it is not available to a combatant commander', quote1b: 'The people here have cut that time dramatically, and the rest of the enterprise should learn from them.',
    background: 'The complex is the largest military maintenance, repair and overhaul facility in the Department of Defense, with more than 10,000 employees. Over the past three years it has reduced the time a KC-135 tanker spends in programmed depot maintenance by about 30 days.',
    townHall: '600', topics: 'hiring, the aging tanker fleet and a new engine overhaul facility',
    quote2: 'Readiness is not an abstraction; it is a tail number that is ready to fly',
    quote3: 'The workforce wanted to know that Washington sees the difference they make, and today they heard it',
    closing: 'Ng\'s visit was her second to an organic industrial base facility this month. She visited an Army ammunition plant in Pennsylvania on Thursday, Nov. 2.',
    office: 'Office of the Assistant to the Secretary of Defense for Public Affairs', pao: 'Defense Press Operations', phone: '703-555-0100', email: 'press@example.mil',
  } },
  { story: secretaryVisit, v: {
    file: 'dod-secretary-recruiting-visit',
    extra: 'Recruiters told Calloway that the biggest obstacles remain medical records, test scores and a lack of familiarity with military life among young Americans. Fewer than one in four Americans between the ages of 17 and 24 is eligible to serve without a waiver, according to department data.\n\nThe department has also expanded a program that lets recent enlistees return to their hometowns for two weeks to help recruiters tell their story.', date: new Day(2025, 8, 10), releaseNo: 'NR-212-25', mistakes: [],
    headline: 'Defense secretary meets recruiters in Texas as enlistments rise',
    secTitle: 'Defense Secretary', sec: P('', '', '', 'Robert', 'Calloway', 'he'), place: 'a joint recruiting station in San Antonio',
    purpose: 'thanked recruiters from all six services for a second straight year of rising enlistments',
    tour: 'the station and a nearby high school career fair', metWith: 'recruiters, new enlistees waiting to ship to basic training and their parents',
    escort: P('Army', 'Maj. Gen.', 'general', 'Johnny', 'Davis', 'he'), escortTitle: 'the commander of U.S. Army Recruiting Command',
    quote1a: 'Recruiting is the front door of the all-volunteer force', quote1b: 'What you do here decides what the military looks like 20 years from now.',
    background: 'All services met their recruiting goals in fiscal 2024 after several difficult years. Department officials credit preparatory courses that help applicants meet academic and fitness standards, faster medical screening and a larger force of recruiters.',
    townHall: '250', topics: 'quotas, long hours and the medical waiver process',
    quote2: 'Your job is not to fill a quota; it is to find the young people who will lead this military one day',
    quote3: 'Recruiters do hard, lonely work, and it meant a great deal to them to see the secretary here in person',
    closing: 'Calloway then visited Joint Base San Antonio-Lackland, where he watched an Air Force basic military training graduation.',
    office: 'Office of the Assistant to the Secretary of Defense for Public Affairs', pao: 'Defense Press Operations', phone: '703-555-0100', email: 'press@example.mil',
  } },
  // guard response
  { story: guardResponse, v: {
    file: 'guard-flood-response-kentucky', date: new Day(2024, 1, 21), releaseNo: '24-019', mistakes: [],
    headline: 'Kentucky Guard rescues residents, delivers water after flooding',
    dateline: 'FRANKFORT, Ky.', troops: '450', state: 'Kentucky', disaster: 'flood', counties: '14', governor: 'Andrew Hale',
    tasks: 'rescuing stranded residents, delivering drinking water and helping local officials clear roads',
    tag: P('Army', 'Maj. Gen.', 'general', 'Harlan', 'Pruitt', 'he'), sorties: '60', aircraft: 'UH-60 Black Hawk and CH-47 Chinook helicopters',
    airWork: 'hoisted 38 people from rooftops and flooded vehicles and flown more than 20 tons of water and food to communities cut off by high water',
    pilot: P('Army', 'Chief Warrant Officer 3', 'warrant officer', 'Megan', 'Shaw', 'she'), aviationUnit: 'the 2nd Battalion, 147th Aviation Regiment',
    groundUnit: 'the 149th Maneuver Enhancement Brigade', groundWork: 'using high-water vehicles to reach homes and helping emergency crews set up shelters',
    sgt: P('Army', 'Staff Sgt.', 'sergeant', 'Wesley', 'Combs', 'he'), partners: 'Kentucky Emergency Management, county emergency managers and the American Red Cross',
    hotline: '800-555-0199', more: 'The National Weather Service expects river levels to fall slowly over the next several days. Guard officials said they expect to begin releasing some soldiers by the end of the week.',
    office: 'Kentucky National Guard Public Affairs', pao: 'Maj. Stephen Martin', phone: '502-555-0150', email: 'stephen.martin@example.mil',
  } },
  { story: guardResponse, v: {
    file: 'guard-wildfire-response-california', date: new Day(2025, 7, 20), releaseNo: '25-102', mistakes: ['us-body', 'percent-mix'],
    headline: 'California Guard fights wildfires from air and ground',
    dateline: 'SACRAMENTO, Calif.', troops: '1,100', state: 'California', disaster: 'wildfire', counties: 'six', governor: 'Maria Estrada',
    tasks: 'dropping water from helicopters, staffing fire lines with hand crews and helping law enforcement keep evacuated areas secure',
    tag: P('Air Force', 'Maj. Gen.', 'general', 'Rosalind', 'Tran', 'she'), sorties: '140', aircraft: 'UH-60 Black Hawk and CH-47 Chinook helicopters and C-130 aircraft equipped with modular airborne firefighting systems',
    airWork: 'dropped more than 1.2 million gallons of water and fire retardant, and the fires are now 40% contained according to state fire officials',
    pilot: P('Army', 'Chief Warrant Officer 2', 'warrant officer', 'Ethan', 'Kirby', 'he'), aviationUnit: 'the 1st Battalion, 140th Aviation Regiment',
    groundUnit: 'the 49th Military Police Brigade', groundWork: 'staffing traffic control points and patrolling evacuated neighborhoods',
    sgt: P('Army', 'Sgt.', 'sergeant', 'Priya', 'Anand', 'she'), partners: 'California Department of Forestry and Fire Protection, the U.S. Forest Service and county sheriffs',
    hotline: '800-555-0172', more: 'Fire officials said cooler temperatures and higher humidity forecast for the weekend should help crews, but gusty winds remain a concern. Containment has risen 15 percent since Monday.',
    office: 'California National Guard Public Affairs', pao: 'Lt. Col. Jason Rowe', phone: '916-555-0184', email: 'jason.rowe@example.mil',
  } },
  { story: guardResponse, v: {
    file: 'guard-winter-storm-response-texas', date: new Day(2023, 1, 2), releaseNo: '23-015', mistakes: [],
    headline: 'Texas Guard helps stranded drivers, warms residents during ice storm',
    dateline: 'AUSTIN, Texas', troops: '600', state: 'Texas', disaster: 'winter storm', counties: '22', governor: 'William Drake',
    tasks: 'checking on stranded motorists, delivering generators and supplies to warming centers and helping utility crews reach downed lines',
    tag: P('Army', 'Maj. Gen.', 'general', 'Thomas', 'Suelzer', 'he'), sorties: '35', aircraft: 'UH-60 Black Hawk helicopters',
    airWork: 'flown utility engineers to inspect ice-damaged transmission lines and carried supplies to rural clinics',
    pilot: P('Army', 'Chief Warrant Officer 4', 'warrant officer', 'Luis', 'Garza', 'he'), aviationUnit: 'the 2nd Battalion, 149th Aviation Regiment',
    groundUnit: 'the 36th Infantry Division', groundWork: 'patrolling interstate highways in Humvees to find stranded drivers and take them to warming centers',
    sgt: P('Army', 'Sgt. 1st Class', 'sergeant', 'Danielle', 'Ochoa', 'she'), partners: 'Texas Division of Emergency Management, the Texas Department of Transportation and local utilities',
    hotline: '800-555-0164', more: 'Temperatures are expected to rise above freezing by the weekend. Officials urged residents to stay off the roads until ice has melted.',
    office: 'Texas Military Department Public Affairs', pao: 'Col. Rita Delgado', phone: '512-555-0139', email: 'rita.delgado@example.mil',
  } },
  // award
  { story: award, v: {
    file: 'army-silver-star-ceremony', date: new Day(2024, 10, 8), releaseNo: '24-130', mistakes: [],
    headline: 'Fort Campbell soldier receives Silver Star for actions in Syria',
    dateline: 'FORT CAMPBELL, Ky.', hero: P('Army', 'Staff Sgt.', 'sergeant', 'Aaron', 'Whitaker', 'he'), heroJob: 'a squad leader with the 101st Airborne Division',
    medal: 'Silver Star', venue: 'the division\'s headquarters', action: 'an attack on a coalition patrol base in eastern Syria in January 2023',
    actionShort: 'attack', presenter: P('Army', 'Maj. Gen.', 'general', 'Brett', 'Sylvia', 'he'), presenterTitle: 'the commanding general of the 101st Airborne Division',
    crowd: '300', family: 'wife and two daughters',
    citation: 'left a covered position under rocket and small-arms fire to pull two wounded soldiers to safety, then directed his squad\'s return fire until a quick reaction force arrived. He was wounded by shrapnel during the attack and refused evacuation until the base was secure.',
    presenterQuote: 'Staff Sergeant Whitaker did what the Army asks of its leaders: he put his soldiers first, under the worst conditions imaginable',
    hometown: 'Bowling Green, Kentucky', enlisted: '2014', deployments: 'four',
    heroQuote: 'I think about the guys who were there with me every day. This medal belongs to them as much as it does to me.',
    teammate: P('Army', 'Sgt.', 'sergeant', 'Carlos', 'Pena', 'he'), teammateRole: 'one of the soldiers he carried to safety',
    teammateQuote: 'I was hit and I could not move, and then he was just there, pulling me behind the wall. I am here today because of him',
    medalRank: 'the nation\'s third-highest award for valor', medalNote: 'in combat. It is awarded for gallantry in action against an enemy of the United States.',
    office: '101st Airborne Division Public Affairs', pao: 'Maj. Trevor Ames', phone: '270-555-0117', email: 'trevor.ames@example.mil',
  } },
  { story: award, v: {
    file: 'af-distinguished-flying-cross', date: new Day(2023, 3, 20), releaseNo: '23-036', mistakes: ['verb-before-name', 'rank-repeated'],
    headline: 'Pilot receives Distinguished Flying Cross for medevac mission',
    dateline: 'MOODY AIR FORCE BASE, Ga.', hero: P('Air Force', 'Capt.', 'captain', 'Jessica', 'Lowry', 'she'), heroJob: 'an HH-60W Jolly Green II pilot with the 41st Rescue Squadron',
    medal: 'Distinguished Flying Cross', venue: 'the squadron\'s hangar', action: 'a nighttime rescue of two injured soldiers in northern Iraq in 2022',
    actionShort: 'mission', presenter: P('Air Force', 'Brig. Gen.', 'general', 'Michael', 'Tennant', 'he'), presenterTitle: 'the commander of the 23rd Wing',
    crowd: '200', family: 'parents and husband',
    citation: 'flew her helicopter through a dust storm with less than a quarter mile of visibility to reach two soldiers wounded in an explosion, landed in an unlit valley under threat of enemy fire and delivered both patients to a surgical team within the so-called golden hour.',
    presenterQuote: 'Captain Lowry and her crew flew into conditions most pilots would never attempt, because two families were counting on them',
    hometown: 'Flagstaff, Arizona', enlisted: 'the Air Force through ROTC in 2016', deployments: 'three',
    heroQuote: 'My crew made the call together. Nobody on that aircraft wanted to turn around.',
    teammate: P('Air Force', 'Tech. Sgt.', 'sergeant', 'Rafael', 'Dominguez', 'he'), teammateRole: 'the flight engineer on the aircraft',
    teammateQuote: 'She was calm on the radio the whole time, and that made the rest of us calm too',
    medalRank: 'awarded for heroism or extraordinary achievement while participating in an aerial flight.', medalNote: 'It was first presented in 1927.',
    office: '23rd Wing Public Affairs', pao: 'Capt. Holly Briggs', phone: '229-555-0143', email: 'holly.briggs@example.mil',
  } },
  { story: award, v: {
    file: 'navy-navy-and-marine-corps-medal', date: new Day(2025, 3, 24), releaseNo: '25-040', mistakes: [],
    headline: 'Sailor receives Navy and Marine Corps Medal for saving drowning swimmers',
    dateline: 'PEARL HARBOR, Hawaii', hero: P('Navy', 'Petty Officer 2nd Class', 'petty officer', 'Keoni', 'Akana', 'he'), heroJob: 'a sonar technician assigned to the submarine USS Hawaii',
    medal: 'Navy and Marine Corps Medal', venue: 'the Pearl Harbor submarine piers', action: 'a rip current rescue on the North Shore of Oahu in August 2024',
    actionShort: 'rescue', presenter: P('Navy', 'Rear Adm.', 'admiral', 'Richard', 'Seif', 'he'), presenterTitle: 'the commander of Submarine Force, U.S. Pacific Fleet',
    crowd: '150', family: 'mother and grandparents',
    citation: 'swam more than 100 yards through heavy surf to reach a father and his 10-year-old son who had been pulled away from shore, kept both afloat and brought them back to the beach with the help of a bystander\'s surfboard.',
    presenterQuote: 'Petty Officer Akana did not stop to think about the danger to himself, and two people are alive because of it',
    hometown: 'Hilo, Hawaii', enlisted: '2019', deployments: 'two',
    heroQuote: 'I grew up in the ocean here. I knew what a rip current looks like and I knew how to get out of one.',
    teammate: P('Navy', 'Petty Officer 1st Class', 'petty officer', 'Simone', 'Baptiste', 'she'), teammateRole: 'on the beach with him',
    teammateQuote: 'By the time the rest of us understood what was happening, he was already halfway out',
    medalRank: 'the highest noncombat award for heroism', medalNote: 'given to sailors and Marines. It is awarded for heroism at the risk of one\'s own life.',
    office: 'Submarine Force, U.S. Pacific Fleet Public Affairs', pao: 'Lt. Cmdr. Ana Kealoha', phone: '808-555-0191', email: 'ana.kealoha@example.mil',
  } },
  // hospital ship
  { story: hospitalShip, v: {
    file: 'navy-hospital-ship-honduras', date: new Day(2024, 5, 24), releaseNo: '24-078', mistakes: [],
    headline: 'USNS Comfort Arrives in Honduras for Medical Mission',
    dateline: 'PUERTO CORTES, Honduras (June 24, 2024)', ship: 'USNS Comfort (T-AH 20)', city: 'Puerto Cortes', country: 'Honduras',
    days: '10', mission: 'fourth', missionName: 'Continuing Promise 2024', repairs: 'two schools and a community health center',
    mc: P('Navy', 'Capt.', 'captain', 'Ryan', 'Flaherty', 'he'), beds: '1,000', staff: '900', treated: '12,000', surgeries: '350', trained: '800',
    doc: P('Navy', 'Cmdr.', 'commander', 'Nadia', 'Farouk', 'she'), childAge: '6',
    localQuoteIntro: 'Dr. Gabriela Ordonez, a physician at the regional hospital in San Pedro Sula, said the mission eases long waiting lists for surgery.',
    localQuote: 'Some of these patients would wait two or three years for an operation. For them this ship is a gift',
    localName: 'Ordonez',
    missionBackground: 'is the 13th iteration of the mission since 2007. It is led by U.S. Naval Forces Southern Command and U.S. 4th Fleet.',
    office: 'U.S. Naval Forces Southern Command Public Affairs', pao: 'Lt. Cmdr. Tara Olsen', phone: '904-555-0113', email: 'tara.olsen@example.mil',
  } },
  { story: hospitalShip, v: {
    file: 'navy-hospital-ship-palau', date: new Day(2023, 6, 11), releaseNo: '23-101', mistakes: ['dtg', 'acronym-undefined'],
    headline: 'USNS Mercy Arrives in Palau for Pacific Partnership',
    dateline: 'KOROR, Palau (July 11, 2023)', ship: 'USNS Mercy (T-AH 19)', city: 'Koror', country: 'Palau',
    days: '14', mission: 'second', missionName: 'Pacific Partnership 2023', repairs: 'a water catchment system and an elementary school',
    mc: P('Navy', 'Capt.', 'captain', 'Emily', 'Stratton', 'she'), beds: '1,000', staff: '850', treated: '6,500', surgeries: '210', trained: '450',
    doc: P('Navy', 'Lt. Cmdr.', 'commander', 'Howard', 'Kim', 'he'), childAge: '8',
    localQuoteIntro: 'Dr. Sylvia Remengesau, director of the national hospital in Koror, said her staff has waited for the mission all year.',
    localQuote: 'Our doctors get to work side by side with specialists we do not have here. What they learn stays after the ship leaves',
    localName: 'Remengesau',
    missionBackground: 'is the largest annual multinational humanitarian assistance and disaster relief preparedness mission in the Indo-Pacific. It began in 2006 in response to the 2004 tsunami.',
    office: 'U.S. Pacific Fleet Public Affairs', pao: 'Lt. Daniel Park', phone: '808-555-0157', email: 'daniel.park@example.mil',
  } },
  { story: hospitalShip, v: {
    file: 'navy-hospital-ship-colombia', date: new Day(2025, 9, 2), releaseNo: '25-121', mistakes: [],
    headline: 'USNS Comfort Begins Medical Mission in Colombia',
    dateline: 'CARTAGENA, Colombia (Oct. 2, 2025)', ship: 'USNS Comfort (T-AH 20)', city: 'Cartagena', country: 'Colombia',
    days: '7', mission: 'first', missionName: 'Continuing Promise 2025', repairs: 'a rural clinic outside the city',
    mc: P('Navy', 'Capt.', 'captain', 'Marisol', 'Vega', 'she'), beds: '1,000', staff: '950', treated: '3,000', surgeries: '90', trained: '200',
    doc: P('Army', 'Lt. Col.', 'lieutenant colonel', 'Peter', 'Wallace', 'he'), childAge: '4',
    localQuoteIntro: 'Carlos Mendoza, a community leader in a neighborhood near the port, said residents lined up before dawn on the first day.',
    localQuote: 'People here remember the last time the ship came. They trust these doctors',
    localName: 'Mendoza',
    missionBackground: 'will also visit Guatemala and the Dominican Republic. The ship last visited Colombia in 2022.',
    office: 'U.S. Naval Forces Southern Command Public Affairs', pao: 'Lt. Cmdr. Tara Olsen', phone: '904-555-0113', email: 'tara.olsen@example.mil',
  } },
  // best warrior
  { story: bestWarrior, v: {
    file: 'army-reserve-best-warrior', date: new Day(2024, 5, 14), releaseNo: '24-082', mistakes: [],
    headline: 'Army Reserve names its best warriors after weeklong test',
    dateline: 'FORT MCCOY, Wis.', soldier: P('Army Reserve', 'Spc.', 'specialist', 'Jordan', 'Ellis', 'he'), nco: P('Army Reserve', 'Sgt.', 'sergeant', 'Tamara', 'Nguyen', 'she'),
    title: 'the Army Reserve Soldier and Noncommissioned Officer of the Year', days: 5, base: 'Fort McCoy', competitors: 'Twenty-four',
    command: 'the Army Reserve', ruckMiles: '12', ruckPounds: '35', csm: P('Army Reserve', 'Command Sgt. Maj.', 'sergeant major', 'Andrew', 'Lombardo', 'he'),
    csmTitle: 'command sergeant major of the Army Reserve', soldierJob: 'a military police soldier from Lansing, Michigan', ncoJob: 'a medic from Tacoma, Washington',
    prepMonths: 'eight', next: 'Department of the Army Best Squad Competition', nextWhen: 'October',
    prizes: 'an Army Commendation Medal, a coin from the command sergeant major and a plaque',
    office: 'U.S. Army Reserve Command Public Affairs', pao: 'Lt. Col. Simone Harris', phone: '910-555-0104', email: 'simone.harris@example.mil',
  } },
  { story: bestWarrior, v: {
    file: 'army-pacific-best-warrior', date: new Day(2023, 7, 18), releaseNo: '23-131', mistakes: ['rank-spelled', 'time-noon'],
    headline: 'Two soldiers win Army Pacific best warrior title in Hawaii',
    dateline: 'SCHOFIELD BARRACKS, Hawaii', soldier: P('Army', 'Spc.', 'specialist', 'Ana', 'Tupou', 'she'), nco: P('Army', 'Staff Sgt.', 'sergeant', 'Kyle', 'Brandt', 'he'),
    title: 'U.S. Army Pacific Soldier and Noncommissioned Officer of the Year', days: 4, base: 'Schofield Barracks', competitors: 'Eighteen',
    command: 'U.S. Army Pacific', ruckMiles: '10', ruckPounds: '40', csm: P('Army', 'Command Sgt. Maj.', 'sergeant major', 'Scott', 'Brzak', 'he'),
    csmTitle: 'senior enlisted leader of U.S. Army Pacific', soldierJob: 'a signal support systems specialist from American Samoa', ncoJob: 'an infantry team leader from Boise, Idaho',
    prepMonths: 'six', next: 'Department of the Army Best Squad Competition', nextWhen: 'the fall',
    prizes: 'an Army Commendation Medal and a four-day pass',
    office: 'U.S. Army Pacific Public Affairs', pao: 'Maj. Irene Cho', phone: '808-555-0126', email: 'irene.cho@example.mil',
  } },
  { story: bestWarrior, v: {
    file: 'army-national-guard-region-best-warrior', date: new Day(2025, 4, 9), releaseNo: '25-052', mistakes: [],
    headline: 'Oregon, Idaho soldiers win regional Guard best warrior contest',
    dateline: 'BOARDMAN, Ore.', soldier: P('Army', 'Spc.', 'specialist', 'Cody', 'Hanlon', 'he'), nco: P('Army', 'Sgt.', 'sergeant', 'Rachel', 'Stoddard', 'she'),
    title: 'the Region VI Soldier and Noncommissioned Officer of the Year', days: 4, base: 'the Oregon National Guard\'s Boardman training area', competitors: 'Fourteen',
    command: 'seven Western states', ruckMiles: '12', ruckPounds: '35', csm: P('Army', 'Command Sgt. Maj.', 'sergeant major', 'Todd', 'Gower', 'he'),
    csmTitle: 'senior enlisted leader of the Oregon National Guard', soldierJob: 'a combat engineer in the Oregon Army National Guard', ncoJob: 'a military police team leader in the Idaho Army National Guard',
    prepMonths: 'five', next: 'Army National Guard Best Warrior Competition', nextWhen: 'July',
    prizes: 'an Army Commendation Medal and a set of new field gear',
    office: 'Oregon National Guard Public Affairs', pao: 'Capt. Aaron Sherwood', phone: '503-555-0138', email: 'aaron.sherwood@example.mil',
  } },
];

// ---------------------------------------------------------------------------------------------
// Typical draft mistakes: each rewrites the clean text once (first match).

const MISTAKES: Record<string, (t: string) => string> = {
  'loaded-verb': (t) => t.replace(/(," )([A-Z][a-z]+) said\./, '$1$2 stated.'),
  ordinal: (t) => t.replace(/\b((?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2})\b(?!,)/, (m) => m.replace(/(\d+)$/, (d) => d + (d === '1' || d === '21' || d === '31' ? 'st' : d === '2' || d === '22' ? 'nd' : d === '3' || d === '23' ? 'rd' : 'th'))),
  'state-postal': (t) => t.replace(/Fort Irwin, California/, 'Fort Irwin, CA'),
  'quote-comma': (t) => t.replace(/([a-z])," ([A-Z][a-z]+ said)/, '$1", $2'),
  'military-time': (t) => t.replace(/shortly after \d+ a\.m\./, 'shortly after 0930 hours'),
  'rank-service-form': (t) => t.replace(/Air Force Col\. /, 'Air Force Lt Col '),
  'us-body': (t) => (/\nU\.S\. |[^\n]\bU\.S\. /.test(t) ? t.replace(/(\n[^\n]*?)\bU\.S\. /, '$1US ') : t.replace(/the nation's strategic/, 'US strategic')),
  towards: (t) => t.replace(/\binland\b/, 'inland, towards the training area'),
  'month-abbrev': (t) => t.replace(/\bMarch (\d)/, 'Mar. $1'),
  'iso-date': (t) => t.replace(/on (Sept\. \d+)\b/, 'on 2023-09-28'),
  'am-pm': (t) => t.replace(/(\d+:\d+) a\.m\./, '$1 AM'),
  'rank-navy-abbrev': (t) => t.replace(/Petty Officer 3rd Class /, 'PO3 '),
  'spelled-small-number': (t) => t.replace(/about 90 minutes later/, 'about 90 minutes later, after 2 refueling stops,'),
  'weekday-mismatch': (t) => t.replace(/Thursday, Nov\. 2/, 'Wednesday, Nov. 2'),
  'verb-before-name': (t) => t.replace(/," ([A-Z][a-z]+) said\./, '," said $1.'),
  'rank-repeated': (t) => t.replace(/\n(Lowry, a native)/, '\nCapt. $1'),
  'percent-mix': (t) => t,
  dtg: (t) => t.replace(/arrived in Koror, Palau, on July 11/, 'arrived in Koror, Palau, at 110800ZJUL23'),
  'acronym-undefined': (t) => t.replace(/Navy Seabees will also repair/, 'NMCB 5 Seabees will also repair'),
  'rank-spelled': (t) => t.replace(/Army Staff Sgt\. Kyle/, 'Army Staff Sergeant Kyle'),
  'time-noon': (t) => t.replace(/at 4 a\.m\. on/, 'at 4 a.m. and ran until 12 p.m. on'),
};

function main(): void {
  const dir = path.join(__dirname, '..', '..', 'bench', 'corpus');
  fs.mkdirSync(dir, { recursive: true });
  for (const { story, v } of variants) {
    let text = story(v);
    for (const m of v.mistakes) {
      const next = MISTAKES[m](text);
      if (next === text && m !== 'percent-mix') throw new Error(`${v.file}: mistake ${m} did not apply`);
      text = next;
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words < 300 || words > 900) throw new Error(`${v.file}: ${words} words (want 300-900)`);
    const name = `${v.file}${v.mistakes.length ? '.draft' : ''}.release`;
    fs.writeFileSync(path.join(dir, name), text);
    console.log(`${name.padEnd(55)} ${words} words`);
  }
}

main();
