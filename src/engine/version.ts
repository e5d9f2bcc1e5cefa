/**
 * The version of what the engine extracts from a sentence (features, index terms). Stored claims
 * remember the version that analysed them; the background re-analyses a library from its texts
 * when this changes. Raise it with any change to ClaimFeatures or to the terms of a claim.
 *
 * 2: clause roles (predicates, negated heads, mood, assertion), figures with measure/whose/ref/
 *    change/hedged and written precision, event dates and places from the text.
 * 3: the event's date and dateline also from the article's first lines that are not claims
 *    (a pasted article's date line); negatedClause / negatedPeriod per claim; a negated verb of
 *    knowing leaves its complement unasserted; speech marks a guessed pronoun speaker and ends its
 *    attribution at punctuation.
 * 4: background dates and years ("after the Aug. 5 collapse", "since 1992") no longer date an
 *    event; numbers in names ("Model 3") are not quantities; "for 24 hours" makes a negation a
 *    period.
 * 5: a score ("a 2-0 win") is not a falling range of figures, and a word after punctuation is not
 *    a figure's unit ("rises to 241, officials say"); a count of two nouns ("157 passengers and
 *    crew") is one count of both; claims name the stage of a series they report ("round:1",
 *    "quarter:2") and events the stage their article keeps to.
 * 6: a claim's index terms hold the numbers its figures are written with ("n:238"); a scale glued
 *    to money is read ("$717m", "£4.2bn"); a figure fused to a noun names what it is of ("six-week
 *    strike": of "strike").
 * 7: a claim that opens with an unnamed kind of person ("The minister spoke …") names it (actor);
 *    parts of a point are percentage points ("a quarter of a point"), and a fraction in words is
 *    exact ("a quarter" is not "half"); a quotation given to no named speaker keeps the kind of
 *    person it is given to (role: "the Russian president").
 * 8: a claim's years leave out background years ("the highest turnout since 1992").
 * 9: a month inside a name or speaking is a surname ("Theresa May", "May said"); no speaker is
 *    taken after "said" past a preposition; "she said" resolves to a person, never a thing.
 * 10: a figure in a relative clause is its antecedent's ("Saturn V, which generated 7.5 million
 *    pounds"); a weekday with its possessive is not a place ("at Sunday's rally"); "no one" and
 *    "has yet to" negate their verb, and "not yet" is no clause break; verbs of not doing
 *    ("withheld", "refrained", "skipped", "boycotted") are negative heads; a negated verb's
 *    objects are kept (negatedObjects); "could not agree" is what happened; "rumours spread that X"
 *    leaves X unasserted.
 * 11: two-word negators ("far from" + verb, "rather than", "instead of", "anything but") and
 *    "hardly"/"scarcely" negate what follows; heads a sentence denies outright are kept
 *    (deniedHeads: "surf, not a shark", "no one was attacked"); shares in words are percentages
 *    ("about half of", "two-thirds of", "one in five"); a count in digits is exact to the unit;
 *    a verb read as an adjective after a modal ("would open") is a predicate; "set", "due",
 *    "poised", "scheduled" mark a plan only before "to" + verb; "had still to" negates like "has
 *    yet to", and both make the negation a period (not done until then).
 */
export const ENGINE_VERSION = 11;
