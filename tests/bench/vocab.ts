/**
 * Word lists for the synthetic news library: names, places, outlets and per-topic sentence
 * templates. Templates use `{SLOT}` for generated values and `[a|b|c]` for wording variants, so a
 * few hundred templates yield a long tail of distinct sentences, as real news does.
 */

/** First names, mixed origins so generated people rarely collide. */
export const FIRST = `James Maria Wei Aisha Carlos Olga Kenji Fatima Liam Sofia Noah Amara Mateo Yuki Elena Omar
Hannah Ravi Chloe Dmitri Grace Tariq Ingrid Pablo Mei Samuel Leila Viktor Nadia Arjun Claire Hugo Zainab Felix
Rosa Jonas Amina Lucas Priya Tomas Ada Bruno Helga Kwame Lena Diego Sana Ivan Marta Oscar Ines Yusuf Kate Emil
Nia Anton Lucia Pierre Rania Stefan Julia Kofi Alma Henrik Paula Marco Dana Rafael Eva Sergei Laura Ahmed`.split(/\s+/);

/** Family names. */
export const LAST = `Smith Okafor Chen Garcia Novak Tanaka Haddad Muller Rossi Kowalski Silva Ibrahim Jensen Petrov
Nguyen Brown Dubois Costa Fischer Mensah Lindqvist Moreau Kaur Romero Sato Ahmadi Walsh Kim Bauer Ortega Popescu
Hughes Nakamura Varga Lopez Andersen Mwangi Schmidt Alvarez Park Dimitrov Farah Quinn Takahashi Horvat Reyes
Oliveira Bianchi Yilmaz Keller Mahmoud Lund Esposito Byrne Wojcik Suzuki Delgado Ferreira Berg Hassan Cohen
Kovacs Fontaine Ramos Janssen Shah Murphy Stewart Greco Adeyemi Weber Morales Pham Larsen Rahman Ito Vogel`.split(/\s+/);

/** Real cities, so place names look like the ones a reader meets. */
export const CITIES = `London Paris Berlin Madrid Rome Lisbon Dublin Vienna Prague Warsaw Budapest Athens Istanbul Cairo
Nairobi Lagos Accra Johannesburg Mumbai Delhi Karachi Dhaka Bangkok Jakarta Manila Seoul Tokyo Osaka Beijing
Shanghai Shenzhen Sydney Melbourne Auckland Toronto Montreal Vancouver Chicago Boston Denver Seattle Houston
Atlanta Miami Phoenix Dallas Detroit Portland Austin Lima Bogota Santiago Quito Caracas Havana Monterrey Oslo
Stockholm Helsinki Copenhagen Amsterdam Brussels Zurich Geneva Munich Hamburg Milan Naples Marseille Lyon
Krakow Riga Vilnius Tallinn Kyiv Tbilisi Baku Almaty Tashkent Doha Dubai Riyadh Amman Beirut Tunis Algiers
Casablanca Dakar Kampala Kigali Lusaka Harare Maputo Luanda Perth Brisbane Adelaide Wellington Hanoi Taipei`.split(/\s+/);

/** Syllables for invented town and company names: the long tail of rare proper nouns. */
export const SYLLABLES = `ar bel cor dan el fen gra hal ist jor kel lun mar nor ost pel quin ros sel tor ul ven wes yar zan
bro cal del fir gol har ivo kar lem mon nel ori pra rin sto tal ura vik wal xen yor zel`.split(/\s+/);

/** Outlet names for article records. */
export const OUTLETS = `Daily Ledger|Morning Courier|Evening Standard Post|Metro Herald|The Observer Weekly|National Wire|
Capital Times|Harbor Gazette|Valley News|Global Dispatch|City Chronicle|Northern Star|Southern Tribune|Coast Reporter|
Market Watchtower|Science Today Desk|Health Bulletin|Tech Review Daily|Sports Line|Weather Desk|Continental Press|
Pacific Record|Atlantic Journal|Mountain Times|River Post|Union Herald|Independent Voice|Public Radio News|
Regional Express|Civic Monitor|World Desk|Frontier Tribune|Lakeside Courier|Prairie Sentinel|Island Times`
  .split('|').map((s) => s.trim());

/** One subject area of the synthetic library. */
export interface Topic {
  name: string;
  /** Title templates. */
  titles: string[];
  /** Sentence templates. */
  templates: string[];
  /** Topic-specific slot values; generic slots are filled by the generator. */
  slots: Record<string, string[]>;
}
