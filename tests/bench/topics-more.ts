/** More topic templates for the synthetic library (see topics.ts for the slot names). */
import type { Topic } from './vocab';

const science: Topic = {
  name: 'science',
  titles: ['Researchers [find|discover|report] {FINDING}', 'Study [links|ties] {THING} to {FINDING}', '{ORG} [telescope|probe|mission] [spots|detects] {SPACE}'],
  slots: {
    FINDING: ['a new species of frog', 'a gene linked to ageing', 'traces of water', 'an ancient settlement', 'a faster battery material', 'a rare fossil', 'microplastics in rain'],
    THING: ['sleep', 'diet', 'air pollution', 'screen time', 'coffee', 'exercise', 'noise', 'heat'],
    SPACE: ['a distant galaxy', 'an exoplanet', 'a comet', 'a black hole', 'an asteroid', 'a supernova'],
    FIELD: ['biology', 'physics', 'chemistry', 'geology', 'astronomy', 'ecology', 'archaeology'],
  },
  templates: [
    'A team led by {P} at the University of {PLACE} [found|showed|reported] {FINDING} in a study published on {DAY}.',
    'The researchers [analysed|examined|studied|tracked] data from {BIG} [participants|samples|patients|sites] over {N} years.',
    '[Participants|People] who [reported|had] more {THING} were {PCT} [more|less] likely to [develop|report|show] the condition.',
    'The {ORG} [telescope|probe|observatory|mission] [detected|observed|imaged] {SPACE} about {BIG} light years away.',
    '{P}, a {FIELD} professor who was not involved in the work, said the [results|findings|data] were [promising|preliminary|striking] but needed [replication|more study|confirmation].',
    'The [excavation|survey|expedition] near {TOWN} [uncovered|revealed|yielded] {N} [tools|graves|skeletons|pottery fragments] dating back {BIG} years.',
    'The [experiment|trial|study] was [funded|supported|paid for] by a {MONEY} grant from the national research council.',
    'Samples were [collected|taken|gathered] at {N} [locations|sites|stations] across the {REGION} coast.',
    'The [paper|study|report] appeared in the journal {JOURNAL} [on {DAY}|this week|last month].',
    'Scientists [estimate|believe|calculate] that the [process|change|effect] [took|lasted|spanned] about {N} [million years|thousand years|decades].',
    '[Critics|Some experts|Other researchers] [questioned|challenged|doubted] the [sample size|methods|conclusions] of the study.',
  ],
};
science.slots.JOURNAL = ['Nature', 'Science', 'Cell', 'The Lancet', 'Geology Letters', 'Astrophysical Reports'];
science.slots.REGION = ['northern', 'southern', 'eastern', 'western', 'Atlantic', 'Pacific'];

const politics: Topic = {
  name: 'local politics',
  titles: ['{PLACE} council [approves|rejects|delays] {MEASURE}', 'Mayor {P} [unveils|defends|drops] {MEASURE}', 'Voters in {TOWN} [back|reject] {MEASURE}'],
  slots: {
    MEASURE: ['a new budget', 'a housing plan', 'a parking levy', 'a tram extension', 'a school merger', 'a rent cap', 'a bike lane scheme', 'a property tax rise'],
    BODY: ['city council', 'county board', 'planning committee', 'regional assembly', 'school board', 'transport authority'],
  },
  templates: [
    'The {BODY} voted {N} to {N} on {DAY} to [approve|reject|delay|amend] {MEASURE}.',
    'Mayor {P} said {MEASURE} would [cost|save|raise] {MONEY} over {N} years.',
    'Councillor {NEWP} [argued|warned|said] that the plan would [hurt|help|burden] [small businesses|renters|commuters|families] in {TOWN}.',
    'About {BIG} residents [signed|backed|submitted] a petition [against|in support of] {MEASURE}.',
    'The [election|by-election|referendum] for the {BODY} will be held on {DAY}, {MONTH} {N}.',
    'Turnout in the [vote|election|referendum] was {PCT}, [up|down] from {PCT} [four years ago|in the last election].',
    '[Opposition|Independent|Green] members said they had not been [consulted|briefed|informed] before the [vote|decision|announcement].',
    'The [budget|plan|proposal] [includes|sets aside|allocates] {MONEY} for [road repairs|new schools|affordable homes|public transport].',
    'A public hearing on {MEASURE} [drew|attracted] about {N} people to the town hall in {TOWN}.',
    '{P} [was elected|was re-elected|won the race] with {PCT} of the vote, [defeating|beating] {NEWP}.',
    'The [audit|report|review] found that the {BODY} had [overspent|underspent|misreported] by {MONEY} last year.',
  ],
};

