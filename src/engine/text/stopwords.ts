/** Function words: never content, never retrieval terms. */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most
mustn't my myself nor of off on once only or other ought our ours ourselves out over own same shan't she
she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those through to too under until up very was wasn't
we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
will shall may might must just now s t also yet however meanwhile per via upon whether though although
here there its it's one's mr mrs ms dr said not no earlier later
handful several dozens numerous various plenty th st nd rd
expect expected expects likely possibly probably reportedly apparently`.split(/\s+/),
);

/**
 * Frequent newsroom words that carry little of a claim's fact: they still count, at a fraction of
 * a content word's weight, when no library statistics are available.
 */
export const LIGHT_WORDS = new Set(
  `say says saying tell told telling add added adding report reported reports according quote quoted
accord statement statements official officials spokesman spokeswoman reporter reporters media news
press conference time times year years day days week weeks month months people thing things way new
also like get got make made take took go went come came see seen know known want wanted need needed
president presid leader leaders counterpart countri country nation nations
expect expected expects likely possibly probably reportedly apparently
monday tuesday wednesday thursday friday saturday sunday one two pair`.split(/\s+/),
);

/** Verbs that negate their complement ("failed to agree", "refused to meet"). */
export const NEGATING_VERBS = new Set(['fail', 'failed', 'fails', 'failing', 'refuse', 'refused', 'refuses', 'declined', 'decline', 'unable']);
