using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Short reports written for these tests, one per ACLED event type and several sub-types.</summary>
public class EventCodingTests
{
    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Theory]
    [InlineData("Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 27. Four soldiers were killed.",
        "Battles", "Armed clash")]
    [InlineData("Syrian government forces recaptured the village of Kafr Nabl in southern Idlib from Hayat Tahrir al-Sham on May 27 after heavy fighting.",
        "Battles", "Government regains territory")]
    [InlineData("Russian warplanes carried out airstrikes on the village of Kafr Nabl in southern Idlib on May 27, killing two civilians.",
        "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("A Turkish drone strike hit a vehicle near Qamishli on May 27, killing three SDF fighters.",
        "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("Houthi fighters attacked government positions in Sirwah district west of Marib on May 27, a military official said.",
        "Battles", "Armed clash")]
    [InlineData("Gunmen attacked an army checkpoint near Bosaso on May 27 before fleeing into the hills.",
        "Battles", "Armed clash")]
    [InlineData("Police in Lamu shot dead two al-Shabaab suspects on May 27.",
        "Battles", "Armed clash")]
    [InlineData("Syrian Army artillery shelled the town of Kafr Nabl in southern Idlib on May 27. No casualties were reported.",
        "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("An improvised explosive device exploded near a military patrol in Daraa city on May 27, injuring two soldiers.",
        "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("A suicide bomber blew himself up at a checkpoint in Kabul on May 27, killing five police officers.",
        "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("Unidentified men threw a hand grenade at a shop in Mogadishu on May 27, wounding three civilians.",
        "Explosions/Remote violence", "Grenade")]
    [InlineData("Hundreds of teachers held a peaceful protest in Nairobi on May 27 demanding unpaid salaries.",
        "Protests", "Peaceful protest")]
    [InlineData("Police fired tear gas to disperse protesters in Nairobi on May 27 who were demanding the release of an activist.",
        "Protests", "Protest with intervention")]
    [InlineData("Police used tear gas and live bullets to disperse protesters in Nairobi on May 27, killing two demonstrators.",
        "Protests", "Excessive force against protesters")]
    [InlineData("Rioters burned tyres and pelted police with stones in Kisumu on May 27 during a violent protest over fuel prices.",
        "Riots", "Violent demonstration")]
    [InlineData("An angry mob lynched a suspected thief in Kisumu on May 27.",
        "Riots", "Mob violence")]
    [InlineData("Unidentified gunmen shot dead three civilians in the village of Kafr Nabl in southern Idlib on May 27.",
        "Violence against civilians", "Attack")]
    [InlineData("Unidentified gunmen abducted two aid workers in Maiduguri on May 27.",
        "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Soldiers raped a woman in the village of Kafr Nabl on May 27, local residents said.",
        "Violence against civilians", "Sexual violence")]
    [InlineData("Police arrested 12 people in Nairobi on May 27 on suspicion of organizing a strike.",
        "Strategic developments", "Arrests")]
    [InlineData("The Syrian government and rebel groups signed a ceasefire agreement in Daraa on May 27.",
        "Strategic developments", "Agreement")]
    [InlineData("Unidentified armed men looted shops and torched houses in the village of Kafr Nabl on May 27.",
        "Strategic developments", "Looting/property destruction")]
    [InlineData("Syrian army engineers defused an IED planted on the road near Daraa city on May 27.",
        "Strategic developments", "Disrupted weapons use")]
    public void CodesEventTypeAndSubType(string text, string eventType, string subEventType)
    {
        var e = One(text);
        Assert.Equal(eventType, e.EventType);
        Assert.Equal(subEventType, e.SubEventType);
        Assert.Equal("2020-05-27", e.EventDate);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal(["test-doc"], e.DocIds);
    }

    [Fact]
    public void NonStateActorOvertakesTerritory()
    {
        // The actor's country is deliberately not asserted here (see the lead's bug list).
        var e = One("Islamic State fighters captured the town of Sukhnah from Syrian government forces on May 27 after fierce clashes.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.StartsWith("Islamic State", e.Actor1);
    }

    [Fact]
    public void ArmedClashCodesActorsFatalitiesAndPlace()
    {
        var e = One("Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 27. Four soldiers were killed.");
        Assert.Equal("Military Forces of Syria (2000-)", e.Actor1);
        Assert.Equal("State forces", e.Inter1);
        Assert.Equal("HTS: Hayat Tahrir al Sham", e.Actor2);
        Assert.Equal("Rebel group", e.Inter2);
        Assert.Equal(4, e.Fatalities);
        Assert.Equal("Syria", e.Country);
        Assert.Equal("Political violence", e.DisorderType);
        Assert.Equal(2020, e.Year);
    }

    [Fact]
    public void AirstrikeOnCiviliansNamesTheWeaponAndVictims()
    {
        var e = One("Russian warplanes carried out airstrikes on the village of Kafr Nabl in southern Idlib on May 27, killing two civilians.");
        Assert.Equal("Military Forces of Russia (2000-)", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
        Assert.Equal(2, e.Fatalities);
        Assert.Equal("airstrike", e.Weapon);
    }

    [Fact]
    public void UnknownPerpetratorIsAnUnidentifiedArmedGroupOfTheCountry()
    {
        var e = One("Unidentified gunmen shot dead three civilians in the village of Kafr Nabl in southern Idlib on May 27.");
        Assert.Equal("Unidentified Armed Group (Syria)", e.Actor1);
        Assert.Equal("Civilians (Syria)", e.Actor2);
        Assert.Equal(3, e.Fatalities);
    }

    [Theory]
    [InlineData("Hundreds of women protested peacefully in Kabul on May 27, demanding the right to work.", "Afghanistan", "Women (Afghanistan)")]
    [InlineData("Dozens of students staged a sit-in outside the education ministry in Khartoum on May 27 over unpaid grants.", "Sudan", "Students (Sudan)")]
    public void AProtestingGroupIsAnAssociateOfTheProtesters(string text, string country, string group)
    {
        var e = One(text);
        Assert.Equal("Protests", e.EventType);
        Assert.Equal($"Protesters ({country})", e.Actor1);
        Assert.Equal(group, e.AssocActor1);
    }

    [Fact]
    public void StudentsWhoRiotAreAssociatesOfTheRioters()
    {
        var e = One("Students at a secondary school in Kisumu rioted on May 27 and set fire to two dormitories.");
        Assert.Equal("Riots", e.EventType);
        Assert.Equal("Rioters (Kenya)", e.Actor1);
        Assert.Contains("Students (Kenya)", e.AssocActor1);
    }

    [Theory]
    [InlineData("Daily Courier (Kenya)", "Kenya")]
    [InlineData("Uganda Broadcasting Corporation", "Uganda")]
    [InlineData("Syrian Arab News Agency", "Syria")]
    [InlineData("Wire Service", "")]
    public void AReportThatNamesNoPlaceTakesItsOutletsCountry(string outlet, string country)
    {
        var events = TestPipeline.Pipeline.Process(new Sitrep.Core.Documents.Document(
            "outlet-test", new DateOnly(2020, 5, 28), outlet, null, "Traders protested peacefully against new market levies on May 27."));
        var e = Assert.Single(events);
        Assert.Equal(country, e.Country);
        Assert.Equal(country.Length > 0 ? $"Protesters ({country})" : "Protesters", e.Actor1);
    }

    [Fact]
    public void APlaceInTheTextOutweighsTheOutletsCountry()
    {
        var events = TestPipeline.Pipeline.Process(new Sitrep.Core.Documents.Document(
            "outlet-test-2", new DateOnly(2020, 5, 28), "Daily Courier (Kenya)", null, "Traders protested peacefully in Kampala against new market levies on May 27."));
        Assert.Equal("Uganda", Assert.Single(events).Country);
    }

    [Fact]
    public void NoCasualtiesGivesZeroFatalities()
    {
        var e = One("Syrian Army artillery shelled the town of Kafr Nabl in southern Idlib on May 27. No casualties were reported.");
        Assert.Equal(0, e.Fatalities);
        Assert.Equal(0, e.Injuries);
    }

    [Fact]
    public void InjuriesAreKeptApartFromFatalities()
    {
        var e = One("An improvised explosive device exploded near a military patrol in Daraa city on May 27, injuring two soldiers.");
        Assert.Equal(0, e.Fatalities);
        Assert.Equal(2, e.Injuries);
        Assert.Equal("IED", e.Weapon);
    }

    [Theory]
    [InlineData("If the talks fail, the army will launch an offensive on Kafr Nabl in southern Idlib.")]
    [InlineData("The Syrian Foreign Ministry condemned the attack on Kafr Nabl.")]
    [InlineData("Hundreds of people have been displaced since the 2018 agreement in Daraa.")]
    [InlineData("Fighting has not stopped in southern Idlib since the March 5 agreement.")]
    public void NonEventsProduceNothing(string text) => Assert.Empty(TestPipeline.Run(text));

    [Fact]
    public void HypotheticalBesideARealEventLeavesOnlyTheEvent()
    {
        var events = TestPipeline.Run("Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 27. " +
                                      "If the talks fail, the army will launch an offensive on Ariha.");
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    // ---- dates at the coder level ----

    [Theory]
    [InlineData("yesterday", "2020-05-27", 1)]
    [InlineData("earlier on Monday", "2020-05-25", 1)]
    [InlineData("last week", "2020-05-21", 2)]
    [InlineData("last month", "2020-04-28", 3)]
    public void RelativeDatesResolveAgainstPublication(string when, string date, int precision)
    {
        var e = One($"Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib {when}.");
        Assert.Equal(date, e.EventDate);
        Assert.Equal(precision, e.TimePrecision);
    }

    [Fact]
    public void ListOfDatesGivesOneEventPerDay()
    {
        var events = TestPipeline.Run("Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 25 and May 26.");
        Assert.Equal(["2020-05-25", "2020-05-26"], events.Select(e => e.EventDate).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal("Armed clash", e.SubEventType));
        Assert.Equal(2, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void YearIsInferredAcrossNewYear()
    {
        var e = Assert.Single(TestPipeline.Run("Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on December 30.",
            new DateOnly(2021, 1, 3)));
        Assert.Equal("2020-12-30", e.EventDate);
        Assert.Equal(2020, e.Year);
    }

    [Fact]
    public void WithoutPublicationDateARelativeDateIsCodedWithMonthPrecision()
    {
        var events = TestPipeline.Pipeline.Process(new Sitrep.Core.Documents.Document("undated", null, null, null,
            "Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib yesterday."));
        var e = Assert.Single(events);
        Assert.Equal(3, e.TimePrecision);
        Assert.NotEmpty(e.Warnings);
    }

    [Fact]
    public void EventIdsAreStable()
    {
        const string text = "Unidentified gunmen abducted two aid workers in Maiduguri on May 27.";
        Assert.Equal(One(text).EventId, One(text).EventId);
        Assert.StartsWith("SITREP-", One(text).EventId);
    }
}