const tech: Topic = {
  name: 'tech',
  titles: ['{ORG} [launches|unveils|delays] {PRODUCT}', '{ORG} [fined|sued|probed] over {ISSUE}', 'Hackers [breach|target] {ORG} [systems|customers]'],
  slots: {
    PRODUCT: ['a new smartphone', 'a foldable tablet', 'an AI assistant', 'a smart watch', 'a cloud service', 'a chip', 'a streaming app', 'an electric scooter'],
    ISSUE: ['data privacy', 'a security flaw', 'app store fees', 'misleading ads', 'a data breach', 'competition rules', 'content moderation'],
  },
  templates: [
    '{ORG} [unveiled|launched|announced|showed off] {PRODUCT} at an event in {PLACE} on {DAY}.',
    'The [device|service|product] will [cost|sell for|start at] {MONEY} and [go on sale|ship|be available] in {MONTH}.',
    '[Regulators|The commission|A court] [fined|ordered|warned] {ORG} [over|about|for] {ISSUE}, [imposing a penalty of|with a fine of] {MONEY}.',
    'The [breach|attack|outage] [affected|exposed|disrupted] the [data|accounts|service] of about {BIG} [users|customers|subscribers].',
    'Chief technology officer {P} said the [chip|system|model] was {PCT} [faster|more efficient|cheaper] than its predecessor.',
    '{ORG} [said|confirmed|denied] that it would [hire|cut|relocate] {BIG} [engineers|staff|workers] in {PLACE}.',
    'Security researcher {NEWP} [found|reported|disclosed] the [flaw|bug|vulnerability] in {MONTH}, and a [fix|patch|update] was released {N} weeks later.',
    'Sales of {PRODUCT} [grew|fell|rose|slowed] {PCT} in the quarter, [according to|data from] [market researchers|industry analysts].',
    'The startup, founded in {TOWN} in {YEAR}, [raised|secured|closed] {MONEY} in a funding round led by {ORG2}.',
    '[Users|Customers|Critics] [complained|reported|said] that the [update|app|feature] [drained batteries|crashed|collected too much data].',
    '{ORG} shares [rose|fell] {PCT} after the [announcement|launch|ruling].',
  ],
};

const health: Topic = {
  name: 'health',
  titles: ['[Cases|Hospital admissions] of {DISEASE} [rise|fall] in {PLACE}', 'New {TREATMENT} [approved|rejected] for {DISEASE}', 'Hospitals in {PLACE} [face|report] {PRESSURE}'],
  slots: {
    DISEASE: ['influenza', 'measles', 'diabetes', 'dengue fever', 'tuberculosis', 'asthma', 'malaria', 'cholera', 'heart disease'],
    TREATMENT: ['vaccine', 'drug', 'therapy', 'screening programme', 'treatment'],
    PRESSURE: ['staff shortages', 'long waiting lists', 'bed shortages', 'budget cuts', 'record demand'],
  },
  templates: [
    'Health officials [reported|confirmed|recorded] {BIG} new cases of {DISEASE} in {PLACE} [last week|this month|since {MONTH}].',
    'The [health ministry|regulator|medicines agency] [approved|authorised|rejected] a new {TREATMENT} for {DISEASE} on {DAY}.',
    'In [a trial|clinical trials|the study], the {TREATMENT} [reduced|cut|lowered] [hospital admissions|deaths|symptoms] by {PCT}.',
    'Dr {P}, who [leads|heads|runs] the [infectious disease|cardiology|emergency] unit at {TOWN} General Hospital, said [staff|doctors|nurses] were [exhausted|stretched|coping].',
    'Waiting times for [surgery|appointments|emergency care] [rose|fell|grew] to {N} [weeks|hours|days] on average, [figures showed|the report said].',
    'The [campaign|programme|drive] aims to [vaccinate|screen|reach] {BIG} [children|adults|people over 65] by {MONTH}.',
    '{ORG} said the {TREATMENT} would [cost|be priced at] {MONEY} per [course|dose|patient].',
    '[Hospitals|Clinics|Care homes] in {REGION} districts [reported|faced|warned of] {PRESSURE}.',
    'About {PCT} of [adults|children|patients] in the survey said they had [skipped|delayed|cancelled] care because of cost.',
    'The [outbreak|epidemic|cluster] was [traced|linked] to [a restaurant|a water supply|a school|a farm] near {TOWN}.',
    'Nurses\' unions [called|announced|threatened] a [strike|walkout|protest] over [pay|staffing|working hours] for {DAY}.',
  ],
};
health.slots.REGION = ['rural', 'northern', 'southern', 'inner-city', 'coastal', 'eastern'];

