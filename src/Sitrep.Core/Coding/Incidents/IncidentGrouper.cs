using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding.Incidents;

/// <summary>Groups a report's sentences into incidents: a sentence that reports something happening opens one, the sentences
/// that add to it follow, and attributed or hedged versions become claims on the incident they refer to.</summary>
internal static class IncidentGrouper
{
    /// <summary>The incidents of <paramref name="doc"/>, in text order.</summary>
    public static List<Incident> Group(DocumentAnnotations doc, List<SentenceView> views)
    {
        var incidents = new List<Incident>();
        Incident? current = null;
        var headline = Headline(doc, views);
        SentenceView? heading = null;
        SentenceView? countedBefore = null;
        // The sentences under a heading before its paragraph's first telling.
        var prelude = new List<SentenceView>();
        // A story (several paragraphs) rather than a one-paragraph note: headings and history belong to stories only.
        var story = views.Count > 0 && views[^1].Sentence.Paragraph != views[0].Sentence.Paragraph;
        // "Summary: between 2 and 3 August, soldiers raided two villages": a report's summary paragraph retells, in fewer words
        // and at a coarser place, the incidents its sections tell; it gives an event only when no section tells one.
        var summaryParagraph = -1;
        var lastParagraph = -1;
        var summarised = new HashSet<Incident>();
        // "Context", "HUMANITARIAN IMPACT", "7. RECOMMENDATIONS": until the next heading, the report tells its history, the
        // aftermath or its advice ("the replacement of destroyed shelters"), not incidents.
        var aside = false;
        var summaryOpen = false;
        var numberOnly = false;
        var lastSentence = -1;
        Incident? cut = null;
        foreach (var v in views)
        {
            // The second clause of a lead the splitter cut in two ("..., and a roadside bomb killed two soldiers further south").
            var secondClause = v.Sentence.Index == lastSentence;
            lastSentence = v.Sentence.Index;
            // "3." split from "INCIDENT DETAILS" as a sentence of its own: the heading is the words after the number.
            var numberedBefore = v.Sentence.Paragraph == lastParagraph && numberOnly;
            numberOnly = false;
            if (v.Sentence.Paragraph != lastParagraph || numberedBefore)
            {
                lastParagraph = v.Sentence.Paragraph;
                if (!numberedBefore && BareNumber(v.Text))
                {
                    numberOnly = true;
                    continue;
                }
                var sectionHeading = numberedBefore || InCapitals(v.Text) || CodingWords.NumberedHeading.IsMatch(v.Text);
                if (story && CodingWords.SummaryHeading.IsMatch(v.Text))
                {
                    summaryParagraph = lastParagraph;
                    // "2. HIGHLIGHTS" on a line of its own: the summary is the paragraphs below it, up to the next heading.
                    summaryOpen = sectionHeading || v.Text.Length <= SummaryHeadingLength;
                }
                else if (summaryOpen && sectionHeading) summaryOpen = false;
                else if (summaryOpen) summaryParagraph = lastParagraph;
                if (story && CodingWords.AsideHeading.IsMatch(v.Text)) aside = true;
                else if (sectionHeading) aside = false;
            }
            if (aside) continue;
            // "ANALYSIS: THE BLOCKADE ECONOMY": a section heading in capitals names a subject, not an incident.
            if (v.IsHypothetical || v == headline || story && InCapitals(v.Text)) continue;
            var hasEventDates = v.HasEventDates;
            var eventive = v.Triggers.Count > 0 && !(v.IsStatement && v.Casualties.Count == 0 && !hasEventDates) && !(v.IsBackground && !hasEventDates);
            // The regexes below run only where their answer is read: most sentences need neither.
            bool? refersBackMemo = null;
            bool RefersBack() => refersBackMemo ??= CodingWords.AnaphoricEvent.IsMatch(v.Text);
            var movedOn = current is not null && eventive && MovesToNewPlace(current, v);
            // "Bajaur - 11 July. According to police, gunmen shot dead a vaccinator": under a heading that dates its paragraph, the
            // paragraph's first telling opens its incident even when attributed; it is no claim on the paragraph before.
            var headed = eventive && heading is not null && heading.Sentence.Paragraph == v.Sentence.Paragraph
                && (current is null || current.Paragraph != v.Sentence.Paragraph);
            // The second half of a lead cut in two is told as the first half is, whoever the sentence ends by naming; and a
            // paragraph after it may tell either half, so it is told anew rather than read as a claim on the second.
            var afterCut = current is not null && current == cut && v.Sentence.Paragraph != current.Paragraph;
            // "The following day, gunmen killed five people in Saint-Marc" after the lead's incident, in the lead's paragraph.
            var elsewhere = story && current is not null && !secondClause && v.Sentence.Paragraph == current.Paragraph && v.Triggers.Count > 0
                && !hasEventDates && !v.IsBackground && CodingWords.ClauseElsewhere.IsMatch(v.Text);
            if (v.IsAttributed && incidents.Count > 0 && HasClaimContent(v) && (!hasEventDates || RefersBack()) && !movedOn && !headed && !secondClause
                && !(afterCut && v.Triggers.Count > 0) && !elsewhere)
            {
                if (current is not null && ContinuesLeadSource(doc, current.Lead, v))
                {
                    current.Main.Add(v);
                    continue;
                }
                BestReferent(incidents, v, current).ClaimSentences.Add(v);
                continue;
            }
            if (eventive)
            {
                // "She died of her wounds on 7 June": a later death of someone the incident hurt is its toll, not a new event.
                if (current is not null && CodingWords.LaterDeath.IsMatch(v.Text))
                {
                    current.Main.Add(v);
                    continue;
                }
                // "Two more bodies were found in the bush on Tuesday": the dead of the incident the paragraph tells, found later.
                if (current is not null && v.Sentence.Paragraph == current.Paragraph && CodingWords.BodiesRecovered.IsMatch(v.Text))
                {
                    current.Main.Add(v);
                    continue;
                }

                var startsNew = current is null
                    || v.Sentence.Paragraph != current.Paragraph && !(!hasEventDates && RefersBack())
                    // "The clashes broke out ..." after a lead cut in two may tell either half: it is told anew, and the
                    // report's retellings are folded by place and kind later.
                    || afterCut
                    || HasNewDate(current, v)
                    || secondClause
                    || elsewhere
                    || (NewPlace(current, v) && v.Casualties.Count == 0 && v.Actors.Count > 0 && !NewActors(current, v) && !RefersBack())
                    || movedOn;
                if (startsNew)
                {
                    current = new Incident
                    {
                        Lead = v, FollowsOn = movedOn && !hasEventDates ? current : null,
                        MovesOn = elsewhere || secondClause && CodingWords.ClauseElsewhere.IsMatch(v.Text),
                    };
                    // "3 bodies found. The killings were attributed to ...": a count told before the paragraph's first
                    // event word is that event's toll.
                    if (countedBefore is not null && countedBefore.Sentence.Paragraph == v.Sentence.Paragraph && incidents.Count == 0) current.Main.Add(countedBefore);
                    countedBefore = null;
                    // "North Waziristan - 9 July. Security forces conducted an operation ...": a heading that dates the
                    // paragraph dates the incident its next sentence tells.
                    if (heading is not null && heading.Sentence.Paragraph == v.Sentence.Paragraph && !hasEventDates) current.Main.Add(heading);
                    // "Security forces conducted an operation near Datta Khel." between the heading and the telling says where.
                    if (heading is not null && heading.Sentence.Paragraph == v.Sentence.Paragraph)
                    {
                        current.Main.AddRange(prelude.Where(p => p.Sentence.Paragraph == v.Sentence.Paragraph));
                    }
                    current.Main.Add(v);
                    incidents.Add(current);
                    if (secondClause) cut = current;
                    if (v.Sentence.Paragraph == summaryParagraph) summarised.Add(current);
                }
                else current!.Main.Add(v);
                heading = null;
                prelude.Clear();
                continue;
            }
            if (v.IsBackground || v.IsStatement) continue;
            if (current is not null && v.Sentence.Paragraph == current.Paragraph) current.Main.Add(v);
            // A sentence under a heading joins the incident as its prelude; only one outside it can be the toll told first.
            else if (heading is not null && heading.Sentence.Paragraph == v.Sentence.Paragraph) prelude.Add(v);
            else
            {
                if (current is null && v.Casualties.Count > 0 && !v.IsNegated) countedBefore ??= v;
                // Only a short line is a heading ("Bajaur - 11 July."); a longer dated sentence with no event word is prose.
                // (A heading that spans days, "03 - 08 August.", heads a summary of several, not one incident's day.)
                // Headings belong to reports of several paragraphs; a one-paragraph note opens with its date ("13 May. ...").
                // A paragraph's opening sentence that only sets the scene on a day ("In the early morning of Friday 25 October, a
                // large force entered the town") dates what the paragraph goes on to tell, as a heading does.
                if (hasEventDates && story && (v.Text.Length <= HeadingLength || OpensParagraph(views, v) && v.EventDates.All(d => !d.Relative)) && v.EventDates.All(d => d.Dates.Count == 1)) heading = v;
            }
        }

        if (summarised.Count > 0 && summarised.Count < incidents.Count) incidents.RemoveAll(summarised.Contains);

        // A summary with no trigger word still reports something when it counts victims or names two sides.
        if (incidents.Count == 0)
        {
            // A one-paragraph note exists because something happened, even when its dates disagree with the publication date;
            // in a longer report a sentence dated outside the report's window is its history or its plans.
            // In a longer report, a sentence that names one party ("MINISTRY OF INTERIOR", "Ukraine says it has built
            // fortifications") and no trigger word tells of nothing that happened; victims or two sides may.
            var lead = views.FirstOrDefault(v => !v.IsHypothetical && !v.IsNegated && !(story && v.IsBackground)
                && (v.Casualties.Count > 0 || (story ? TwoSides(v) : v.Actors.Count > 0)));
            if (lead is not null)
            {
                var inc = new Incident { Lead = lead };
                inc.Main.AddRange(views.Where(v => !v.IsHypothetical && v.Sentence.Paragraph == lead.Sentence.Paragraph));
                incidents.Add(inc);
            }
        }

        return incidents;
    }

