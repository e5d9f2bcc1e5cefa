/**
 * Topic templates of the synthetic news library. Slots: {P} a person of the article's cast,
 * {NEWP} a fresh person, {ORG} the article's organisation, {PLACE} its city, {TOWN} an invented
 * town, {N} a small count, {BIG} a large count, {PCT} a percentage, {MONEY} an amount, {DAY} a
 * weekday, {MONTH} a month, {YEAR} a year, {TIME} a clock time; others come from `slots`.
 */
import type { Topic } from './vocab';

const sports: Topic = {
  name: 'sports',
  titles: ['{TEAM} [beat|edge past|thrash] {TEAM2} in {PLACE}', '{P} [leads|inspires] {TEAM} to [victory|a win]', 'Coach {P} [faces questions|under pressure] after {TEAM} defeat'],
  slots: {
    TEAM: ['United', 'Rovers', 'City', 'Athletic', 'Wanderers', 'Rangers', 'Hawks', 'Falcons', 'Lions', 'Tigers', 'Sharks', 'Comets', 'Pioneers', 'Royals', 'Titans'],
    TEAM2: ['Albion', 'Dynamo', 'Sporting', 'Olympic', 'Bears', 'Wolves', 'Eagles', 'Storm', 'Thunder', 'Vikings', 'Spartans', 'Knights'],
    SPORT: ['football', 'basketball', 'rugby', 'hockey', 'cricket', 'volleyball', 'handball', 'baseball'],
  },
  templates: [
    '{TEAM} [beat|defeated|overcame] {TEAM2} {N}-{N} on {DAY} [night|afternoon|evening] in front of {BIG} [fans|supporters|spectators].',
    '{P} scored [twice|a hat-trick|the winner|late in the second half] as {TEAM} [extended|stretched|kept] their unbeaten run to {N} games.',
    'The [coach|manager|head coach], {P}, said the [squad|team|players] had [shown great character|struggled with injuries|deserved the points].',
    '{TEAM2} [remain|stay|sit] {N} points [behind|ahead of] the [leaders|relegation zone] with {N} matches left.',
    'The [striker|forward|captain|goalkeeper] [was taken off|limped off|was sent off] in the {N}th minute after a [challenge|collision|second yellow card].',
    '[Officials|The league|Organisers] said the [match|game|fixture] would be [replayed|moved|postponed] because of [heavy rain|a waterlogged pitch|security concerns].',
    '{P} has [signed|agreed] a {N}-year [contract|deal|extension] worth a reported {MONEY}.',
    'Attendance at {SPORT} games in {PLACE} [rose|fell|climbed|dropped] {PCT} this season, [according to|the league said, citing] [ticketing data|club figures].',
    'The [semi-final|final|quarter-final] will be [played|held|staged] at the {TOWN} [Arena|Stadium|Park] on {DAY}.',
    '{TEAM} have [won|lost|drawn] {N} of their last {N} [away games|home games|matches] in all competitions.',
    '[Fans|Supporters] [protested|gathered|marched] outside the [stadium|ground|club offices] before kick-off over [ticket prices|the owners|the sale of the club].',
    '{P}, {N}, [announced|confirmed] [his|her] retirement from international {SPORT} after {N} caps.',
    'The [referee|umpire|video assistant] [awarded|disallowed|overturned] a [penalty|goal|try] in [stoppage time|the final minute|the first half].',
    '{NEWP}, who [joined|arrived] from {TEAM2} in {MONTH}, [made|marked] [his|her] debut with an assist.',
  ],
};

