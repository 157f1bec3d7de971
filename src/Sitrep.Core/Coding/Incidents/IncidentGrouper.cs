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
        var headline = ReportLayout.Headline(doc, views);
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
                if (!numberedBefore && ReportLayout.BareNumber(v.Text))
                {
                    numberOnly = true;
                    continue;
                }
                var sectionHeading = numberedBefore || ReportLayout.InCapitals(v.Text) || CodingWords.NumberedHeading.IsMatch(v.Text);
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
            if (v.IsHypothetical || v == headline || story && ReportLayout.InCapitals(v.Text)) continue;
            var hasEventDates = v.HasEventDates;
            var eventive = v.Triggers.Count > 0 && !(v.IsStatement && v.Casualties.Count == 0 && !hasEventDates) && !(v.IsBackground && !hasEventDates);
            // The regexes below run only where their answer is read: most sentences need neither.
            bool? refersBackMemo = null;
            bool RefersBack() => refersBackMemo ??= CodingWords.AnaphoricEvent.IsMatch(v.Text);
            var movedOn = current is not null && eventive && IncidentOverlap.MovesToNewPlace(current, v);
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
            if (v.IsAttributed && incidents.Count > 0 && ClaimReferents.HasClaimContent(v) && (!hasEventDates || RefersBack()) && !movedOn && !headed && !secondClause
                && !(afterCut && v.Triggers.Count > 0) && !elsewhere)
            {
                if (current is not null && ClaimReferents.ContinuesLeadSource(doc, current.Lead, v))
                {
                    current.Main.Add(v);
                    continue;
                }
                ClaimReferents.BestReferent(incidents, v, current).ClaimSentences.Add(v);
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
                    || IncidentOverlap.HasNewDate(current, v)
                    || secondClause
                    || elsewhere
                    || (IncidentOverlap.NewPlace(current, v) && v.Casualties.Count == 0 && v.Actors.Count > 0 && !IncidentOverlap.NewActors(current, v) && !RefersBack())
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
                        // A loop: a lambda over the view would make every pass of this loop allocate a closure for it.
                        foreach (var p in prelude)
                        {
                            if (p.Sentence.Paragraph == v.Sentence.Paragraph) current.Main.Add(p);
                        }
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
                if (hasEventDates && story && (v.Text.Length <= HeadingLength || ReportLayout.OpensParagraph(views, v) && v.EventDates.All(d => !d.Relative)) && v.EventDates.All(d => d.Dates.Count == 1)) heading = v;
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
            // A statement that names two sides and counts nobody ("the militia bears full responsibility for the crimes") blames,
            // and tells of no incident.
            var lead = views.FirstOrDefault(v => !v.IsHypothetical && !v.IsNegated && !(story && v.IsBackground)
                && !(story && v.IsStatement && v.Casualties.Count == 0)
                && (v.Casualties.Count > 0 || (story ? IncidentOverlap.TwoSides(v) : v.Actors.Count > 0)));
            if (lead is not null)
            {
                var inc = new Incident { Lead = lead };
                inc.Main.AddRange(views.Where(v => !v.IsHypothetical && v.Sentence.Paragraph == lead.Sentence.Paragraph));
                incidents.Add(inc);
            }
        }

        return incidents;
    }

    /// <summary>The longest line (in characters) read as a heading that dates its paragraph.</summary>
    public const int HeadingLength = 80;

    /// <summary>A summary heading this short ("Key figures (period)") stands alone above the summary it heads.</summary>
    public const int SummaryHeadingLength = 40;
}
