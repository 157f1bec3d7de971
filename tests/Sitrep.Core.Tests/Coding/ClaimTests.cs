namespace Sitrep.Core.Tests.Coding;

public class ClaimTests
{
    [Fact]
    public void AccordingToGivesAReportedClaimFromTheSource()
    {
        var e = Assert.Single(TestPipeline.Run(
            "According to SOHR, Russian warplanes struck the village of Kafr Nabl in southern Idlib on May 27, killing four civilians."));
        var c = Assert.Single(e.Claims);
        Assert.Equal("SOHR", c.Source);
        Assert.Equal("reported", c.Certainty);
        Assert.Equal("Air/drone strike", c.Asserts["sub_event_type"]);
        Assert.Equal(4, c.Asserts["fatalities"]);
        Assert.Contains("SOHR", e.PrimaryClaim);
    }

    [Fact]
    public void LikelyConductedByGivesALikelyClaimNamingTheSuspect()
    {
        // ACLED codes the one group a report suspects as actor1; the suspicion stays beside it as a likely claim.
        var e = Assert.Single(TestPipeline.Run(
            "An explosion hit a market in Afrin on May 27, killing six civilians. The attack was likely conducted by the YPG."));
        Assert.Equal("YPG: Peoples Protection Units", e.Actor1);
        Assert.Contains("suspects", e.PrimaryClaim);
        Assert.Equal(6, e.Fatalities);
        var c = Assert.Single(e.Claims);
        Assert.Equal("likely", c.Certainty);
        Assert.Equal("YPG: Peoples Protection Units", c.Asserts["actor1"]);
        // The claim's evidence is the hedged sentence in the raw text.
        Assert.Contains("likely conducted by the YPG", c.Evidence.Text);
    }

    [Fact]
    public void TheSameSourceGoingOnIsTheAccountNotACompetingClaim()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Houthi fighters attacked army positions west of Marib on May 26, a military official said. " +
            "Four soldiers were killed and six were wounded in the fighting, the official added."));
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(4, e.Fatalities);
        Assert.Equal(6, e.Injuries);
        var c = Assert.Single(e.Claims);
        Assert.Equal("military official", c.Source);
        Assert.Equal(4, c.Asserts["fatalities"]);
    }

    [Fact]
    public void OtherSourcesGoingOnAreCountedAndKeptAsAClaim()
    {
        // The only figure for a side is counted (the codebook takes the lowest reported figure, and no report gives a
        // lower one), and who said it stays on the event as a claim.
        var e = Assert.Single(TestPipeline.Run(
            "Houthi fighters attacked army positions west of Marib on May 26, a military official said. " +
            "Four soldiers were killed in the fighting, other sources said."));
        Assert.Equal(4, e.Fatalities);
        Assert.Contains(e.Claims, c => c.Source == "other sources" && Equals(c.Asserts["fatalities"], 4));
    }

    [Fact]
    public void AHeadlineAboveTheStoryIsNotASecondEvent()
    {
        var events = TestPipeline.Run(
            "Clashes near Marib\n\nHouthi fighters attacked army positions west of Marib on May 26, killing four soldiers, a military official said.");
        var e = Assert.Single(events);
        Assert.Equal("2020-05-26", e.EventDate);
        Assert.Equal(4, e.Fatalities);
    }

    [Fact]
    public void AHeadlineAloneStillGivesItsEvent()
    {
        var e = Assert.Single(TestPipeline.Run("Gunmen kill three police officers in Mandera\n\nThe county commissioner visited the area on Thursday."));
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void AGroupClaimingResponsibilityIsThePerpetratorAndTheClaimSaysSo()
    {
        var e = Assert.Single(TestPipeline.Run(
            "A roadside bomb struck a minibus near Afgoye on May 26, killing four passengers, police said. Al-Shabaab claimed responsibility for the attack."));
        Assert.Equal("Al Shabaab", e.Actor1);
        Assert.Equal(4, e.Fatalities);
        var owner = Assert.Single(e.Claims, c => c.Asserts.ContainsKey("responsibility"));
        Assert.Equal(true, owner.Asserts["responsibility"]);
        Assert.Equal("claimed", owner.Certainty);
        Assert.Contains("claim of responsibility", e.PrimaryClaim);
        // "police said" names the source, not a side.
        Assert.NotEqual("Police Forces of Somalia (2022-)", e.Actor2);
        Assert.Contains(e.Claims, c => c.Source == "police");
    }

    [Fact]
    public void ASuspectIsNotAClaimOfResponsibility()
    {
        var e = Assert.Single(TestPipeline.Run(
            "A roadside bomb struck a minibus near Afgoye on May 26, killing four passengers. Police suspect al-Shabaab militants."));
        // A party's suspicion (not the report's own) stays a claim beside an unidentified perpetrator.
        Assert.StartsWith("Unidentified Armed Group", e.Actor1);
        Assert.DoesNotContain("responsibility", e.PrimaryClaim);
    }

    [Theory]
    [InlineData("An explosion hit a market in Afrin on May 27, killing six civilians. The attack was likely conducted by the YPG or its allies.")]
    [InlineData("An explosion hit a market in Afrin on May 27, killing six civilians. The attack was likely conducted by either the YPG or the PKK.")]
    public void ASuspicionBetweenAlternativesNamesNoPerpetrator(string text)
    {
        var e = Assert.Single(TestPipeline.Run(text));
        Assert.Equal("Unidentified Armed Group (Syria)", e.Actor1);
        Assert.Contains(e.Claims, c => c.Certainty == "likely");
    }

    [Fact]
    public void ClaimedFigureStaysAClaimAndIsNotTheToll()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl on May 27. Pro-government media claimed that 20 militants were killed."));
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(0, e.Fatalities);
        var c = Assert.Single(e.Claims);
        Assert.Equal("claimed", c.Certainty);
        Assert.Equal("Pro-government media", c.Source);
        Assert.Equal(20, c.Asserts["fatalities"]);
    }

    [Fact]
    public void ResidentsSaidIsAReportedClaim()
    {
        var e = Assert.Single(TestPipeline.Run("Soldiers raped a woman in the village of Kafr Nabl on May 27, local residents said."));
        var c = Assert.Single(e.Claims);
        Assert.Equal("local residents", c.Source);
        Assert.Equal("reported", c.Certainty);
    }

    [Fact]
    public void NeutralizedFigureIsAClaimNotAFatality()
    {
        var events = TestPipeline.Run("Turkish troops neutralized over 20 YPG militants near Tal Abyad on May 27.");
        var e = Assert.Single(events);
        Assert.Equal(0, e.Fatalities);
        Assert.Contains(e.Claims, c => c.Asserts.TryGetValue("fatalities", out var f) && Equals(f, 20));
    }

    [Fact]
    public void ClaimEvidenceTextsMatchTheRawDocument()
    {
        const string text = "An explosion hit a market in Afrin on May 27, killing six civilians.  The attack was\nlikely conducted by the YPG.";
        var e = Assert.Single(TestPipeline.Run(text));
        Assert.All(e.Claims, c => Assert.Equal(text.Substring(c.Evidence.Start, c.Evidence.End - c.Evidence.Start), c.Evidence.Text));
    }
}
