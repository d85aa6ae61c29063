/// Words that keep their full stop: titles, months, company forms, Latin shorthands, and legislative labels
/// ("H. RES. 100"). Lower-case, without the stop. Collected from the abbreviation lists of the Punkt and
/// Stanford tokenizer documentation, trimmed to those common in English news.
enum Abbreviations {
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cpt", "gov", "sen",
        "rep", "rev", "hon", "pres", "adm", "maj", "cmdr", "cdr", "brig", "supt", "insp", "messrs", "mme", "mlle",
        "no", "nos", "inc", "ltd", "co", "corp", "bros", "plc", "llc", "dept", "univ", "assn", "ave", "blvd", "rd",
        "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "vs", "v", "etc", "al", "approx", "est",
        "fig", "figs", "vol", "vols", "pp", "ed", "eds", "cf", "res", "con", "amdt", "sec", "art", "ch", "op", "ca",
        "min", "max", "govt", "intl", "natl", "ariz", "calif", "colo", "conn", "fla", "ill", "ind", "kan", "mass",
        "mich", "minn", "miss", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis",
    ]

    /// Capitalised words that usually open a sentence: after "U.S." or an initial they mark a boundary.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "and", "in",
        "on", "at", "for", "his", "her", "its", "their", "there", "what", "when", "why", "how", "who", "after",
        "before", "as", "if", "so", "yet", "however", "meanwhile", "still", "then", "our", "my", "you", "one",
    ]
}