const markets: Topic = {
  name: 'markets',
  titles: ['{ORG} shares [jump|slide|tumble|surge] after {QUARTER} results', 'Stocks [rise|fall|edge higher|slip] as investors [weigh|watch] {INDICATOR}', '{ORG} to [cut|add] {BIG} jobs'],
  slots: {
    QUARTER: ['first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'annual', 'half-year'],
    INDICATOR: ['inflation data', 'interest rates', 'jobs figures', 'oil prices', 'bond yields', 'consumer spending', 'factory output', 'retail sales'],
    INDEX: ['benchmark index', 'blue-chip index', 'tech-heavy index', 'broader market', 'small-cap index'],
    COMMODITY: ['oil', 'gold', 'copper', 'wheat', 'coffee', 'natural gas', 'silver', 'aluminium', 'cocoa'],
  },
  templates: [
    'Shares of {ORG} [rose|fell|jumped|slid|climbed|dropped] {PCT} in [early|late|afternoon] trading on {DAY}.',
    'The company reported {QUARTER} [revenue|profit|net income|sales] of {MONEY}, [above|below|in line with] analyst [estimates|forecasts|expectations].',
    'The {INDEX} [closed|ended|finished] {PCT} [higher|lower|up|down] as investors [digested|weighed|reacted to] {INDICATOR}.',
    '{COMMODITY} prices [rose|fell|climbed|eased] to {MONEY} [a barrel|an ounce|a tonne] amid [supply worries|weaker demand|a stronger dollar].',
    'Chief executive {P} said the company [expects|forecasts|sees] [growth|margins|demand] to [improve|slow|recover] in the second half.',
    '{ORG} [plans|intends|announced plans] to [cut|eliminate|add|create] {BIG} jobs [worldwide|across Europe|in its home market] by {YEAR}.',
    'Analysts at {ORG2} [raised|lowered|cut|kept] their price target to {MONEY}, citing {INDICATOR}.',
    'The central bank [held|raised|cut|kept] its key interest rate [at|to|by] {PCT}, [as expected|surprising markets|in a split vote].',
    'Annual inflation in {PLACE} [slowed|accelerated|eased|rose] to {PCT} in {MONTH}, [official data showed|the statistics office said].',
    '{ORG} agreed to [buy|acquire|merge with] {ORG2} in a [deal|transaction|takeover] valued at {MONEY}.',
    'Trading volumes were [thin|heavy|light|above average] ahead of the {DAY} [holiday|announcement|deadline].',
    'The dollar [strengthened|weakened|firmed|slipped] {PCT} against a basket of currencies.',
    '[Regulators|Shareholders|Unions] [approved|rejected|questioned] the [plan|merger|buyback|pay package] at a meeting in {PLACE}.',
    'The firm [said|warned|told investors] that [higher costs|weaker orders|supply problems|a stronger currency] would [weigh on|hurt|reduce] earnings.',
  ],
};

const weather: Topic = {
  name: 'weather',
  titles: ['[Storm|Heatwave|Floods|Snow] [hits|batters|grips] {PLACE}', '{PLACE} braces for [heavy rain|strong winds|record heat|freezing temperatures]'],
  slots: {
    HAZARD: ['heavy rain', 'strong winds', 'flash floods', 'hail', 'snow', 'freezing fog', 'thunderstorms', 'wildfires', 'a heatwave'],
    REGION: ['northern', 'southern', 'eastern', 'western', 'coastal', 'central', 'mountain', 'upland'],
  },
  templates: [
    'Forecasters [warned|said|expect] that {HAZARD} [would|could|will] [hit|affect|sweep across] {REGION} areas [on|from|until] {DAY}.',
    'Temperatures [reached|hit|climbed to|dropped to] {N} degrees in {PLACE}, [the highest|the lowest|a record] for {MONTH}.',
    'About {BIG} homes were [left without power|evacuated|flooded] after {HAZARD} [struck|swept through|battered] the region.',
    'The [weather service|meteorological office|national forecaster] issued [an amber|a red|a yellow] warning for {HAZARD} in {REGION} districts.',
    '[Rainfall|Snowfall] of up to {N} [millimetres|centimetres] is expected [overnight|by {DAY}|over the weekend].',
    '[Roads|Rail lines|Schools|Airports] in {TOWN} [were closed|remained shut|reopened] on {DAY} [morning|afternoon].',
    'Emergency crews [rescued|helped|evacuated] {N} people [stranded|trapped|caught] by rising water near {TOWN}.',
    'Mayor {P} said the city had [opened|set up|prepared] {N} [shelters|cooling centres|warming centres] for residents.',
    'The [storm|front|system] is [expected|forecast|likely] to [weaken|move east|stall] [later in the week|by {DAY}|overnight].',
    '[Farmers|Growers] in {REGION} areas said the [drought|frost|floods] had [damaged|destroyed|delayed] up to {PCT} of the harvest.',
    '[Insurers|Officials] estimated the damage at {MONEY} [so far|in preliminary figures|and rising].',
  ],
};

/** Sports, markets and weather. */
export const BASE_TOPICS: Topic[] = [sports, markets, weather];
