using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Finds counted casualty phrases ("at least 6 members ... died", "killing two civilians") and statements of none.</summary>
public static partial class CasualtyAnnotator
{
    private static readonly Lexicons.PatternSet Words = Lexicons.PatternSet.Of("casualties.tsv");

    // The phrase patterns are rows of casualties.tsv flagged "generated": CountThenVerb(), VerbThenCount(), TollOf() and the
    // rest are compiled at build time from them (src/Sitrep.Core/LexiconRows.targets).

    /// <summary>The toll pattern as one alternation: what the split patterns (toll-of, toll-rose, toll-count) must agree with.</summary>
    internal static string TollPatternText => Words.Text("toll-of") + "|" + Words.Text("toll-rose") + "|" + Words.Text("toll-count");

    internal const RegexOptions TollOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The match the whole toll pattern, anchored at <paramref name="at"/>, would give; an unsuccessful match if none.</summary>
    internal static Match TollAt(string text, int at)
    {
        var m = TollOf().Match(text, at);
        if (m.Success) return m;
        m = TollRose().Match(text, at);
        return m.Success ? m : TollCount().Match(text, at);
    }

    /// <summary>Casualty phrases in <paramref name="text"/>.</summary>
    public static IReadOnlyList<CasualtyMention> Annotate(string text) => Annotate(text, SentenceSplitter.Split(text));

    /// <summary>Casualty phrases in <paramref name="text"/>, whose sentences are <paramref name="sentences"/>.</summary>
    public static IReadOnlyList<CasualtyMention> Annotate(string text, IReadOnlyList<Sentence> sentences)
    {
        var found = new List<CasualtyMention>();
        // The phrase patterns are costly to try at every word, so they are tried only where a count or a casualty word starts.
        var (words, counts) = Anchors(text);
        if (words.Count == 0) return found;
        // The checks that skip pattern attempts compare ASCII case-insensitively, which is exact only on ASCII text.
        var ascii = System.Text.Ascii.IsValid(text);
        bool Add(Match m, CasualtyKind? kind, string verb, string numText, string qual, string np, Group npGroup)
        {
            var parsed = Numbers.Parse(numText);
            if (parsed is null) return false;
            // The checks read the phrase without an age in it ("a 31-year-old man" is one man, not years).
            var phrase = AgeInPhrase.Replace(np, " ");
            // "five suspects linked to the two attacks": only the head, before what is said of it, shows what was counted.
            var headEnd = HeadEnds.Match(phrase, Math.Min(phrase.Length, phrase.Length - phrase.TrimStart().Length + 1));
            if (NotPeople().IsMatch(headEnd.Success ? phrase[..headEnd.Index] : phrase)) return false;
            var (count, vague) = parsed.Value;
            // "1 commander and his guard were killed": the companion named in the singular is a second victim.
            if (count == 1 && !vague && NpPair.IsMatch(np)) count = 2;
            // A year is not a head count.
            if (numText.Length == 4 && count is >= 1900 and <= 2100) return false;
            var lowerNum = numText.ToLowerInvariant();
            // "a" counts one only before a singular head noun ("a member of the rebels", not "a number of rebels").
            var npWords = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = npWords.FirstOrDefault() ?? "";
            // "As a result 15 militants were killed": the figure in the phrase is the count, not "a".
            if (CountArticle.IsMatch(lowerNum) && npWords.Any(w => w.All(char.IsDigit))) return false;
            if ((CountNeedsNoun.IsMatch(lowerNum) && npWords.Length == 0)
                || (CountSingular.IsMatch(lowerNum) && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal))) return false;
            var before = Before(text, m.Index, 30);
            // "one of them was shot dead" is one of a group counted already.
            if (OfGroupCounted.IsMatch(np)) return false;
            // "3 civilians who were killed": a relative clause tells the count's fate only when the words before it name the victims.
            if (m.Groups["rel"].Success && (npWords.Length > 3 || npWords.Any(w => w.Any(char.IsDigit)) || RelativeNpNotVictims.IsMatch(np) || RelativeSubsetBefore.IsMatch(Before(text, m.Index, 40)))) return false;
            // "no one was killed" counts nobody.
            if (qual.Length == 0 && NobodyBefore(before, lowerNum)) return false;
            if ((!ascii || EndsWithWordThenSpace(before, SubsetEnds, false)) && SubsetBefore().IsMatch(before)) return false;
            if (kind is null) return false;
            if (kind == CasualtyKind.Injured && FatalWound.IsMatch(m.Value)) kind = CasualtyKind.Killed;
            // "attacked and nearly killed a man": he lived, hurt.
            if (kind == CasualtyKind.Killed && NearMiss(text, m.Groups["verb"].Success ? m.Groups["verb"].Index : m.Index)) kind = CasualtyKind.Injured;
            var uncertain = UncertainVerb.IsMatch(verb);
            // "more than 20" is conservatively 20; "up to 10" is a maximum, kept as the figure but uncertain.
            if (MaximumQualifier.IsMatch(qual)) uncertain = true;
            // "20 unconfirmed deaths", "2 others feared dead but not confirmed": no toll the report stands by.
            var after = text.AsSpan(m.Index + m.Length, Math.Min(60, text.Length - m.Index - m.Length));
            if (UnconfirmedIn.IsMatch(m.Value) || UnconfirmedAfter.IsMatch(after)) uncertain = true;
            var startAt = m.Index;
            while (startAt < m.Index + m.Length && char.IsWhiteSpace(text[startAt])) startAt++;
            // "between 35 and 50 civilians were killed": the range's lower bound is the figure, and the phrase starts with it.
            if (qual.Length == 0 && text.AsSpan(startAt).StartsWith(numText, StringComparison.OrdinalIgnoreCase))
            {
                if (RangeLowBefore(text, startAt, count) is { } range)
                {
                    count = range.Low;
                    startAt = range.At;
                }
            }
            var span = new TextSpan(startAt, m.Index + m.Length);
            if (found.Any(f => f.Span.Overlaps(span))) return false;
            // "5 militants were killed or injured": how many died is not said, only that all were hit: a count of the hurt.
            if (kind == CasualtyKind.Killed && KilledOrInjured.IsMatch(text.AsSpan(span.End, Math.Min(30, text.Length - span.End))))
            {
                kind = CasualtyKind.Injured;
                uncertain = true;
            }
            // "Six police (or seven) officers", "one fighter from Islamic factions, were killed": the victims are the words before the aside.
            // "Six people, including two soldiers, were killed": an aside naming armed people among the dead tells who they are, so it stays.
            var aside = np.IndexOfAny(['(', ',']);
            if (aside >= 0 && kind == CasualtyKind.Killed && np[aside] == ',' && VictimsAside.IsMatch(np.AsSpan(aside))) aside = -1;
            var victimText = aside >= 0 ? np[..aside] : np;
            var victims = victimText.Trim().TrimEnd(',');
            TextSpan? victimSpan = victims.Length > 0 && npGroup.Success ? new TextSpan(npGroup.Index + (victimText.Length - victimText.TrimStart().Length), npGroup.Index + victimText.TrimEnd().TrimEnd(',').Length) : null;
            // "The three were killed": a count with "the" and no noun names a group told before, a total, not more dead.
            var restated = victims.Length == 0 && RestatedCountBefore.IsMatch(Before(text, startAt, 10));
            found.Add(new CasualtyMention(span, kind.Value, count, uncertain, victims.Length > 0 ? victims : null, victimSpan, restated));
            return true;
        }