const crime: Topic = {
  name: 'crime',
  titles: ['[Man|Woman|Teenager] [charged|arrested|jailed] after {CRIME} in {TOWN}', 'Police [investigate|appeal for witnesses after] {CRIME}', 'Court [convicts|acquits|sentences] {P}'],
  slots: {
    CRIME: ['a bank robbery', 'a jewellery theft', 'a fatal stabbing', 'an arson attack', 'a fraud scheme', 'a hit-and-run', 'a burglary spree', 'a cyber fraud'],
  },
  templates: [
    'Police [arrested|detained|charged] a {N}-year-old [man|woman|suspect] in connection with {CRIME} in {TOWN} on {DAY}.',
    'The [suspect|defendant|accused], {P}, [appeared|is due to appear] in court [on {DAY}|next week|later this month].',
    'Detective inspector {NEWP} [appealed|asked] for [witnesses|dashcam footage|information] from anyone near {TOWN} [station|market|bridge] at about {TIME}.',
    '[Items|Goods|Cash] worth about {MONEY} were [stolen|taken|recovered] during the [raid|break-in|operation].',
    'The court [sentenced|jailed|fined] {P} to {N} years [in prison|behind bars] for {CRIME}.',
    'Prosecutors said the scheme [defrauded|cheated|targeted] about {BIG} [investors|pensioners|customers] over {N} years.',
    '[Officers|Police|Firefighters] were [called|alerted|sent] to the scene at {TIME} and found [a man|a woman|two people] with [serious|minor|life-threatening] injuries.',
    'Reported [burglaries|thefts|assaults] in {PLACE} [fell|rose|dropped|increased] {PCT} last year, [police data show|according to official figures].',
    'The jury [deliberated|retired] for {N} hours before [returning|reaching] a [unanimous|majority] verdict.',
    '[Neighbours|Witnesses|Residents] said they heard [shouting|a loud bang|gunshots|breaking glass] shortly before {TIME}.',
  ],
};

const education: Topic = {
  name: 'education',
  titles: ['[Schools|Universities] in {PLACE} [face|warn of] {ISSUE}', '[Exam results|Test scores] [rise|fall] in {PLACE}', 'Teachers [strike|vote] over {ISSUE}'],
  slots: { ISSUE: ['budget cuts', 'teacher shortages', 'rising fees', 'crumbling buildings', 'pay', 'class sizes', 'a curriculum overhaul'] },
  templates: [
    'The share of pupils [passing|failing] [maths|reading|science] exams in {PLACE} [rose|fell] to {PCT} this year.',
    '[Teachers|Lecturers|Staff] at {N} [schools|colleges|universities] [voted|agreed|plan] to [strike|walk out] over {ISSUE} on {DAY}.',
    'The University of {TOWN} will [raise|freeze|cut] tuition fees to {MONEY} a year from {MONTH}.',
    'Head teacher {P} said the school had [lost|cut|hired] {N} [teachers|assistants|staff] since {YEAR}.',
    'Education minister {NEWP} [promised|announced|pledged] {MONEY} for [new classrooms|school meals|teacher training].',
    'About {BIG} [students|pupils|applicants] [applied|enrolled|sat the exam] this year, [up|down] {PCT} on last year.',
    '[Parents|Governors|Unions] [criticised|welcomed|questioned] the plan to [merge|close|expand] {N} schools in {TOWN}.',
    'A [report|study|survey] by {ORG} found that {PCT} of [teachers|students|graduates] [planned to leave|felt unprepared|were in debt].',
    'Average class sizes [grew|fell] to {N} pupils, [the highest|the lowest] level in {N} years.',
  ],
};

