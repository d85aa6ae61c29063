/// Action words for GDELT's "activity reference density" (the share of words that report something being
/// done: attacks, meetings, signings, arrests …), a rough measure of how eventful an article is. The list
/// is ours: common news event verbs, each with its regular and listed irregular forms.
enum ActivityWords {
    /// Base verbs inflected regularly (-s, -ed, -ing).
    private static let regular = [
        "attack", "arrest", "accuse", "agree", "aid", "announce", "appoint", "assault", "ban", "block", "bomb",
        "boycott", "capture", "charge", "clash", "close", "condemn", "convict", "cooperate", "count", "crash",
        "criticize", "criticise", "declare", "defeat", "defend", "demand", "deny", "deploy", "destroy", "detain",
        "elect", "end", "evacuate", "execute", "expel", "export", "fire", "form", "impose", "import", "invade",
        "invest", "jail", "kill", "launch", "lift", "march", "meet", "murder", "negotiate", "occupy", "open",
        "order", "pledge", "promise", "protest", "raid", "reject", "release", "rescue", "resign", "sanction",
        "seize", "shell", "sign", "strike", "supply", "support", "suspend", "target", "threaten", "train",
        "veto", "visit", "vote", "warn", "withdraw", "arm", "ally", "back", "bar", "bid", "host", "kidnap", "loot",
        "mobilize", "mobilise", "nominate", "oust", "overthrow", "patrol", "plan", "push", "reach", "retaliate",
        "riot", "rule", "sue", "test", "topple", "trade", "transfer", "try", "win", "wound", "injure", "fight",
        "shoot", "build", "sell", "buy", "send", "hold", "lead", "pay", "cut", "hit", "set", "run",
    ]
    /// Irregular forms the suffix rules miss.
    private static let irregular = [
        "met", "fought", "shot", "built", "sold", "bought", "sent", "held", "led", "paid", "struck", "won",
        "withdrew", "withdrawn", "overthrew", "overthrown", "ran", "tried", "tries", "allied", "allies",
        "supplied", "supplies", "denied", "denies", "occupied", "occupies", "carried", "quit", "fled", "flee", "planned", "planning", "banned", "banning", "barred", "barring",
        "kidnapped", "kidnapping", "cutting", "hitting", "setting", "running", "vetoes", "shelled", "shelling",
        "flees", "fleeing", "stole", "broke", "seized", "fired", "dying", "died", "signed",
    ]

    static let all: [String] = Array(Set(regular.flatMap(inflections) + irregular)).sorted()

    private static func inflections(_ verb: String) -> [String] {
        var forms = [verb]
        let last = verb.last!
        let stem = last == "e" ? String(verb.dropLast()) : verb
        forms.append(verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") ? verb + "es" : verb + "s")
        forms.append(last == "e" ? verb + "d" : verb + "ed")
        forms.append(stem + "ing")
        return forms
    }
}