        var verbFirst = new HashSet<CasualtyMention>(ReferenceEqualityComparer.Instance);
        // A rejected match ("other sources say ...") must not hide a good one inside it, so scanning resumes one character on.
        foreach (var at in words)
        {
            if (!StartsWithAny(text, at, VerbThenCountStems)) continue;
            var m = VerbThenCount().Match(text, at);
            if (!m.Success) continue;
            // "three men suspected of killing a farmer": what a suspect is said to have done, not this event's toll.
            if (CrimeBefore.IsMatch(Before(text, at, 50))) continue;
            // "two days after the gunmen executed 20 villagers": deaths told as before this event.
            if (TollOfAnotherTime(text, at)) continue;
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            var after = m.Groups["after"].Success ? m.Groups["after"].Value.Trim().ToLowerInvariant() : null;
            // "stoned two robbers to death", "stoned to death two robbers": these verbs kill only with "to death"; a lynching kills.
            if (KillsOnlyToDeath.IsMatch(verb))
            {
                if (after != "to death" && !verb.EndsWith("to death", StringComparison.Ordinal)) continue;
            }
            else if (LeavesVerb.IsMatch(verb))
            {
                if (after is null || LeavesNoFate.IsMatch(after)) continue;
            }
            else if (after is not null && AfterFate.IsMatch(after)) { /* "killing 3, wounding 4 injured" */ }
            else after = null;
            var np = m.Groups["np"].Value;
            if (BadAfterNumber().IsMatch(np) && !CountArticle.IsMatch(m.Groups["num"].Value)) continue;
            if (Add(m, KindOf(after ?? verb), verb, m.Groups["num"].Value, m.Groups["qual"].Value, np, m.Groups["np"])) verbFirst.Add(found[^1]);
        }
        // "shot him dead", "killed her": one victim named by a pronoun.
        var windows = sentences.Select(s => s.Span).ToArray();
        foreach (var m in PronounVictimGated.MatchesIn(text, windows))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (found.Any(f => f.Span.Overlaps(span))) continue;
            found.Add(new CasualtyMention(span, NearMiss(text, m.Index) ? CasualtyKind.Injured : CasualtyKind.Killed, 1, false, null, null));
            verbFirst.Add(found[^1]);
        }

        // "dragged two men from their homes and beat them to death": "them" stands for the last count of people before it in its
        // sentence, unless that count is a casualty told already ("killed two men and burned them").
        // Most reports hold none of the row's required words ("them"): one search spares a scan of every sentence.
        foreach (var s in PronounVictimsGate.MayMatch(text) ? sentences : [])
        {
            for (var m = PronounVictims.Match(text, s.Span.Start, s.Span.End - s.Span.Start); m.Success; m = m.NextMatch())
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (found.Any(f => f.Span.Overlaps(span))) continue;
                Match? last = null;
                for (var a = PronounAntecedent.Match(text, s.Span.Start, m.Index - s.Span.Start); a.Success; a = a.NextMatch()) last = a;
                if (last is null || Numbers.Parse(last.Groups["num"].Value) is not { } n) continue;
                var antecedent = new TextSpan(last.Index, last.Index + last.Length);
                if (found.Any(f => f.Span.Overlaps(antecedent))) continue;
                var np = last.Groups["np"];
                found.Add(new CasualtyMention(span, NearMiss(text, m.Index) ? CasualtyKind.Injured : CasualtyKind.Killed, n.Value, n.Vague, np.Value,
                    new TextSpan(np.Index, np.Index + np.Length)));
                verbFirst.Add(found[^1]);
            }
        }

        // "killing a woman and her two children": later counts joined to the object share the verb.
        ExtendListsAfter(found.ToList());
        void ExtendListsAfter(List<CasualtyMention> heads)
        {
            foreach (var c in heads)
            {
                var at = c.Span.End;
                for (var guard = 0; guard < 4; guard++)
                {
                    if (ascii && !ListMayFollow(text, at)) break;
                    var lm = ListedAfter().Match(text, at, Math.Min(90, text.Length - at));
                    if (!lm.Success) break;
                    var parsed = Numbers.Parse(lm.Groups["num"].Value);
                    var np = lm.Groups["np"].Value;
                    if (parsed is null || np.Length == 0 || NotPeople().IsMatch(np)) break;
                    var listed = new TextSpan(lm.Groups["num"].Index, lm.Index + lm.Length);
                    if (found.Any(f => f.Span.Overlaps(listed))) break;
                    // "killed 3 people, and 12 others were injured": a count with a verb of its own is no object of this one.
                    if (OwnPredicateAfter.IsMatch(text.AsSpan(listed.End, Math.Min(30, text.Length - listed.End)))) break;
                    // "leaving 1 civilian killed and 2 others injured": a listed count that says its own fate has that one.
                    var kind = np.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ListedFate.IsMatch(w) ? KindOf(w) : null).LastOrDefault(k => k is not null) ?? c.Kind;
                    found.Add(new CasualtyMention(listed, kind, parsed.Value.Value, c.Uncertain, np.Trim(), new TextSpan(lm.Groups["np"].Index, lm.Groups["np"].Index + np.TrimEnd().Length)));
                    at = lm.Index + lm.Length;
                }
            }
        }

        foreach (var at in counts)
        {
            if (!WordAhead(text, at, CountThenVerbStems)) continue;
            var m = CountThenVerb().Match(text, at);
            if (!m.Success) continue;
            // "24 hours after one person was killed", "in revenge for 2 herders killed last month": deaths before this event.
            if (TollOfAnotherTime(text, at)) continue;
            var np = m.Groups["np"].Value;
            // "killed 3 people" is the other pattern's; here a verb must not precede the count directly.
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            if (Add(m, KindOf(verb), verb, m.Groups["num"].Value, m.Groups["qual"].Value, np, m.Groups["np"])) AlongWith(found[^1]);
        }
        // "was shot dead along with two bodyguards", "was killed by gunmen along with his companion": those who died with the
        // victims, counted as the list after them; whether any were.
        bool AlongWith(CasualtyMention c)
        {
            var along = AlongWithBefore.Match(text, c.Span.End);
            if (!along.Success) return false;
            var from = along.Index + along.Length;
            var before = found.Count;
            var one = AlongWithOne.Match(text, from);
            if (one.Success)
            {
                var span = new TextSpan(one.Index, one.Index + one.Length);
                if (!found.Any(f => f.Span.Overlaps(span))) found.Add(new CasualtyMention(span, c.Kind, 1, c.Uncertain, null, null));
            }
            else ExtendListsAfter([c with { Span = new TextSpan(c.Span.Start, from) }]);
            return found.Count > before;
        }
        // "six soldiers and four militants were killed": earlier counts in the same list share the verb. A mention that opens
        // with its verb ("kill an Imam") has its subject before it, not a list: "three gunmen shoot and kill an Imam".
        foreach (var c in found.ToList())
        {
            if (verbFirst.Contains(c)) continue;
            var at = c.Span.Start;
            for (var guard = 0; guard < 4; guard++)
            {
                if (ascii && !EndsWithWordThenSpace(Before(text, at, 90), ListEnds, true)) break;
                var window = text[Math.Max(0, at - 90)..at];
                var lm = ListedBefore().Match(window);
                if (!lm.Success) break;
                var parsed = Numbers.Parse(lm.Groups["num"].Value);
                var np = lm.Groups["np"].Value;
                if (parsed is null || NotPeople().IsMatch(np) || ListedCountExcluded.IsMatch(lm.Groups["num"].Value)) break;
                var start = at - window.Length + lm.Index;
                if (MonthAfter.IsMatch(np) || MonthBefore.IsMatch(Before(text, start, 12))) break;
                var npGroup = lm.Groups["np"];
                var listed = new TextSpan(start, start + npGroup.Index + npGroup.Value.TrimEnd().Length - lm.Index);
                if (found.Any(f => f.Span.Overlaps(listed))) break;
                var listedCount = parsed.Value.Value;
                // "at least 5-7 policemen and 2 militiamen were killed": a range listed first counts its lower bound too.
                var numAt = start + lm.Groups["num"].Index - lm.Index;
                if (lm.Groups["qual"].Length == 0)
                {
                    if (RangeLowBefore(text, numAt, listedCount) is { } range)
                    {
                        listedCount = range.Low;
                        if (found.Any(f => f.Span.Overlaps(new TextSpan(range.At, listed.End)))) break;
                        listed = new TextSpan(range.At, listed.End);
                    }
                }
                // "Eight people including four children and four officers were killed": the first group holds the others.
                if (IncludesList.IsMatch(np))
                {
                    found.Remove(c);
                    found.Add(new CasualtyMention(listed, c.Kind, listedCount, c.Uncertain, np.Trim(), null));
                    break;
                }
                found.Add(new CasualtyMention(listed, c.Kind, listedCount, c.Uncertain, np.Trim(), null));
                at = start;
            }
        }
        foreach (var at in Merge(words, counts))
        {
            if (!TollMayMatch(text, at)) continue;
            var m = TollAt(text, at);
            if (!m.Success) continue;
            var noun = m.Groups["noun"].Success ? m.Groups["noun"].Value : m.Groups["kverb"].Success ? m.Groups["kverb"].Value : "";
            // "to protest the killing of a student", "in reaction to the death of": the death is what the event answers.
            if (m.Groups["kverb"].Success && TollAsCause.IsMatch(Before(text, m.Index, 60))) continue;
            if (TollOfAnotherTime(text, m.Index)) continue;
            var kind = TollInjuryNoun.IsMatch(noun) ? CasualtyKind.Injured : CasualtyKind.Killed;
            var before = found.Count;
            Add(m, kind, noun, m.Groups["num"].Value, m.Groups["qual"].Value, m.Groups["np"].Value, m.Groups["np"]);
            // "2 fatalities", "the toll rose to 7": a total, unless it names whose ("the bodies of 5 members").
            // "4 more bodies were found": more of the dead, added to the count before, not a total.
            if (found.Count > before && m.Groups["np"].Value.Trim().Length == 0 && !m.Groups["kverb"].Success && !AddsMore().IsMatch(m.Value))
                found[^1] = found[^1] with { IsTotal = true };
            // "the death of 21 Islamic State and 46 regime fighters": the list goes on after the toll too.
            else if (found.Count > before) ExtendListsAfter([found[^1]]);
        }
        // "a farmer and his son were killed": two victims named in the singular, two dead at least.
        foreach (var m in SinglePairGated.MatchesIn(text, windows))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (found.Any(f => f.Span.Overlaps(span))) continue;
            if (!PairFirstBefore.IsMatch(Before(text, m.Index, 40))) continue;
            var victim = m.Groups["victim"];
            found.Add(new CasualtyMention(span, CasualtyKind.Killed, 2, false, victim.Value, new TextSpan(victim.Index, victim.Index + victim.Length), IsTotal: true));
        }
        // "was shot dead", "Mob kills suspected thief": one death at least, a floor that never adds to a stated count.
        // One victim's phrase is told within a sentence, so only the sentences holding a pattern's words are searched.
        foreach (var pattern in SingleVictim)
        {
            foreach (var m in ReferenceEquals(pattern, SingleBareGated) ? SingleBareMatchesIn(text, windows) : pattern.MatchesIn(text, windows))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (found.Any(f => f.Span.Overlaps(span))) continue;
                var victim = m.Groups["victim"];
                var single = new CasualtyMention(span, CasualtyKind.Killed, 1, false, victim.Success ? victim.Value : null,
                    victim.Success ? new TextSpan(victim.Index, victim.Index + victim.Length) : null, IsTotal: true);
                found.Add(single);
                // Companions who died with the victim are counted beside him, so he is counted too, not stated as a floor.
                if (AlongWith(single)) found[found.IndexOf(single)] = single with { IsTotal = false };
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // single-bare's gate; its matches are found by SingleBareMatchesIn, not by the gate's scan.
    internal static readonly Lexicons.GatedRegex SingleBareGated = new(() => SingleBare);

    // What the words beside a phrase say about it.
    internal static readonly Lexicons.GatedRegex[] SingleVictim =
        [new(() => SinglePassive), new(() => SingleHeadline), new(() => SingleDefinite), SingleBareGated, new(() => SingleLaterDeath), new(() => SingleObject),
            new(() => SingleBody), new(() => SingleNamed)];

    // The characters after which single-bare's look-behind opens a clause (with spaces between).
    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create(".;:!?\n");

    /// <summary>The matches <c>SingleBareGated.MatchesIn(text, windows)</c> gives, found by trying single-bare only where a clause opens.</summary>
    /// <remarks>
    /// single-bare opens with "the text's start, or after a stop and spaces" and then a word: a look-behind the regex
    /// engine cannot search for, so its scan tried the row at every letter of every sentence holding a death word.
    /// A match can start only at the text's start or at the first character after a stop and its spaces (a space opens
    /// no word), so single-bare-at, the row behind \G, is tried there alone, on the input the scan read (the text up to
    /// the window's end, so the look-behind sees what came before the window), moving on from the end of each match as
    /// the scan did; each match is then read from the whole text at its start, as GatedRegex does.
    /// </remarks>
    internal static List<Match> SingleBareMatchesIn(string text, IReadOnlyList<TextSpan> windows)
    {
        var found = new List<Match>();
        if (!SingleBareGated.MayMatch(text)) return found;
        foreach (var w in windows)
        {
            var at = ClauseStart(text, w.Start, w.End);
            if (at < 0 || !SingleBareGated.MayMatch(text.AsSpan(w.Start, w.End - w.Start))) continue;
            var input = text.AsSpan(0, w.End);
            var anchored = SingleBareAt;
            for (; at >= 0; at = at < w.End ? ClauseStart(text, at, w.End) : -1)
            {
                var length = -1;
                foreach (var vm in anchored.EnumerateMatches(input, at))
                {
                    length = vm.Length;
                    break;
                }
                if (length < 0)
                {
                    at++;
                    continue;
                }
                var m = SingleBare.Match(text, at);
                if (m.Success && m.Index == at && m.Index + m.Length <= w.End) found.Add(m);
                // The scan goes on from the match's end (an empty one moves it one on, as Regex does).
                at += Math.Max(length, 1);
            }
        }
        return found;
    }

    /// <summary>The first place at or after <paramref name="from"/>, before <paramref name="end"/>, where single-bare's start
    /// holds and a character other than a space follows; -1 if none.</summary>
    private static int ClauseStart(string text, int from, int end)
    {
        var p = from;
        while (p < end && IsSpaceInLine(text[p])) p++;
        if (p >= end) return -1;
        if (p == 0 || AfterClauseStop(text, p)) return p;
        // A later start has a stop before its spaces, at or after p (p is no space).
        var q = text.AsSpan(p, end - p).IndexOfAny(ClauseStops);
        if (q < 0) return -1;
        var s = p + q + 1;
        while (s < end && IsSpaceInLine(text[s])) s++;
        return s < end ? s : -1;
    }

    // Whether the look-behind (?<=[.;:!?\n][^\S\n]*) holds at p.
    private static bool AfterClauseStop(string text, int p)
    {
        var k = p - 1;
        while (k >= 0 && IsSpaceInLine(text[k])) k--;
        return k >= 0 && ClauseStops.Contains(text[k]);
    }

    // [^\S\n]: what the regex's \s matches (char.IsWhiteSpace), but a line end.
    private static bool IsSpaceInLine(char c) => c != '\n' && char.IsWhiteSpace(c);
    internal static readonly Lexicons.GatedRegex PronounVictimGated = new(PronounVictim);
    // pronoun-victims' required words, asked of the whole report before its sentences are scanned one by one.
    internal static readonly Lexicons.GatedRegex PronounVictimsGate = new(PronounVictims);
    internal static readonly Lexicons.GatedRegex SinglePairGated = new(() => SinglePair);

    // The kind of casualty a verb tells, in the order asked; a verb none of them matches tells a death.
    private static readonly (Regex Verb, CasualtyKind Kind)[] Kinds =
    [
        (KindInjured, CasualtyKind.Injured), (KindAbducted, CasualtyKind.Abducted), (KindArrested, CasualtyKind.Arrested), (KindCaptured, CasualtyKind.Captured),
    ];

    // Every word the count pattern spells: a count that starts with a word starts with one of these.
    internal static readonly HashSet<string> CountWords = new(Regex.Matches(Words.Text("number-phrase"), "[a-z]+").Select(m => m.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountStarters = CountWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per opening of a count word (its first letter alone for a one-letter word, else its first two letters, case
    // folded, a-z), a bit for each length (1 to 31; bit 31 for longer) of the count words that open so.
    private static readonly int[] CountWordShapes = Shapes(CountWords);

    private static int[] Shapes(IEnumerable<string> words)
    {
        var shapes = new int[26 + 26 * 26];
        foreach (var w in words)
        {
            // Every count word is spelled in a-z (CountWords reads [a-z]+), so each has a slot.
            shapes[Opening(w)] |= 1 << Math.Min(w.Length, 31);
        }
        return shapes;
    }

    // The slot of an ASCII word's opening in CountWordShapes.
    private static int Opening(ReadOnlySpan<char> w) =>
        w.Length == 1 ? (w[0] | 0x20) - 'a' : 26 + ((w[0] | 0x20) - 'a') * 26 + (w[1] | 0x20) - 'a';

    /// <summary>False only where the ASCII letters <paramref name="word"/> are no count word (CountStarters holds none so opening and so long).</summary>
    internal static bool MayBeCountWord(ReadOnlySpan<char> word) =>
        (CountWordShapes[Opening(word)] & (1 << Math.Min(word.Length, 31))) != 0;

    /// <summary>Where casualty words start and where counts start: the only places a casualty phrase can begin.</summary>
    internal static (List<int> Words, List<int> Counts) Anchors(string text)
    {
        var words = CasualtyWordStarts(text);
        if (words.Count == 0) return (words, []);
        var counts = new List<int>();
        var countAt = CountAt();
        var ascii = System.Text.Ascii.IsValid(text);
        // Counts begin at word starts; trying the count pattern only there is much cheaper than scanning every character.
        // Each run of letters and digits is stepped over whole, so every position reached inside the loop body starts one.
        for (var i = 0; i < text.Length; SkipRun(text, ref i))
        {
            if (!char.IsLetterOrDigit(text[i])) continue;
            if (!char.IsDigit(text[i]))
            {
                var j = i;
                while (j < text.Length && char.IsLetter(text[j])) j++;
                // On ASCII text a word whose first two letters and length no count word has is ruled out by one table
                // look-up: most words of a report, which the literal and hash checks below compared one by one.
                if (ascii && !MayBeCountWord(text.AsSpan(i, j - i))) continue;
                if (ascii && !CountMayStart(text.AsSpan(i))) continue;
                if (!CountStarters.Contains(text.AsSpan(i, j - i))) continue;
            }
            // "on 21/12", "on May 27": a number beside a slash and digits, or a day after a month's name, is a date, not a count.
            if (char.IsDigit(text[i]) && IsDateNumber(text, i)) continue;
            // "50,000", "2.5": digits after a separator continue the number before them.
            if (char.IsDigit(text[i]) && i >= 2 && text[i - 1] is ',' or '.' && char.IsDigit(text[i - 2])) continue;
            var m = countAt.Match(text, i);
            if (!m.Success) continue;
            counts.Add(m.Index);
            // "at least 6": the bare count may start a phrase too.
            var num = m.Groups[CountNumGroup];
            if (num.Success && num.Index != m.Index) counts.Add(num.Index);
        }
        return (words, SortedDistinct(counts));
    }

    /// <summary>Whether the digits at <paramref name="i"/> are part of a date: joined by a slash to other digits ("21/12",
    /// "24/02/2018"), or a day of one or two digits beside a month's name ("May 27", "3 March 2020").</summary>
    private static bool IsDateNumber(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsDigit(text[end])) end++;
        if ((i >= 2 && text[i - 1] == '/' && char.IsDigit(text[i - 2])) || (end + 1 < text.Length && text[end] == '/' && char.IsDigit(text[end + 1])))
            return true;
        return end - i <= 2 && (IsDayAfterMonth(text, i) || IsDayBeforeMonth(text, end));
    }

    /// <summary>Whether the day starting at <paramref name="i"/> follows a month's name ("May 27 in revenge for ...").</summary>
    /// <remarks>Not after a full stop ("in August. 71 killed", "12 Sep. 4 killed") nor after a month that already has its day ("12 Sep 4 killed").</remarks>
    private static bool IsDayAfterMonth(string text, int i)
    {
        var from = Math.Max(0, i - 12);
        var m = MonthBefore.Match(text, from, i - from);
        if (!m.Success || m.Value.Contains('.')) return false;
        var before = text.AsSpan(0, m.Index).TrimEnd();
        return before.Length == 0 || !char.IsDigit(before[^1]);
    }

    /// <summary>Whether the day ending at <paramref name="end"/> comes before a month's name that a year, a comma or a stop follows ("On 3 March 12 people ...").</summary>
    /// <remarks>The words after the month tell the date from "3 may have died".</remarks>
    private static bool IsDayBeforeMonth(string text, int end)
    {
        var m = MonthAfter.Match(text, end, Math.Min(12, text.Length - end));
        if (!m.Success) return false;
        var rest = text.AsSpan(m.Index + m.Length).TrimStart(' ');
        return rest.Length == 0 || char.IsDigit(rest[0]) || rest[0] is ',' or '.';
    }

    // Deaths told as before this event ("two days after the gunmen executed 20") or as a war's whole toll ("a civil war that
    // killed an estimated 400,000 people"): not its toll.
    private static bool TollOfAnotherTime(string text, int at) =>
        EarlierDeathBefore.IsMatch(Before(text, at, 60)) || WarTollBefore.IsMatch(Before(text, at, 90));

    /// <summary>"between 35 and 50", "5-7": the lower bound of a range that ends with the number at <paramref name="numAt"/>,
    /// and where the range starts, when that bound is below <paramref name="count"/>.</summary>
    private static (int Low, int At)? RangeLowBefore(string text, int numAt, int count)
    {
        var lead = Before(text, numAt, 30);
        var range = RangeBefore.Match(lead.ToString());
        return range.Success && Numbers.Parse(range.Groups["low"].Value) is { } low && low.Value < count
            ? (low.Value, numAt - lead.Length + range.Index)
            : null;
    }

    /// <summary>The (at most) <paramref name="length"/> characters of <paramref name="text"/> that end at <paramref name="at"/>: the words a check reads before a phrase.</summary>
    private static ReadOnlySpan<char> Before(string text, int at, int length) => text.AsSpan(Math.Max(0, at - length), Math.Min(length, at));

    /// <summary>Moves <paramref name="i"/> past the character there and, if that was a letter or digit, past the rest of its run.</summary>
    private static void SkipRun(string text, ref int i)
    {
        if (!char.IsLetterOrDigit(text[i++])) return;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
    }

    /// <summary>Where CasualtyWord matches, in order.</summary>
    /// <remarks>The unanchored scan tried the alternation at nearly every letter; on ASCII text (where \w is [A-Za-z0-9_]
    /// and case folding is plain) a word is judged whole instead. Other text keeps the regex.</remarks>
    internal static List<int> CasualtyWordStarts(string text)
    {
        var words = new List<int>();
        if (!System.Text.Ascii.IsValid(text))
        {
            foreach (var w in CasualtyWord().EnumerateMatches(text)) words.Add(w.Index);
            return words;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAsciiWordChar(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && IsAsciiWordChar(text[end])) end++;
            if (MayBeCasualtyWord(text.AsSpan(i, end - i)) && IsCasualtyWord(text.AsSpan(i, end - i))) words.Add(i);
            i = end;
        }
        return words;
    }

    internal static bool IsCasualtyWord(ReadOnlySpan<char> word) =>
        char.IsAsciiLetter(word[0]) && (StartsWithAny(word, CasualtyStemsByLetter) || CasualtyWholeWords.Contains(word));

    private static readonly string[][] CasualtyStemsByLetter = ByFirstLetter(CasualtyStems);

    // The first two letters (case folded, a-z twice) of every casualty stem and whole word, and the length of the shortest:
    // most words of a report share their first two letters with none, and are ruled out without comparing them with any.
    // Null when a stem or whole word is shorter than two letters or opens with other characters (then every word is compared).
    private static readonly (bool[]? Pairs, int Shortest) CasualtyWordOpenings = Openings(CasualtyStems.Concat(CasualtyWholeWords.Set));

    private static (bool[]? Pairs, int Shortest) Openings(IEnumerable<string> words)
    {
        var pairs = new bool[26 * 26];
        var shortest = int.MaxValue;
        foreach (var w in words)
        {
            if (w.Length < 2 || !char.IsAsciiLetter(w[0]) || !char.IsAsciiLetter(w[1])) return (null, 0);
            pairs[((w[0] | 0x20) - 'a') * 26 + (w[1] | 0x20) - 'a'] = true;
            shortest = Math.Min(shortest, w.Length);
        }
        return (pairs, shortest);
    }

    /// <summary>False only where ASCII <paramref name="word"/> is no casualty word (<see cref="IsCasualtyWord"/>): it is shorter
    /// than every stem and whole word, or opens with two letters none of them opens with.</summary>
    private static bool MayBeCasualtyWord(ReadOnlySpan<char> word)
    {
        var (pairs, shortest) = CasualtyWordOpenings;
        if (pairs is null) return true;
        return word.Length >= shortest && char.IsAsciiLetter(word[0]) && char.IsAsciiLetter(word[1])
            && pairs[((word[0] | 0x20) - 'a') * 26 + (word[1] | 0x20) - 'a'];
    }

    /// <summary>ASCII words grouped by first letter (a-z), so a word is compared only with those that share its first letter.</summary>
    private static string[][] ByFirstLetter(string[] words)
    {
        var groups = new string[26][];
        for (var c = 'a'; c <= 'z'; c++) groups[c - 'a'] = words.Where(w => char.ToLowerInvariant(w[0]) == c).ToArray();
        return groups;
    }

    /// <summary>Whether ASCII <paramref name="s"/> starts (ignoring case) with a word of <paramref name="byLetter"/>.</summary>
    private static bool StartsWithAny(ReadOnlySpan<char> s, string[][] byLetter)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0])) return false;
        foreach (var w in byLetter[(s[0] | 0x20) - 'a'])
            if (s.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // Every literal a count can start with (the qualifier's, or the number's when there is no qualifier), by first letter.
    private static readonly string[][] CountLiteralsByLetter = ByFirstLetter(CountStarts);

    /// <summary>Whether ASCII text starting with <paramref name="s"/> can start a count ("a" and "an" pass; "of" and "to" do not).</summary>
    internal static bool CountMayStart(ReadOnlySpan<char> s) => StartsWithAny(s, CountLiteralsByLetter);



    /// <summary>
    /// Whether ASCII <paramref name="s"/> ends (at its end, or before a final newline, as `$` allows) with one of
    /// <paramref name="ends"/> and then spaces (at least one if <paramref name="needSpace"/>).
    /// </summary>
    /// <remarks>SubsetBefore and ListedBefore end in such a word and `$`; they scan their whole window, so ruling them out
    /// from its end first is much cheaper.</remarks>
    internal static bool EndsWithWordThenSpace(ReadOnlySpan<char> s, string[] ends, bool needSpace)
    {
        for (var cut = 0; cut < 2; cut++)
        {
            var e = s.Length;
            if (cut == 1)
            {
                if (e == 0 || s[e - 1] != '\n') break;
                e--;
            }
            var k = e;
            while (k > 0 && s[k - 1] != '\n' && char.IsWhiteSpace(s[k - 1])) k--;
            if (needSpace && k == e) continue;
            foreach (var w in ends)
                if (s[..k].EndsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether ASCII text at <paramref name="at"/> can start ListedAfter: spaces, a comma, then "and", "as well as" or "along with".</summary>
    internal static bool ListMayFollow(string text, int at)
    {
        var k = at;
        while (k < text.Length && text[k] != '\n' && char.IsWhiteSpace(text[k])) k++;
        if (k < text.Length && text[k] == ',')
        {
            k++;
            while (k < text.Length && text[k] != '\n' && char.IsWhiteSpace(text[k])) k++;
        }
        var rest = text.AsSpan(k);
        // "2 militants of Ahrar al-Sham and 2 fighters of ...": the first group's "of" phrase may stand between.
        foreach (var w in ListGroupOf)
            if (rest.Length > w.Length && rest.StartsWith(w, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(rest[w.Length])) return true;
        foreach (var w in ListJoiner)
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly int CountNumGroup = CountAt().GroupNumberFromName("num");

    private static List<int> SortedDistinct(List<int> list)
    {
        if (list.Count < 2) return list;
        list.Sort();
        var n = 1;
        for (var k = 1; k < list.Count; k++)
            if (list[k] != list[n - 1]) list[n++] = list[k];
        list.RemoveRange(n, list.Count - n);
        return list;
    }

    /// <summary>The union of two sorted, distinct lists, sorted.</summary>
    private static List<int> Merge(List<int> a, List<int> b)
    {
        var all = new List<int>(a.Count + b.Count);
        all.AddRange(a);
        all.AddRange(b);
        return SortedDistinct(all);
    }

    /// <summary>False only where TollPattern cannot match at <paramref name="at"/>.</summary>
    internal static bool TollMayMatch(string text, int at)
    {
        var end = at;
        var ascii = true;
        for (; end < text.Length && char.IsLetter(text[end]); end++) ascii &= char.IsAscii(text[end]);
        var word = text.AsSpan(at, end - at);
        if (!ascii) return true;
        foreach (var w in TollStarts)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        // Otherwise only the count form: a count, then a toll noun after a space.
        return WordAhead(text, at, TollNounStemSet);
    }

    /// <summary>Whether the letters at <paramref name="at"/> start with one of <paramref name="stems"/> (or are not plain ASCII).</summary>
    internal static bool StartsWithAny(string text, int at, string[] stems) => StartsWithAny(text, at, new Stems(stems));

    /// <summary>As <see cref="WordAhead(string, int, Stems)"/>, for a list of stems asked once.</summary>
    internal static bool WordAhead(string text, int from, string[] stems) => WordAhead(text, from, new Stems(stems));

    private static readonly Stems VerbThenCountStems = new(VerbThenCountStarts);
    private static readonly Stems CountThenVerbStems = new(CountThenVerbVerbs);
    private static readonly Stems TollNounStemSet = new(TollNounStems);

    /// <summary>Stems grouped by first letter: a word is compared only with the stems that share its first letter.</summary>
    /// <remarks>The casualty anchors ask whether a word starts with a stem at nearly every word of a report; comparing
    /// it with every stem of a long list was most of that. Stems not opening with an ASCII letter stay in one list asked
    /// of every word.</remarks>
    internal sealed class Stems
    {
        private readonly string[][] _byLetter;
        private readonly string[] _others;

        public Stems(string[] stems)
        {
            _byLetter = ByFirstLetter(stems.Where(w => w.Length > 0 && char.IsAsciiLetter(w[0])).ToArray());
            _others = stems.Where(w => w.Length == 0 || !char.IsAsciiLetter(w[0])).ToArray();
        }

        /// <summary>Whether ASCII <paramref name="word"/> starts (ignoring case) with one of the stems.</summary>
        public bool AnyStarts(ReadOnlySpan<char> word)
        {
            if (StartsWithAny(word, _byLetter)) return true;
            foreach (var stem in _others)
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }

    private static bool StartsWithAny(string text, int at, Stems stems)
    {
        var end = at;
        var ascii = true;
        for (; end < text.Length && char.IsLetter(text[end]); end++) ascii &= char.IsAscii(text[end]);
        if (!ascii) return true;
        return stems.AnyStarts(text.AsSpan(at, end - at));
    }

    /// <summary>
    /// Whether a word starting with one of <paramref name="stems"/> follows a space after <paramref name="from"/> before the
    /// phrase must end (a newline, or punctuation other than a comma, a slash, a bracket, an apostrophe or a hyphen).
    /// </summary>
    /// <remarks>The count-first patterns only run through words, spaces and numbers to their verb or noun, so a position
    /// with none ahead cannot match; proving it is much cheaper than the patterns' bounded-loop backtracking.</remarks>
    internal static bool WordAhead(string text, int from, Stems stems)
    {
        for (var k = from; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '\n') return false;
            // A bracket may hold anything but brackets and line ends ("(coded as Jan.)"), as the phrase's pattern allows.
            if (c == '(' && text.IndexOfAny(BracketStops, k + 1, Math.Min(61, text.Length - k - 1)) is var close && close > k && text[close] == ')')
            {
                k = close;
                continue;
            }
            if (char.IsLetter(c))
            {
                if (k > from && char.IsWhiteSpace(text[k - 1]) && StartsWithAny(text, k, stems)) return true;
                while (k + 1 < text.Length && char.IsLetter(text[k + 1])) k++;
            }
            // A comma, a slash or brackets may stand inside the phrase ("5 civilians, including 2 children, were killed",
            // "8 BH/IS fighters", "Six police (or seven) officers").
            else if (!(char.IsWhiteSpace(c) || c is '\'' or '-' or ',' or '/' or '(' or ')' || IsWordChar(c))) return false;
        }
        return false;
    }

    private static readonly char[] BracketStops = ['(', ')', '\n'];

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber
        or System.Globalization.UnicodeCategory.OtherNumber or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark
        or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>Whether the killing verb at <paramref name="verbAt"/> is one the victim escaped ("nearly killed").</summary>
    private static bool NearMiss(string text, int verbAt) =>
        NearMissBefore.IsMatch(Before(text, verbAt, 20));

    // The row reads the words before a count and the count as one text; both are short (30 characters and a count's
    // words), so they are joined on the stack rather than in a new string for every candidate.
    private static bool NobodyBefore(ReadOnlySpan<char> before, string count)
    {
        var length = before.Length + count.Length;
        Span<char> joined = length <= 128 ? stackalloc char[length] : new char[length];
        before.CopyTo(joined);
        count.AsSpan().CopyTo(joined[before.Length..]);
        return Nobody.IsMatch(joined);
    }

    private static CasualtyKind? KindOf(string verb)
    {
        foreach (var (words, kind) in Kinds)
            if (words.IsMatch(verb)) return kind;
        return CasualtyKind.Killed;
    }
}
