#!/usr/bin/env python3
"""Language identification, CLD2 (the daemon's, through `articlewatch-eval language-id`) beside libexttextcat
(Debian libexttextcat-2.0-0 with its own fingerprints, libexttextcat-data, through ctypes), on the same
labelled texts, in one run: accuracy per language and overall, and CPU time per text on one core.

The labelled texts are offline and from Debian: the translated messages (msgstr) of the gettext catalogues
installed under /usr/share/locale/<lang>/LC_MESSAGES/*.mo (coreutils, apt, dpkg, bash, glib, …), labelled by
their directory. Only messages of at least --min-chars characters after removing format directives are used,
at most --per-language per language, and a message whose text equals the English original is left out.
UI strings are shorter and more technical than articles, so both identifiers score lower here than on prose.
"""
import argparse, collections, ctypes, gettext, glob, json, os, re, statistics, subprocess, time
from pathlib import Path

LANGUAGES = ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "cs", "da", "fi", "hu", "ro", "tr", "uk", "el",
             "ja", "zh_CN", "ko", "ca", "sk", "bg", "vi", "id", "nb"]
# exttextcat names languages like "german" or "de-DE" depending on the fingerprint set; keep the ISO 639-1 part.
EXTTEXTCAT_CODES = {"nb": {"nb", "no"}, "zh_CN": {"zh"}}
DIRECTIVE = re.compile(r"%[-+ #0-9.*lhjztL]*[a-zA-Z%]|\\\\[nt]|[_&]")


def messages(language, min_chars, per_language):
    seen, texts = set(), []
    for path in sorted(glob.glob(f"/usr/share/locale/{language}/LC_MESSAGES/*.mo")):
        try:
            catalog = gettext.GNUTranslations(open(path, "rb"))._catalog
        except Exception:
            continue
        for original, translated in catalog.items():
            if not original or not isinstance(translated, str):
                continue
            text = " ".join(DIRECTIVE.sub(" ", translated).split())
            source = original[0] if isinstance(original, tuple) else original
            if len(text) < min_chars or text == " ".join(str(source).split()) or text in seen:
                continue
            seen.add(text)
            texts.append(text)
    texts.sort(key=lambda t: hash(t) & 0xFFFFFFFF)  # a fixed mix of catalogues (PYTHONHASHSEED=0 in the make target)
    return texts[:per_language]


def label_of(language):
    return language.split("_")[0]


def exttextcat(texts):
    library = ctypes.CDLL("libexttextcat-2.0.so.0")
    library.special_textcat_Init.restype = ctypes.c_void_p
    library.special_textcat_Init.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    library.textcat_Classify.restype = ctypes.c_char_p
    library.textcat_Classify.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
    handle = library.special_textcat_Init(b"/usr/share/libexttextcat/fpdb.conf", b"/usr/share/libexttextcat/")
    if not handle:
        raise SystemExit("libexttextcat: cannot load /usr/share/libexttextcat/fpdb.conf (apt install libexttextcat-data)")
    encoded = [t.encode() for t in texts]
    answers = [library.textcat_Classify(handle, b, len(b)).decode() for b in encoded]
    times = []
    for _ in range(3):
        start = time.thread_time()
        for b in encoded:
            library.textcat_Classify(handle, b, len(b))
        times.append(time.thread_time() - start)
    # "[de-DE][nl-NL]" when unsure: the first is its best guess; "UNKNOWN" and "SHORT" are no answer.
    codes = []
    for answer in answers:
        first = re.match(r"\[([a-z]+)", answer)
        codes.append(first.group(1) if first else "-")
    return codes, statistics.median(times)


def cld2(binary, texts, work):
    work.mkdir(parents=True, exist_ok=True)
    path = work / "language-texts.txt"
    path.write_text("\n".join(texts) + "\n")
    done = subprocess.run(["taskset", "-c", "0", binary, "language-id", str(path)], capture_output=True, text=True, check=True)
    return done.stdout.split("\n")[:len(texts)], json.loads(done.stderr.strip().splitlines()[-1])["seconds"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/articlewatch-eval")
    parser.add_argument("--min-chars", type=int, default=60)
    parser.add_argument("--per-language", type=int, default=200)
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})
    texts, labels = [], []
    for language in LANGUAGES:
        found = messages(language, args.min_chars, args.per_language)
        texts += found
        labels += [language] * len(found)
    ours, our_seconds = cld2(args.binary, texts, Path(".build/eval"))
    theirs, their_seconds = exttextcat(texts)
    right = collections.Counter()
    totals = collections.Counter(labels)
    for label, a, b in zip(labels, ours, theirs):
        accepted = EXTTEXTCAT_CODES.get(label, {label_of(label)})
        right["cld2", label] += a in accepted
        right["exttextcat", label] += b in accepted
    print(f"{len(texts)} translated messages (>= {args.min_chars} chars) in {len(totals)} languages, "
          f"from /usr/share/locale/*/LC_MESSAGES/*.mo; CPU time on core 0, median of 3 passes")
    print(f"{'language':<9} {'texts':>6} {'CLD2':>7} {'exttextcat':>11}")
    for language in LANGUAGES:
        if totals[language]:
            n = totals[language]
            print(f"{language:<9} {n:>6} {right['cld2', language] / n:7.1%} {right['exttextcat', language] / n:11.1%}")
    n = len(texts)
    print(f"{'all':<9} {n:>6} {sum(right[k] for k in right if k[0] == 'cld2') / n:7.1%} "
          f"{sum(right[k] for k in right if k[0] == 'exttextcat') / n:11.1%}")
    print(f"{'µs/text':<9} {'':>6} {our_seconds * 1e6 / n:7.1f} {their_seconds * 1e6 / n:11.1f}")


if __name__ == "__main__":
    main()
