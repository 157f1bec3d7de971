using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Finds counted casualty phrases ("at least 6 members ... died", "killing two civilians") and statements of none.</summary>
public static partial class CasualtyAnnotator
{
    private const string KilledVerb = @"killed|assassinated|dead|died|dies|die|slain|shot dead|shot to death|shot and killed|gunned down|lost (?:their|his|her) li(?:ves|fe)|perished|executed|massacred|murdered|beheaded|hacked to death|stabbed to death|burn(?:ed|t) to death|beaten to death|stoned to death|lynched|succumbed|neutrali[sz]ed|eliminated|liquidated";
    private const string InjuredVerb = @"injured|wounded|hurt|maimed|hospitali[sz]ed|sustained (?:serious |minor |gunshot )?(?:injuries|wounds)";
    private const string CapturedVerb = @"captured|taken prisoner|taken captive|seized";
    private const string AbductedVerb = @"abducted|kidnapped|taken hostage";
    private const string ArrestedVerb = @"arrested|detained|apprehended|taken into custody|nabbed|rounded up";

    // "6 members of the group died", "two civilians were killed"
    [GeneratedRegex(@"\G" + Numbers.Pattern + @"[^\S\n]+(?<np>(?:(?:(?!(?:and(?=[^\S\n]+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many|some|at|more|over|about|another)\b))|but|while|after|when|as|who|which|that|were|was)\b)[\w'/-]+[""]?|(?<!\b\d+[^\S\n]+)\([^()\n]{1,60}\))(?:,(?=[^\S\n]+(?:were|was|have|has|had|are)\b))?[^\S\n]+){0,9}?)(?:(?:were|was|have been|has been|had been|are|is|got|being|reportedly|allegedly|also|later|all|subsequently|critically|seriously|fatally|badly|slightly|severely|mortally|reported|confirmed|been|left|found)[^\S\n]+){0,3}[""]?(?<verb>" + KilledVerb + "|" + InjuredVerb + "|" + CapturedVerb + "|" + AbductedVerb + "|" + ArrestedVerb + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex CountThenVerbGenerated();

    // "killing two civilians", "neutralized over 20 militants", "left 3 dead"
    [GeneratedRegex(@"\G(?<verb>kill(?:ed|ing|s)?|assassinat(?:ed|ing|es)|injur(?:ed|ing|es)|wound(?:ed|ing|s)|neutrali[sz](?:ed|ing|es)|eliminat(?:ed|ing|es)|claim(?:ed|ing|s) the li(?:ves|fe) of|left|leaving|leaves|abduct(?:ed|ing|s)|kidnapp?(?:ed|ing|s)|captur(?:ed|ing|es)|arrest(?:ed|ing|s)|detain(?:ed|ing|s)|execut(?:ed|ing|es)|behead(?:ed|ing|s)|massacr(?:ed|ing|es)|murder(?:ed|ing|s)|shot dead|shooting dead|shot to death|gunn(?:ed|ing) down|hurt|hurting|lynch(?:ed|es|ing)?|ston(?:e|ed|es|ing)|beat(?:s|ing)?|hack(?:ed|s|ing)?|burn(?:ed|t|s|ing)?|club(?:bed|s)?|stab(?:bed|s)?)[^\S\n]+[""]?" + Numbers.Pattern + @"\b(?<np>(?:[^\S\n]+(?!(?:and|but|while|after|when|as|in|on|at|near|during|of|from|with|by|to|inside|outside|who|which|that|dead|killed|injured|wounded|hurt|others?)\b)[\w'-]+){0,4})(?<after>[^\S\n]+(?:dead|killed|injured|wounded|hurt|others?|people|persons|to death))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex VerbThenCountGenerated();

    // "the killing of 7 civilians", "the death toll rose to 7", "7 fatalities", "3 deaths": the toll pattern's
    // alternatives, tried in this order; the first that matches wins, as in one alternation.
    private const string TollOfAlt = @"\G(?:(?:the[^\S\n]+)?(?<kverb>killing|killings|deaths?|wounding|injuring|injury|injuries|bod(?:y|ies)|corpses?|remains)[^\S\n]+of[^\S\n]+" + Numbers.Pattern + @"\b(?<np>(?:[^\S\n]+(?!(?:and|but|while|after|when|as|in|on|at|near|during|of|from|with|by|to|inside|outside|was|were)\b)[\w'-]+){0,4}))";
    private const string TollRoseAlt = @"\G(?:death toll|toll|number of (?:the )?dead|number of (?:the )?deaths)[^\S\n]+(?:has |had )?(?:rose|risen|rises|climbed|reached|stood|stands|increased|jumped|was|is|of|at|to)[^\S\n]+(?:to[^\S\n]+|at[^\S\n]+)?" + Numbers.Pattern;
    private const string TollCountAlt = @"\G" + Numbers.Pattern + @"[^\S\n]+(?:\w+[^\S\n]+)?(?<noun>fatalities|fatality|deaths|death|dead bodies|dead body|bodies|body|corpses|corpse|killed|dead|injuries|injury|injured|wounded)\b(?![^\S\n]+(?:were|was)[^\S\n]+(?:reported[^\S\n]+)?(?:in|on)\b)";

    /// <summary>The toll pattern as one alternation: what the split patterns below must agree with.</summary>
    internal const string TollPatternText = TollOfAlt + "|" + TollRoseAlt + "|" + TollCountAlt;

    internal const RegexOptions TollOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // As one alternation the generated matcher was too large for the JIT to optimise (it ran as MinOpts code).
    [GeneratedRegex(TollOfAlt, TollOptions)] private static partial Regex TollOfGenerated();
    [GeneratedRegex(TollRoseAlt, TollOptions)] private static partial Regex TollRoseGenerated();
    [GeneratedRegex(TollCountAlt, TollOptions)] private static partial Regex TollCountGenerated();

    /// <summary>The match the whole toll pattern, anchored at <paramref name="at"/>, would give; an unsuccessful match if none.</summary>
    internal static Match TollAt(string text, int at)
    {
        var m = Lexicons.RegexCompilation.FirstUse(TollOfGenerated()).Match(text, at);
        if (m.Success) return m;
        m = Lexicons.RegexCompilation.FirstUse(TollRoseGenerated()).Match(text, at);
        return m.Success ? m : Lexicons.RegexCompilation.FirstUse(TollCountGenerated()).Match(text, at);
    }

    [GeneratedRegex(@"\G[^\S\n]*(?:of[^\S\n]+(?:[\w'-]+[^\S\n]+){1,4}?)?(?:,[^\S\n]*)?(?:and|as well as|along with)[^\S\n]+(?:his|her|their|its|the)?[^\S\n]*" + Numbers.Pattern + @"[^\S\n]+(?<np>[\w'-]+(?:[^\S\n]+(?!(?:and|but|while|after|when|as|in|on|at|near|during|of|from|with|by|to|were|was|who|that)\b)[\w'-]+){0,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex ListedAfterGenerated();

    [GeneratedRegex(@"\b" + Numbers.Pattern + @"[^\S\n]+(?<np>(?:(?!(?:and|but|while|after|when|as|in|on|at|were|was)\b)[\w'-]+(?:[^\S\n]+|(?=,[^\S\n]+and\b))){1,5}?)(?:and|as well as|,|, and)[^\S\n]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex ListedBeforeGenerated();

    [GeneratedRegex(@"\b(?:including|among them|among whom|of whom|of them|among those|among the dead|among the victims)[^\S\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SubsetBeforeGenerated();

    // Nouns that show the counted thing is not people.
    [GeneratedRegex(@"\b(?:strikes?|raids?|shells?|rockets?|missiles?|mortars?|bombs?|IEDs?|mines?|attacks?|vehicles?|cars?|tanks?|trucks?|buses|houses?|homes?|buildings?|days?|hours?|weeks?|months?|years?|yrs?|km|kilometers?|kilometres?|miles?|meters?|villages?|towns?|positions?|points?|checkpoints?|times|rounds|shots|explosions?|blasts?|incidents?|(?:cattle|cows|goats|camels|sheep|livestock)(?![^\S\n]+(?:thie\w*|rustl\w*|raid\w*|herd\w*|keep\w*|trad\w*|own\w*|farm\w*))|animals|heads|shops|guns|rifles|firearms|weapons|of the \d+)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPeopleGenerated();

    [GeneratedRegex(@"^[^\S\n]*(?:(?:a|an|the|of|per[^\S\n]*cent|percent|%|year|years|yrs?|month|months)\b|-year-old|-\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BadAfterNumberGenerated();

    /// <summary>Casualty phrases in <paramref name="text"/>.</summary>
    public static IReadOnlyList<CasualtyMention> Annotate(string text)
    {
        var found = new List<CasualtyMention>();
        // The phrase patterns are costly to try at every word, so they are tried only where a count or a casualty word starts.
        var (words, counts) = Anchors(text);
        if (words.Count == 0) return found;
        // The checks that skip pattern attempts compare ASCII case-insensitively, which is exact only on ASCII text.
        var ascii = System.Text.Ascii.IsValid(text);
        bool Add(Match m, string verb, string numText, string qual, string np, Group npGroup, string? afterWord)
        {
            var parsed = Numbers.Parse(numText);
            if (parsed is null) return false;
            // The checks read the phrase without an age in it ("a 31-year-old man" is one man, not years).
            var phrase = AgeInPhrase.Replace(np, " ");
            if (Lexicons.RegexCompilation.FirstUse(NotPeopleGenerated()).IsMatch(phrase)) return false;
            var (count, vague) = parsed.Value;
            // A year is not a head count.
            if (numText.Length == 4 && count is >= 1900 and <= 2100) return false;
            var lowerNum = numText.ToLowerInvariant();
            // "a" counts one only before a singular head noun ("a member of the rebels", not "a number of rebels").
            var npWords = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = npWords.FirstOrDefault() ?? "";
            // "As a result 15 militants were killed": the figure in the phrase is the count, not "a".
            if (lowerNum is "a" or "an" && npWords.Any(w => w.All(char.IsDigit))) return false;
            if ((lowerNum is "a" or "an" or "other" or "single" && npWords.Length == 0)
                || (lowerNum is "a" or "an" or "another" or "other" or "single" && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal))) return false;
            var before = text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index));
            // "one of them was shot dead" is one of a group counted already.
            if (OfGroupCounted.IsMatch(np)) return false;
            // "no one was killed" counts nobody.
            if (lowerNum == "one" && qual.Length == 0 && (before.EndsWith("no ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("not ", StringComparison.OrdinalIgnoreCase))) return false;
            if ((!ascii || EndsWithWordThenSpace(before, SubsetEnds, false)) && Lexicons.RegexCompilation.FirstUse(SubsetBeforeGenerated()).IsMatch(before)) return false;
            var kind = KindOf(afterWord ?? verb);
            if (kind is null) return false;
            if (kind == CasualtyKind.Injured && FatalWound.IsMatch(m.Value)) kind = CasualtyKind.Killed;
            var uncertain = Patterns.IsMatch(verb, "neutrali|eliminat|liquidat");
            // "more than 20" is conservatively 20; "up to 10" is a maximum, kept as the figure but uncertain.
            if (qual.Equals("up to", StringComparison.OrdinalIgnoreCase) || qual.Equals("as many as", StringComparison.OrdinalIgnoreCase)) uncertain = true;
            var startAt = m.Index;
            while (startAt < m.Index + m.Length && char.IsWhiteSpace(text[startAt])) startAt++;
            // "between 35 and 50 civilians were killed": the range's lower bound is the figure, and the phrase starts with it.
            if (qual.Length == 0 && text.AsSpan(startAt).StartsWith(numText, StringComparison.OrdinalIgnoreCase))
            {
                var lead = text.AsSpan(Math.Max(0, startAt - 30), Math.Min(30, startAt));
                var range = RangeBefore.Match(lead.ToString());
                if (range.Success && Numbers.Parse(range.Groups["low"].Value) is { } low && low.Value < count)
                {
                    count = low.Value;
                    startAt = startAt - lead.Length + range.Index;
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
            var aside = np.IndexOfAny(['(', ',']);
            var victimText = aside >= 0 ? np[..aside] : np;
            var victims = victimText.Trim().TrimEnd(',');
            TextSpan? victimSpan = victims.Length > 0 && npGroup.Success ? new TextSpan(npGroup.Index + (victimText.Length - victimText.TrimStart().Length), npGroup.Index + victimText.TrimEnd().TrimEnd(',').Length) : null;
            found.Add(new CasualtyMention(span, kind.Value, count, uncertain, victims.Length > 0 ? victims : null, victimSpan));
            return true;
        }

        var verbFirst = new HashSet<CasualtyMention>(ReferenceEqualityComparer.Instance);
        // A rejected match ("other sources say ...") must not hide a good one inside it, so scanning resumes one character on.
        foreach (var at in words)
        {
            if (!StartsWithAny(text, at, VerbThenCountStems)) continue;
            var m = Lexicons.RegexCompilation.FirstUse(VerbThenCountGenerated()).Match(text, at);
            if (!m.Success) continue;
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            var after = m.Groups["after"].Success ? m.Groups["after"].Value.Trim().ToLowerInvariant() : null;
            // "stoned two robbers to death": these verbs kill only with "to death"; a lynching kills.
            if (KillsOnlyToDeath.IsMatch(verb))
            {
                if (after != "to death") continue;
            }
            else if (verb is "left" or "leaving" or "leaves")
            {
                if (after is null or "others" or "other" or "people" or "persons") continue;
            }
            else if (after is "dead" or "killed" or "injured" or "wounded" or "hurt" or "to death") { /* "killing 3, wounding 4 injured" */ }
            else after = null;
            var np = m.Groups["np"].Value;
            if (Lexicons.RegexCompilation.FirstUse(BadAfterNumberGenerated()).IsMatch(np) && !Patterns.IsMatch(m.Groups["num"].Value, "^(?:a|an)$")) continue;
            if (Add(m, verb, m.Groups["num"].Value, m.Groups["qual"].Value, np, m.Groups["np"], after)) verbFirst.Add(found[^1]);
        }
        // "shot him dead", "killed her": one victim named by a pronoun.
        foreach (var m in PronounVictimGated.Matches(text))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (found.Any(f => f.Span.Overlaps(span))) continue;
            found.Add(new CasualtyMention(span, CasualtyKind.Killed, 1, false, null, null));
            verbFirst.Add(found[^1]);
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
                    var lm = Lexicons.RegexCompilation.FirstUse(ListedAfterGenerated()).Match(text, at, Math.Min(90, text.Length - at));
                    if (!lm.Success) break;
                    var parsed = Numbers.Parse(lm.Groups["num"].Value);
                    var np = lm.Groups["np"].Value;
                    if (parsed is null || np.Length == 0 || Lexicons.RegexCompilation.FirstUse(NotPeopleGenerated()).IsMatch(np)) break;
                    var listed = new TextSpan(lm.Groups["num"].Index, lm.Index + lm.Length);
                    if (found.Any(f => f.Span.Overlaps(listed))) break;
                    // "killed 3 people, and 12 others were injured": a count with a verb of its own is no object of this one.
                    if (OwnPredicateAfter.IsMatch(text.AsSpan(listed.End, Math.Min(30, text.Length - listed.End)))) break;
                    // "leaving 1 civilian killed and 2 others injured": a listed count that says its own fate has that one.
                    var kind = np.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => OwnFate.IsMatch(w) ? KindOf(w) : null).LastOrDefault(k => k is not null) ?? c.Kind;
                    found.Add(new CasualtyMention(listed, kind, parsed.Value.Value, c.Uncertain, np.Trim(), new TextSpan(lm.Groups["np"].Index, lm.Groups["np"].Index + np.TrimEnd().Length)));
                    at = lm.Index + lm.Length;
                }
            }
        }

        foreach (var at in counts)
        {
            if (!WordAhead(text, at, VerbStems)) continue;
            var m = Lexicons.RegexCompilation.FirstUse(CountThenVerbGenerated()).Match(text, at);
            if (!m.Success) continue;
            var np = m.Groups["np"].Value;
            // "killed 3 people" is the other pattern's; here a verb must not precede the count directly.
            Add(m, m.Groups["verb"].Value.ToLowerInvariant(), m.Groups["num"].Value, m.Groups["qual"].Value, np, m.Groups["np"], null);
        }
        // "six soldiers and four militants were killed": earlier counts in the same list share the verb. A mention that opens
        // with its verb ("kill an Imam") has its subject before it, not a list: "three gunmen shoot and kill an Imam".
        foreach (var c in found.ToList())
        {
            if (verbFirst.Contains(c)) continue;
            var at = c.Span.Start;
            for (var guard = 0; guard < 4; guard++)
            {
                if (ascii && !EndsWithWordThenSpace(text.AsSpan(Math.Max(0, at - 90), Math.Min(90, at)), ListEnds, true)) break;
                var window = text[Math.Max(0, at - 90)..at];
                var lm = Lexicons.RegexCompilation.FirstUse(ListedBeforeGenerated()).Match(window);
                if (!lm.Success) break;
                var parsed = Numbers.Parse(lm.Groups["num"].Value);
                var np = lm.Groups["np"].Value;
                if (parsed is null || Lexicons.RegexCompilation.FirstUse(NotPeopleGenerated()).IsMatch(np) || lm.Groups["num"].Value.ToLowerInvariant() is "a" or "an" or "another" or "other") break;
                var start = at - window.Length + lm.Index;
                var npGroup = lm.Groups["np"];
                var listed = new TextSpan(start, start + npGroup.Index + npGroup.Value.TrimEnd().Length - lm.Index);
                if (found.Any(f => f.Span.Overlaps(listed))) break;
                found.Add(new CasualtyMention(listed, c.Kind, parsed.Value.Value, c.Uncertain, np.Trim(), null));
                at = start;
            }
        }
        foreach (var at in Merge(words, counts))
        {
            if (!TollMayMatch(text, at)) continue;
            var m = TollAt(text, at);
            if (!m.Success) continue;
            var noun = m.Groups["noun"].Success ? m.Groups["noun"].Value.ToLowerInvariant() : m.Groups["kverb"].Success ? m.Groups["kverb"].Value.ToLowerInvariant() : "killed";
            // "to protest the killing of a student", "in reaction to the death of": the death is what the event answers.
            if (m.Groups["kverb"].Success && TollAsCause.IsMatch(text.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index)))) continue;
            var kindWord = noun is "injuries" or "injury" or "injured" or "wounded" or "wounding" or "injuring" ? "injured" : "killed";
            var before = found.Count;
            Add(m, kindWord, m.Groups["num"].Value, m.Groups["qual"].Value, m.Groups["np"].Value, m.Groups["np"], null);
            // "2 fatalities", "the toll rose to 7": a total, unless it names whose ("the bodies of 5 members").
            // "4 more bodies were found": more of the dead, added to the count before, not a total.
            if (found.Count > before && m.Groups["np"].Value.Trim().Length == 0 && !m.Groups["kverb"].Success && !Lexicons.RegexCompilation.FirstUse(AddsMoreGenerated()).IsMatch(m.Value))
                found[^1] = found[^1] with { IsTotal = true };
            // "the death of 21 Islamic State and 46 regime fighters": the list goes on after the toll too.
            else if (found.Count > before) ExtendListsAfter([found[^1]]);
        }
        // "was shot dead", "Mob kills suspected thief": one death at least, a floor that never adds to a stated count.
        foreach (var pattern in SingleVictim)
        {
            foreach (var m in pattern.Matches(text))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (found.Any(f => f.Span.Overlaps(span))) continue;
                var victim = m.Groups["victim"];
                found.Add(new CasualtyMention(span, CasualtyKind.Killed, 1, false, victim.Success ? victim.Value : null,
                    victim.Success ? new TextSpan(victim.Index, victim.Index + victim.Length) : null, IsTotal: true));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    [GeneratedRegex(@"\b(?:more|further|additional|other)\b(?!\s+than\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AddsMoreGenerated();

    [GeneratedRegex(@"\b(?:kill\w*|assassinat\w*|ston\w*|beat\w*|hack\w*|stab\w*|club\w*|dead|died|dies|die|deaths?|slain|shot|shooting|gunn\w*|lost|perish\w*|execut\w*|massacr\w*|murder\w*|behead\w*|hacked|stabbed|stoned|burn\w*|beaten|lynch\w*|succumb\w*|neutrali\w*|eliminat\w*|liquidat\w*|injur\w*|wound\w*|hurt\w*|maim\w*|hospitali\w*|sustain\w*|captur\w*|taken|seized|abduct\w*|kidnap\w*|arrest\w*|detain\w*|apprehend\w*|nabbed|rounded|toll|fatalit\w*|bod(?:y|ies)|corpses?|left|leaving|leaves|claim\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CasualtyWordGenerated();

    [GeneratedRegex(@"\G" + Numbers.Pattern + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex CountAtGenerated();

    // A verb that kills by itself, or one that kills only with "dead", "down" or "to death", before "him" or "her" ("killing
    // her" only as the object, not "for killing her husband"); "he later died", "who succumbed to his wounds"; or
    // one victim beaten, stoned or hacked to death ("a mob beat a suspected thief to death").
    [GeneratedRegex(@"\b(?:(?:killed|murdered|executed|lynched|beheaded|assassinated)[^\S\n]+(?:him|her)\b|killing[^\S\n]+(?:him|her)(?=[^\S\n]*(?:[.,;]|$|(?:and|as|while|in|on|at|near|with|instantly|immediately|outright)\b))|(?:shot|gunned|hacked|stabbed|beat|stoned|burned|burnt|clubbed)[^\S\n]+(?:him|her)[^\S\n]+(?:dead|down|to[^\S\n]+death)\b|\b(?:he|she|who)[^\S\n]+(?:later[^\S\n]+|subsequently[^\S\n]+|eventually[^\S\n]+)?(?:died|succumbed)[^\S\n]+(?:of|to|from)[^\S\n]+(?:his|her)[^\S\n]+(?:wounds|injuries)\b|\b(?:he|she)[^\S\n]+(?:later|subsequently|eventually)[^\S\n]+(?:died|succumbed)\b|(?:beat|hacked|stoned|clubbed|burned|burnt|stabbed|lynched)[^\S\n]+(?:a|an|one)[^\S\n]+(?:[\w'-]+[^\S\n]+){0,3}?(?:man|woman|boy|girl|person|suspect|thief|robber|trader|farmer|herder|villager|resident|driver|rider|student|teacher|child|youth|teenager|pastor|imam|chief|elder|soldier|officer|policeman|fighter|militant|member)[^\S\n]+to[^\S\n]+death\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounVictimGenerated();

    private static readonly Lexicons.PatternSet Words = Lexicons.PatternSet.Of("casualties.tsv");
    private static readonly Regex OwnFate = Words.Regex("listed-fate");
    private static readonly Regex TollAsCause = Words.Regex("toll-as-cause");
    private static readonly Regex KilledOrInjured = Words.Regex("killed-or-injured");
    private static readonly Regex AgeInPhrase = Words.Regex("age-in-phrase");
    private static readonly Regex FatalWound = Words.Regex("fatal-wound");
    internal static readonly Lexicons.GatedRegex[] SingleVictim =
        [new(Words.Regex("single-passive")), new(Words.Regex("single-headline")), new(Words.Regex("single-definite")), new(Words.Regex("single-bare")),
            new(Words.Regex("single-later-death")), new(Words.Regex("single-object")), new(Words.Regex("single-body"))];
    internal static readonly Lexicons.GatedRegex PronounVictimGated = new(Lexicons.RegexCompilation.FirstUse(PronounVictimGenerated()));
    private static readonly Regex OfGroupCounted = Words.Regex("of-group-counted");
    private static readonly Regex RangeBefore = Words.Regex("range-before");
    private static readonly Regex OwnPredicateAfter = Words.Regex("own-predicate-after");
    private static readonly Regex KillsOnlyToDeath = Words.Regex("kills-only-to-death");

    // Every word the count pattern spells: a count that starts with a word starts with one of these.
    private static readonly HashSet<string> CountWords = new(Regex.Matches(Numbers.Pattern, "[a-z]+").Select(m => m.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountStarters = CountWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where casualty words start and where counts start: the only places a casualty phrase can begin.</summary>
    private static (List<int> Words, List<int> Counts) Anchors(string text)
    {
        var words = CasualtyWordStarts(text);
        if (words.Count == 0) return (words, []);
        var counts = new List<int>();
        var countAt = Lexicons.RegexCompilation.FirstUse(CountAtGenerated());
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
                if ((ascii && !CountMayStart(text.AsSpan(i))) || !CountStarters.Contains(text.AsSpan(i, j - i))) continue;
            }
            var m = countAt.Match(text, i);
            if (!m.Success) continue;
            counts.Add(m.Index);
            // "at least 6": the bare count may start a phrase too.
            var num = m.Groups[CountNumGroup];
            if (num.Success && num.Index != m.Index) counts.Add(num.Index);
        }
        return (words, SortedDistinct(counts));
    }

    /// <summary>Moves <paramref name="i"/> past the character there and, if that was a letter or digit, past the rest of its run.</summary>
    private static void SkipRun(string text, ref int i)
    {
        if (!char.IsLetterOrDigit(text[i++])) return;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
    }

    // CasualtyWord spelled out: words it takes whole, and stems it takes with any ending ("kill\w*").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CasualtyWholeWords = new HashSet<string>(
        ["dead", "died", "dies", "die", "death", "deaths", "slain", "shot", "shooting", "lost", "hacked", "stabbed", "stoned", "beaten", "taken", "seized", "nabbed",
            "rounded", "toll", "body", "bodies", "corpse", "corpses", "left", "leaving", "leaves"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] CasualtyStems =
    [
        "kill", "assassinat", "gunn", "perish", "execut", "massacr", "murder", "behead", "burn", "lynch", "succumb", "neutrali", "eliminat", "liquidat", "injur",
        "wound", "hurt", "maim", "hospitali", "sustain", "captur", "abduct", "kidnap", "arrest", "detain", "apprehend", "fatalit", "claim", "ston", "beat", "hack", "stab", "club",
    ];

    /// <summary>Where CasualtyWord matches, in order.</summary>
    /// <remarks>The unanchored scan tried the alternation at nearly every letter; on ASCII text (where \w is [A-Za-z0-9_]
    /// and case folding is plain) a word is judged whole instead. Other text keeps the regex.</remarks>
    internal static List<int> CasualtyWordStarts(string text)
    {
        var words = new List<int>();
        if (!System.Text.Ascii.IsValid(text))
        {
            foreach (var w in Lexicons.RegexCompilation.FirstUse(CasualtyWordGenerated()).EnumerateMatches(text)) words.Add(w.Index);
            return words;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAsciiWordChar(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && IsAsciiWordChar(text[end])) end++;
            if (IsCasualtyWord(text.AsSpan(i, end - i))) words.Add(i);
            i = end;
        }
        return words;
    }

    internal static bool IsCasualtyWord(ReadOnlySpan<char> word) =>
        char.IsAsciiLetter(word[0]) && (StartsWithAny(word, CasualtyStemsByLetter) || CasualtyWholeWords.Contains(word));

    private static readonly string[][] CasualtyStemsByLetter = ByFirstLetter(CasualtyStems);

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

    // Every literal a count can start with (the qualifier's, or the number's when there is no qualifier).
    private static readonly string[] CountLiterals =
    [
        "at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to", "as many as", "a total of", "approximately",
        "roughly", "an estimated", "no fewer than", "no less than", "not less than", "upwards of", "close to", "in excess of", "a further",
        "a reported", "an additional", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "a hundred", "one hundred", "hundreds", "a dozen", "dozens", "tens", "scores", "several", "many",
        "a number of", "numerous", "a few", "few", "a couple", "an unknown number of", "an unspecified number of", "unknown number of",
        "unspecified number of", "an undetermined number of", "multiple", "both", "a", "an", "another", "other", "single",
    ];

    private static readonly string[][] CountLiteralsByLetter = ByFirstLetter(CountLiterals);

    /// <summary>Whether ASCII text starting with <paramref name="s"/> can start a count ("a" and "an" pass; "of" and "to" do not).</summary>
    internal static bool CountMayStart(ReadOnlySpan<char> s) => StartsWithAny(s, CountLiteralsByLetter);

    internal static readonly string[] SubsetEnds = ["including", "them", "whom", "those", "dead", "victims"];

    internal static readonly string[] ListEnds = ["and", "as", ","];

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
        if (rest.Length > 2 && rest.StartsWith("of", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(rest[2])) return true;
        return rest.StartsWith("and", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("as well as", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("along with", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly int CountNumGroup = Lexicons.RegexCompilation.FirstUse(CountAtGenerated()).GroupNumberFromName("num");

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

    // The words VerbThenCount's verb can start with: a casualty word that starts with none of them cannot begin that pattern.
    internal static readonly string[] VerbThenCountStems =
    [
        "kill", "assassinat", "injur", "wound", "neutrali", "eliminat", "claim", "left", "leaving", "leaves", "abduct", "kidnap", "captur",
        "arrest", "detain", "execut", "behead", "massacr", "murder", "shot", "shooting", "gunn", "hurt", "lynch", "ston", "beat", "hack",
        "burn", "club", "stab",
    ];

    // The words CountThenVerb's verb can start with.
    internal static readonly string[] VerbStems =
    [
        "killed", "assassinated", "dead", "died", "dies", "die", "slain", "shot", "gunned", "lost", "perished", "executed", "massacred", "murdered",
        "beheaded", "hacked", "stabbed", "stoned", "burn", "beaten", "lynched", "succumbed", "neutrali", "eliminated", "liquidated", "injured", "wounded",
        "hurt", "maimed", "hospitali", "sustained", "captured", "taken", "seized", "abducted", "kidnapped", "arrested", "detained",
        "apprehended", "nabbed", "rounded",
    ];

    // The nouns the count form of TollPattern ends with, and the words its other forms start with.
    internal static readonly string[] TollNounStems = ["fatalit", "death", "dead", "bod", "corpse", "killed", "injur", "wounded"];

    private static readonly string[] TollStarters =
        ["the", "killing", "killings", "death", "deaths", "wounding", "injuring", "injury", "injuries", "body", "bodies", "corpse", "corpses", "remains", "toll", "number"];

    /// <summary>False only where TollPattern cannot match at <paramref name="at"/>.</summary>
    internal static bool TollMayMatch(string text, int at)
    {
        var end = at;
        var ascii = true;
        for (; end < text.Length && char.IsLetter(text[end]); end++) ascii &= char.IsAscii(text[end]);
        var word = text.AsSpan(at, end - at);
        if (!ascii) return true;
        foreach (var w in TollStarters)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        // Otherwise only the count form: a count, then a toll noun after a space.
        return WordAhead(text, at, TollNounStems);
    }

    /// <summary>Whether the letters at <paramref name="at"/> start with one of <paramref name="stems"/> (or are not plain ASCII).</summary>
    internal static bool StartsWithAny(string text, int at, string[] stems)
    {
        var end = at;
        var ascii = true;
        for (; end < text.Length && char.IsLetter(text[end]); end++) ascii &= char.IsAscii(text[end]);
        if (!ascii) return true;
        var word = text.AsSpan(at, end - at);
        foreach (var stem in stems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Whether a word starting with one of <paramref name="stems"/> follows a space after <paramref name="from"/> before the
    /// phrase must end (a newline, or punctuation other than a comma, a slash, a bracket, an apostrophe or a hyphen).
    /// </summary>
    /// <remarks>The count-first patterns only run through words, spaces and numbers to their verb or noun, so a position
    /// with none ahead cannot match; proving it is much cheaper than the patterns' bounded-loop backtracking.</remarks>
    internal static bool WordAhead(string text, int from, string[] stems)
    {
        for (var k = from; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '\n') return false;
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

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber
        or System.Globalization.UnicodeCategory.OtherNumber or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark
        or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    private static CasualtyKind? KindOf(string verb)
    {
        verb = verb.ToLowerInvariant();
        if (Patterns.IsMatch(verb, "^(?:injur|wound|hurt|maim|hospital|sustain)")) return CasualtyKind.Injured;
        if (Patterns.IsMatch(verb, "^(?:abduct|kidnap|taken hostage)")) return CasualtyKind.Abducted;
        if (Patterns.IsMatch(verb, "^(?:arrest|detain|apprehend|taken into|nabbed|rounded)")) return CasualtyKind.Arrested;
        if (Patterns.IsMatch(verb, "^(?:captur|taken prisoner|taken captive|seized)")) return CasualtyKind.Captured;
        return CasualtyKind.Killed;
    }
}