    /// <summary>True when the sentence is only a section number ("3.", "3.1").</summary>
    private static bool BareNumber(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length == 0 || t.Length > 8 || !char.IsDigit(t[0])) return false;
        foreach (var c in t)
        {
            if (!char.IsDigit(c) && c != '.') return false;
        }
        return true;
    }

    /// <summary>True when the sentence has letters and none of them is lower case.</summary>
    private static bool InCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters > 1;
    }

    /// <summary>True when the sentence names two different actors.</summary>
    private static bool TwoSides(SentenceView v)
    {
        for (var i = 1; i < v.Actors.Count; i++)
        {
            if (v.Actors[i].Candidates[0].Canonical != v.Actors[0].Candidates[0].Canonical) return true;
        }
        return false;
    }

    /// <summary>
    /// A title line above the story ("Clashes near Marib", then a blank line and the report) names the incident the body
    /// tells with its date and sides; coded on its own it would be a second, undated event. It is set aside only when
    /// the body has a trigger of its own, so a headline-only brief still gives its event.
    /// </summary>
    private static SentenceView? Headline(DocumentAnnotations doc, List<SentenceView> views)
    {
        if (views.Count < 2) return null;
        var first = views[0];
        if (first.Sentence.Paragraph != 0 || views[1].Sentence.Paragraph == 0 || first.Triggers.Count == 0) return null;
        var span = first.Sentence.Span;
        var last = doc.Text.Text[span.End - 1];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')') return null;
        for (var i = 1; i < views.Count; i++)
        {
            if (views[i].Triggers.Count > 0) return first;
        }

        return null;
    }

    /// <summary>
    /// "..., a military official said. Four soldiers were killed in the fighting, the official added": the same voice goes
    /// on telling the same account, so its figures are the account's, not a competing version. Only a plain report
    /// ("said", "added") by the lead's own source counts: the same words, or "the"/"this" + the same head noun; "other
    /// sources say" or a claim or denial stays a claim.
    /// </summary>
    private static bool ContinuesLeadSource(DocumentAnnotations doc, SentenceView lead, SentenceView v)
    {
        if (v.Certainty.Any(c => c != "reported")) return false;
        var leadSource = lead.Cues.FirstOrDefault(c => c.Kind == "source");
        var source = v.Cues.FirstOrDefault(c => c.Kind == "source");
        if (leadSource is null || source is null) return false;
        if (string.Equals(leadSource.Value, source.Value, StringComparison.OrdinalIgnoreCase)) return true;
        if (!string.Equals(Head(leadSource.Value), Head(source.Value), StringComparison.OrdinalIgnoreCase)) return false;
        var text = doc.Text.Text;
        var before = text[Math.Max(0, source.Span.Start - 6)..source.Span.Start];
        return CodingWords.DefiniteBefore.IsMatch(before) || CodingWords.DefiniteStart.IsMatch(source.Value);

        static string Head(string words)
        {
            var i = words.LastIndexOf(' ');
            var head = i < 0 ? words : words[(i + 1)..];
            return head.Length > 3 && head.EndsWith('s') ? head[..^1] : head;
        }
    }

    /// <summary>"the kidnappers were likely members of JNIM" says who did it, though it names no act.</summary>
    private static bool HasClaimContent(SentenceView v)
    {
        if (v.Triggers.Count > 0 || v.Casualties.Count > 0 || CodingWords.CauseWords.IsMatch(v.Text)) return true;
        var certainty = v.Certainty;
        if (v.Actors.Count > 0)
        {
            foreach (var c in certainty)
            {
                if (c is "likely" or "claimed") return true;
            }
        }
        return certainty.Contains("denied");
    }

    /// <summary>True when the sentence states an event date that none of the incident's sentences state.</summary>
    private static bool HasNewDate(Incident inc, SentenceView v)
    {
        foreach (var d in v.EventDates)
        {
            var known = false;
            foreach (var m in inc.Main)
            {
                foreach (var c in m.EventDates)
                {
                    if (c.Dates.SequenceEqual(d.Dates)) { known = true; break; }
                }
                if (known) break;
            }
            if (!known) return true;
        }
        return false;
    }

    /// <summary>"The gunmen then rode to Zagami", "on Friday the fighting spread north to La Gabarra, also in Tibu": the
    /// sentence moves on (fighting that spreads, on another day), and the place it moves to (the first named after the words that say so) is new to the incident.</summary>
    private static bool MovesToNewPlace(Incident inc, SentenceView v)
    {
        var m = CodingWords.MovedOn.Match(v.Text);
        if (!m.Success && v.HasEventDates && HasNewDate(inc, v)) m = CodingWords.SpreadOn.Match(v.Text);
        if (!m.Success) return false;
        var after = v.Sentence.Span.Start + m.Index + m.Length;
        var to = v.Places.Where(p => p.Start >= after).MinBy(p => p.Start);
        if (to is null) return NewPlace(inc, v);
        return !inc.Main.Any(s => s.Places.Any(k => string.Equals(k.Name, to.Name, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Whether <paramref name="v"/> opens its paragraph: only a number or a short heading without an event word comes
    /// before it there ("2. Incident").</summary>
    private static bool OpensParagraph(List<SentenceView> views, SentenceView v)
    {
        for (var i = views.IndexOf(v) - 1; i >= 0 && views[i].Sentence.Paragraph == v.Sentence.Paragraph; i--)
        {
            if (views[i].Triggers.Count > 0 || views[i].Text.Length > HeadingLength) return false;
        }
        return true;
    }

    private static bool NewPlace(Incident inc, SentenceView v)
    {
        if (v.Places.Count == 0) return false;
        foreach (var p in v.Places)
        {
            foreach (var m in inc.Main)
            {
                foreach (var k in m.Places)
                {
                    if (string.Equals(k.Name, p.Name, StringComparison.OrdinalIgnoreCase)) return false;
                }
            }
        }
        return true;
    }

    private static bool NewActors(Incident inc, SentenceView v)
    {
        foreach (var a in v.Actors)
        {
            var canonical = a.Candidates[0].Canonical;
            var known = false;
            foreach (var m in inc.Main)
            {
                foreach (var k in m.Actors)
                {
                    if (k.Candidates[0].Canonical == canonical) { known = true; break; }
                }
                if (known) break;
            }
            if (!known) return true;
        }
        return false;
    }

    /// <summary>The longest line (in characters) read as a heading that dates its paragraph.</summary>
    public const int HeadingLength = 80;

    /// <summary>A summary heading this short ("Key figures (period)") stands alone above the summary it heads.</summary>
    public const int SummaryHeadingLength = 40;

    /// <summary>How many of the latest incidents a claim sentence may refer back to.</summary>
    public const int ReferentWindow = 40;

    private static Incident BestReferent(List<Incident> incidents, SentenceView claim, Incident? current)
    {
        // The incident sharing an actor or a place with the claim; else the most recent one.
        Incident? best = null;
        var bestScore = 0;
        var words = claim.Text.ToLowerInvariant();
        var claimKeys = claim.Actors.SelectMany(c => c.Candidates).Select(RoleAssigner.Identity).ToHashSet();
        // A claim speaks of an incident told shortly before it; in a long report, older ones are other sections' news.
        for (var i = Math.Max(0, incidents.Count - ReferentWindow); i < incidents.Count; i++)
        {
            var inc = incidents[i];
            var score = 0;
            foreach (var key in inc.Main.SelectMany(m => m.Actors).Select(a => RoleAssigner.Identity(a.Candidates[0])).Distinct())
            {
                if (claimKeys.Contains(key)) score += 2;
            }
            foreach (var country in inc.Main.SelectMany(m => m.Actors).Select(a => a.Candidates[0].Country).Where(c => c != "*").Distinct())
            {
                if (words.Contains(country.ToLowerInvariant()[..Math.Min(5, country.Length)])) score += 1;
            }
            foreach (var p in inc.Main.SelectMany(m => m.Places)) if (claim.Text.Contains(p.Name, StringComparison.OrdinalIgnoreCase)) score += 2;
            foreach (var t in inc.Main.SelectMany(m => m.Triggers)) if (claim.Text.Contains(Word(t, inc), StringComparison.OrdinalIgnoreCase)) score += 1;
            // "Four soldiers were killed, according to two security sources" in the paragraph that tells a bombing speaks of
            // that bombing, not of an attack on soldiers two sections up.
            if (inc.Paragraph == claim.Sentence.Paragraph) score += 2;
            if (score > bestScore) { best = inc; bestScore = score; }
        }
        return best ?? current ?? incidents[^1];
    }

    private static string Word(TriggerMention t, Incident inc)
    {
        var s = inc.Main.First(m => m.Span.Contains(t.Span));
        return s.Slice(t.Span).Split(' ')[^1];
    }
}