const energy: Topic = {
  name: 'energy',
  titles: ['{ORG} to build {PLANT} near {TOWN}', 'Energy bills in {PLACE} to [rise|fall] {PCT}', '{PLANT} [opens|stalls|shuts] in {TOWN}'],
  slots: { PLANT: ['a wind farm', 'a solar park', 'a gas plant', 'a battery plant', 'a hydrogen plant', 'a nuclear reactor', 'a pipeline'] },
  templates: [
    '{ORG} [plans|announced plans|won approval] to build {PLANT} near {TOWN} at a cost of {MONEY}.',
    'The [project|plant|site] will [generate|produce|store] {N} [megawatts|gigawatt-hours] and [power|supply] about {BIG} homes.',
    'Household energy bills will [rise|fall|climb|drop] {PCT} from {MONTH}, the [regulator|energy watchdog] said.',
    '[Residents|Campaigners|Farmers] near {TOWN} [objected|protested|appealed] against {PLANT}, citing [noise|views|wildlife|safety].',
    'Renewables [supplied|provided|generated] {PCT} of [electricity|power] in {PLACE} last year, [a record|up from {PCT}].',
    'Chief executive {P} said construction would [begin|start|finish] in {YEAR} and create {BIG} jobs.',
    'The [outage|blackout|shutdown] [left|affected|cut power to] {BIG} [homes|customers|businesses] for {N} hours.',
    '[Oil|Gas|Coal] output [fell|rose|slipped|increased] {PCT} in {MONTH}, [industry data showed|the ministry said].',
    'The government [offered|approved|withdrew] {MONEY} in [subsidies|grants|loans] for {PLANT}.',
  ],
};

const transport: Topic = {
  name: 'transport',
  titles: ['[Rail|Bus|Airport] strike [disrupts|halts] travel in {PLACE}', '{ORG} [orders|cancels] {N} [aircraft|trains|buses]', 'New [bridge|tunnel|metro line] [opens|delayed] in {PLACE}'],
  slots: { MODE: ['rail', 'bus', 'tram', 'ferry', 'metro', 'airport'] },
  templates: [
    '{MODE} workers in {PLACE} [began|called off|announced] a {N}-day strike over [pay|safety|staffing] on {DAY}.',
    'About {BIG} [passengers|commuters|travellers] were [affected|stranded|delayed] as [services|flights|trains] were [cancelled|suspended|cut].',
    '{ORG} [ordered|cancelled|took delivery of] {N} [aircraft|trains|electric buses] worth {MONEY}.',
    'The new [metro line|bridge|tunnel|bypass] in {PLACE} [opened|will open|was delayed] [on {DAY}|in {MONTH}|until {YEAR}], {N} years [late|behind schedule|after work began].',
    'Transport minister {P} said fares would [rise|fall|be frozen] by {PCT} from {MONTH}.',
    'A [train|bus|lorry|ferry] [derailed|crashed|collided|ran aground] near {TOWN}, [injuring|killing] {N} people.',
    'Passenger numbers at {PLACE} airport [rose|fell|recovered] to {BIG} in {MONTH}, {PCT} [above|below] the same month last year.',
    'Investigators from {ORG} said the [cause|crash|incident] was [being examined|still unclear|linked to a signal fault].',
    '[Commuters|Cyclists|Drivers] [complained|said|welcomed] that the [changes|roadworks|new timetable] added {N} minutes to their journeys.',
  ],
};

const culture: Topic = {
  name: 'culture',
  titles: ['{P} [wins|takes] top prize at {TOWN} [film festival|book awards]', '[Museum|Gallery] in {PLACE} [returns|unveils|acquires] {ART}', 'Concert by {P} [draws|sells out]'],
  slots: { ART: ['a stolen painting', 'ancient bronzes', 'a lost manuscript', 'a sculpture', 'a collection of photographs', 'a medieval tapestry'] },
  templates: [
    'Director {P} [won|took|received] the top prize at the {TOWN} film festival on {DAY} for a [drama|documentary|comedy] about [migration|family|war|football].',
    'The [museum|gallery|library] in {PLACE} [returned|unveiled|acquired|restored] {ART} [valued at|worth|insured for] {MONEY}.',
    'About {BIG} people [attended|watched|queued for] the [concert|exhibition|festival|premiere] over {N} days.',
    'The [novel|album|film|play], [her|his] {N}th, [sold|earned|grossed] {MONEY} in its first week.',
    '[Critics|Reviewers|Audiences] [praised|panned|debated] the [production|performance|staging] by {NEWP}.',
    'The [theatre|orchestra|festival] [faces|announced|avoided] [closure|cuts|a deficit] of {MONEY} after [funding|sponsorship|ticket sales] [fell|dried up|dropped] {PCT}.',
    'The [exhibition|show|retrospective] runs at the {TOWN} [gallery|museum|centre] until {MONTH}.',
    'The [painting|manuscript|sculpture] was [stolen|lost|smuggled] in {YEAR} and [found|recovered|traced] in {PLACE}.',
  ],
};

/** The other topics. */
export const MORE_TOPICS: Topic[] = [science, politics, tech, health, crime, education, energy, transport, culture];
