namespace Sitrep.Core.Tests.Coding;

/// <summary>Only what a report asserts happened, within its window, becomes an event: datelines, background and negations.</summary>
public class ReportFactualityTests
{
    private static readonly DateOnly Published = new(2024, 9, 3);

    [Theory]
    [InlineData("Traders marched through Kisumu, Kenya, on Monday against new market fees. The march was free of violence and ended at the county offices.")]
    [InlineData("Supporters of the governor rallied in Embu, Kenya, on Monday; the rally was devoid of the running battles seen at earlier gatherings.")]
    [InlineData("Students demonstrated in Eldoret, Kenya, on Monday against fee rises and threatened to disrupt the graduation ceremony.")]
    public void ViolenceSaidAbsentOrOnlyThreatenedLeavesAProtestPeaceful(string text)
    {
        var e = Assert.Single(TestPipeline.Run(text, Published));
        Assert.Equal("Peaceful protest", e.SubEventType);
    }

    [Fact]
    public void ADatelineDatesTheReportNotTheEvent()
    {
        var events = TestPipeline.Run(
            "KABUL, Sept 3 (Test Wire) - A suicide bomber killed six people outside a municipal office in Kabul, Afghanistan, on Monday evening, police said.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-09-02", e.EventDate);
        Assert.Equal("Suicide bomb", e.SubEventType);
    }

    [Fact]
    public void ADatelineWithoutAnotherDateLeavesThePublicationDate()
    {
        var e = Assert.Single(TestPipeline.Run(
            "KABUL, Sept 3 (Test Wire) - Gunmen killed two guards at a checkpoint in Kabul, Afghanistan, police said.", Published));
        Assert.Equal("2024-09-03", e.EventDate);
    }

    [Fact]
    public void SomethingDatedLongBeforeTheReportIsBackground()
    {
        var events = TestPipeline.Run(
            "Gunmen attacked a police post in Kunduz, Afghanistan, on Monday, killing two officers.\n\n" +
            "The province was the scene of a major Taliban offensive in August 2021.", Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Theory]
    [InlineData("No clashes were reported in Kunduz, Afghanistan, on Monday.")]
    [InlineData("There was no fighting in Kunduz, Afghanistan, on Monday, a police spokesman said.")]
    [InlineData("Residents said the army did not attack the village near Kunduz, Afghanistan, on Monday.")]
    public void ANegatedEventIsNoEvent(string text) => Assert.Empty(TestPipeline.Run(text, Published));

    [Fact]
    public void ANegationBesideARealEventLeavesTheEvent()
    {
        var e = Assert.Single(TestPipeline.Run(
            "An air strike killed three civilians in Kunduz, Afghanistan, on Monday. No ground fighting was reported.", Published));
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [Fact]
    public void ADatelinesAgencyIsNoActor()
    {
        var e = Assert.Single(TestPipeline.Run(
            "DAMASCUS, Sept 3 (Levant Press Agency) - An air strike hit an army position near al-Kiswah, Syria, late on Monday, killing one soldier.",
            Published));
        Assert.DoesNotContain("Journalists", e.Actor1 + e.Actor2 + e.AssocActor1 + e.AssocActor2);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [Fact]
    public void APlannedDemonstrationOnALaterDateIsNoEvent() =>
        Assert.Empty(TestPipeline.Run(
            "Opposition groups called for demonstrations in Nairobi, Kenya, on 10 September 2024.\n\n" +
            "The police said officers would be deployed to protect government buildings.", Published));

    [Fact]
    public void ADeniedReportIsNoEvent() =>
        Assert.Empty(TestPipeline.Run(
            "The ministry rejected as baseless reports alleging clashes between the army and rebels in Panjshir, Afghanistan, this week.", Published));

    [Fact]
    public void AForecastIsNoEvent() =>
        Assert.Empty(TestPipeline.Run("Commanders expect Russian forces to step up ground attacks around Huliaipole, Ukraine, in the coming weeks.", Published));

    [Fact]
    public void LastYearsKillingIsBackground()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Protesters rallied in Suwayda, Syria, on Monday against the government.\n\nLast year, security forces shot dead a protester in the city.",
            Published));
        Assert.Equal("Protests", e.EventType);
    }

    [Fact]
    public void OvernightInAReportIsTheReportsDay()
    {
        var e = Assert.Single(TestPipeline.Run("Russian missiles struck an industrial site in Kharkiv, Ukraine, overnight, killing two workers.", Published));
        Assert.Equal("2024-09-03", e.EventDate);
    }

    [Fact]
    public void ATallySoFarThisYearIsNoEvent()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Gunmen attacked a police post in Kunduz, Afghanistan, on Monday, killing two officers.\n\n" +
            "Militants have fought government forces in the province dozens of times so far this year.", Published));
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Fact]
    public void LastMonthsEventsInAStoryAreBackground()
    {
        var events = TestPipeline.Run(
            "Police fired tear gas at protesters marching towards parliament in Accra, Ghana, on Monday.\n\n"
            + "The protests are a continuation of demonstrations that began last month, during which four people were killed.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Fact]
    public void AYearInTheStorysPastMakesItsSentenceBackground()
    {
        var events = TestPipeline.Run(
            "Soldiers retook the town of Djibo, Burkina Faso, on Monday after heavy fighting with militants.\n\n"
            + "The junta, which seized power in 2022, has vowed to recover all lost territory.",
            Published);
        Assert.Single(events);
    }

    [Fact]
    public void NoCrowdTurningUpIsNoProtest()
    {
        var events = TestPipeline.Run(
            "A march of about 2,000 people went through the centre of Kumasi, Ghana, on Monday.\n\n"
            + "In Tamale, no protesters turned up and shops stayed open.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Kumasi", e.Location);
    }

    [Fact]
    public void TheDayOfAStatementDoesNotDateTheIncident()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Mali's army said on Wednesday that its troops had regained control of the town of Boni on Monday after fighting with militants.",
            Published));
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Fact]
    public void APlaceHeldForDaysChangesHandsOnce()
    {
        var events = TestPipeline.Run(
            "Militants of the Islamic State occupied the village of Kalam, Mozambique, from 26 to 28 August before withdrawing.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-08-26", e.EventDate);
    }

    [Fact]
    public void AWithdrawalUnderAssaultIsGroundTakenByForce()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Russian forces captured the village of Kruhliakivka, Ukraine, on Monday after Ukrainian troops withdrew following days of assaults, the military said.",
            Published));
        Assert.Equal("Battles", e.EventType);
    }

    [Fact]
    public void AMarchCalledOffIsNoEvent()
    {
        var events = TestPipeline.Run(
            "Police fired tear gas to disperse protesters in Abuja, Nigeria, on Monday.\n\n"
            + "In Lagos, organisers called off a planned march after police warned that it had not been notified.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Abuja", e.Location);
    }

    [Fact]
    public void AGroupDescribedByWhatItDoesIsNoSecondEvent()
    {
        var events = TestPipeline.Run(
            "Al-Shabaab fighters attacked an army base in Bulo Burde, Somalia, on Monday, killing four soldiers, officials said.\n\n"
            + "A commander of the Macawisley, a clan militia that fights alongside the army, said the attackers had been pushed back.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Bulo Burde", e.Location);
    }

    [Fact]
    public void AnEarlierAttackTheStoryComparesWithIsBackground()
    {
        var events = TestPipeline.Run(
            "Gunmen attacked a police station in Zamfara, Nigeria, on Tuesday, killing two officers, police said.\n\n"
            + "The attack came a week after bandits ambushed a military convoy near Gusau.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void TheDayOfAStatementDoesNotDateTheIncidentItRetells()
    {
        var events = TestPipeline.Run(
            "Militants attacked an army position near Tassia, Niger, on Tuesday, killing 21 soldiers, the defence ministry said.\n\n"
            + "Several hundred assailants on motorcycles attacked the position near Tassia, the ministry said in a statement read on state television on Wednesday evening.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal(DayOfWeek.Tuesday, DateOnly.Parse(e.EventDate, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
    }

    [Fact]
    public void WhatAGroupHasDoneForYearsIsBackground()
    {
        var events = TestPipeline.Run(
            "A car bomb exploded outside a restaurant in Mogadishu, Somalia, on Friday, killing nine people, police said.\n\n"
            + "Al-Shabaab, which has fought for years to topple the government, claimed the attack.",
            Published);
        Assert.Single(events);
    }

    [Fact]
    public void UnverifiedReportsAndTrendsAreNoEvents()
    {
        var events = TestPipeline.Run(
            "Gunmen killed four farmers near Bokkos, Nigeria, on Sunday, police said.\n\n"
            + "Unverified reports of abductions by armed men along the Bokkos-Mangu road could not be confirmed.\n\n"
            + "Monitors also recorded a rise in arbitrary arrests at army checkpoints on the Jos road.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal(4, e.Fatalities);
    }

    [Fact]
    public void MenOfFightingAgeAndSurvivorsOfAbuseNameNoEvent()
    {
        var events = TestPipeline.Run(
            "Gunmen killed four farmers near Bokkos, Nigeria, on Sunday, police said.\n\n"
            + "Aid workers said men of fighting age were leaving the area and that survivors of sexual violence lacked care.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal(4, e.Fatalities);
    }

    [Fact]
    public void APoliceStatementOnPlannedProtestsRecordsNoProtest()
    {
        var events = TestPipeline.Run(
            "The police have noted calls circulating on social media for demonstrations in Kampala, Uganda, on Thursday.\n\n"
            + "The constitution guarantees the right to demonstrate peacefully.\n\n"
            + "During the demonstrations of recent weeks, some protesters looted shops.",
            Published);
        Assert.Empty(events);
    }

    [Fact]
    public void AttackersMovingOnToAnotherVillageBeginAnotherIncident()
    {
        var events = TestPipeline.Run(
            "Gunmen stormed Gabantawa, a village in Faskari, Katsina state, Nigeria, on Sunday, shooting dead three men.\n\n"
            + "The gunmen then rode about 7 km east to Zagami, where they went from house to house and abducted 25 people, residents said.",
            Published);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Location == "Zagami" && e.SubEventType == "Abduction/forced disappearance");
        // "Then" keeps the day of the first village: the second incident names no day of its own.
        Assert.Equal(events[0].EventDate, events[1].EventDate);
    }

    [Fact]
    public void WhatTheOrganisersOfAProtestDoNextIsNoSecondProtest()
    {
        var events = TestPipeline.Run(
            "Several hundred people protested over power cuts in Tahrir Square in Baghdad, Iraq, on Monday.\n\n"
            + "Organisers of the Baghdad protest met the governor on Tuesday.",
            Published);
        Assert.Single(events);
    }

    [Fact]
    public void AnAssaultRifleIsAWeaponNotAnAssault()
    {
        var events = TestPipeline.Run("Police recovered an assault rifle from a house in Kupwara, India, on Monday.", Published);
        Assert.DoesNotContain(events, e => e.EventType is "Violence against civilians" or "Battles");
    }

    [Fact]
    public void ARallyThatWasCalledOffLaterInTheSentenceIsNoEvent()
    {
        var events = TestPipeline.Run(
            "Hundreds of teachers marched peacefully through Harare, Zimbabwe, on Monday to demand higher pay.\n\n"
            + "A second rally organised in the city of Mutare for the same day was postponed because of heavy rain, a union official said.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Harare", e.Location);
    }

    [Fact]
    public void ACallForARallyAndAnAnnouncedProtestNobodyAttendedAreNoEvents()
    {
        var events = TestPipeline.Run(
            "Several hundred people protested peacefully over power cuts in Tahrir Square in Baghdad, Iraq, on Monday.\n\n"
            + "Organisers have called for a larger rally across all provinces on Friday.\n\n"
            + "A protest had been announced in Basra, but nobody turned up.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Peaceful protest", e.SubEventType);
    }

    [Fact]
    public void ALeadThatJoinsTwoIncidentsOnTwoDaysGivesTwoEvents()
    {
        var events = TestPipeline.Run(
            "Insurgents killed two farmers with machetes near Macomia, Mozambique, on Sunday, and soldiers killed four militants in a clash near Mocimboa da Praia on Monday, officials said.",
            Published);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.EventDate == "2024-09-01" && e.EventType == "Violence against civilians" && e.Fatalities == 2);
        Assert.Contains(events, e => e.EventDate == "2024-09-02" && e.SubEventType == "Armed clash" && e.Fatalities == 4);
    }

    [Fact]
    public void DaysListedForOneEventStayOneClause()
    {
        var events = TestPipeline.Run("Regime forces clashed with rebels near Kafr Nabl, Syria, on Sunday and Monday.", Published);
        Assert.All(events, e => Assert.Equal("Armed clash", e.SubEventType));
        Assert.Equal(["2024-09-01", "2024-09-02"], events.Select(e => e.EventDate).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AHeadingLineDatesTheIncidentItsParagraphTells()
    {
        var events = TestPipeline.Run(
            "FRONTIER SECURITY DIGEST - week of 26 August\n\n"
            + "Kurram - 27 August. Gunmen on a motorcycle shot dead a teacher near Parachinar, Pakistan.\n\n"
            + "Orakzai - 29 August. A roadside bomb wounded two soldiers on patrol near Kalaya, Pakistan.",
            Published);
        Assert.Contains(events, e => e.EventDate == "2024-08-27" && e.Fatalities == 1);
        Assert.Contains(events, e => e.EventDate == "2024-08-29" && e.SubEventType == "Remote explosive/landmine/IED");
    }

    [Theory]
    [InlineData("The district commissioner expects more attacks on herders in the coming weeks.")]
    [InlineData("Aid agencies warned of a heightened risk of attacks on pilgrims during the festival.")]
    [InlineData("Union leaders said further protests would be held in the city if fuel prices were not cut.")]
    [InlineData("Cattle raids and reprisal killings occur regularly along the county border.")]
    [InlineData("Such withdrawals have often been followed by ambushes on the returning troops.")]
    [InlineData("The bar association has lawyers at every police station to help anyone who is arrested.")]
    [InlineData("The rebels announced a curfew on motorbikes starting next Monday.")]
    [InlineData("The supply convoy was not attacked.")]
    public void AForecastAPatternAGenericOrANegatedActBesideAnEventIsNoSecondEvent(string second)
    {
        var events = TestPipeline.Run(
            "Gunmen shot dead four farmers near Bokkos, Nigeria, on Sunday, police said.\n\n" + second, Published);
        var e = Assert.Single(events);
        Assert.Equal(4, e.Fatalities);
    }

    [Theory]
    [InlineData("The governor visited the wounded in hospital on Tuesday.")]
    [InlineData("Two of the kidnapped travellers were freed on Tuesday after their families paid a ransom.")]
    [InlineData("Residents said they heard loud explosions from the hills until the afternoon.")]
    public void PeopleTheIncidentHurtOrTookAndWhatWitnessesHeardAreNotAnotherIncident(string second)
    {
        var events = TestPipeline.Run(
            "Armed men abducted nine bus passengers and wounded the driver on a highway near Gimbi, Ethiopia, on Monday, a relative said.\n\n"
            + second, Published);
        var e = Assert.Single(events);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Fact]
    public void ALivePagesTitleAboveItsTimestampIsNoEvent()
    {
        var events = TestPipeline.Run(
            "LIVE: Protests over fuel prices in Lagos and the north\nUpdated Tuesday 3 September 2024, 20:00. Newest first.\n\n"
            + "19:30 - In Kano, police fired tear gas at several hundred people marching to the governor's office.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Kano", e.Location);
    }

    [Theory]
    [InlineData("ANALYSIS: THE BLOCKADE ECONOMY OF THE NORTH")]
    [InlineData("We expect militant ambushes on convoys near Kaduna to continue.")]
    [InlineData("Residents of Kaduna said they heard heavy gunfire and explosions until dawn.")]
    public void AHeadingInCapitalsAnOutlookAndWhatWasHeardAreNoSecondEvent(string line)
    {
        var events = TestPipeline.Run(
            "Gunmen shot dead four farmers near Bokkos, Nigeria, on Sunday, police said.\n\n" + line + "\n\n"
            + "Traders said the roads to the market had been closed for a week.", Published);
        Assert.Equal(4, Assert.Single(events).Fatalities);
    }

    [Fact]
    public void AStatementThatNamesOnlyItsOwnMinistryAndTellsOfNoIncidentHasNoEvent()
    {
        var events = TestPipeline.Run(
            "NIGERIAN ARMY\nPress statement - 3 September 2024\n\n"
            + "The command informs citizens that security in the northern provinces is fully under control.\n\n"
            + "Citizens are asked to carry their identity cards at all times.", Published);
        Assert.Empty(events);
    }

    [Fact]
    public void AnAttributedTellingUnderADatedHeadingOpensItsOwnIncident()
    {
        var events = TestPipeline.Run(
            "FRONTIER SECURITY DIGEST - week of 26 August\n\n"
            + "Kurram - 27 August. Gunmen on a motorcycle shot dead a teacher near Parachinar, Pakistan.\n\n"
            + "Orakzai - 29 August. Troops raided a hideout near Kalaya. According to the military, four militants were killed in an exchange of fire.",
            Published);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.EventDate == "2024-08-29" && e.EventType == "Battles" && e.Location == "Kalaya");
    }

    [Fact]
    public void ASummaryParagraphRetellsTheSectionsIncidents()
    {
        var events = TestPipeline.Run(
            "MONITORING REPORT - August 2024\n\n"
            + "Summary: between 26 and 27 August, soldiers raided two villages in Tedim township, Myanmar.\n\n"
            + "Khuangphaw village, 26 August. Soldiers set fire to 14 houses in Khuangphaw, residents said.\n\n"
            + "Lungpi village, 27 August. Soldiers shot dead two farmers in their fields near Lungpi.",
            Published);
        Assert.Equal(2, events.Count);
        Assert.DoesNotContain(events, e => e.Notes.StartsWith("Summary", StringComparison.Ordinal));
    }

    [Fact]
    public void AMarchWithAnAdverbIsAProtest() =>
        Assert.Equal("Protests", Assert.Single(TestPipeline.Run(
            "Hundreds of nurses marched peacefully through Lusaka, Zambia, on Monday to demand unpaid wages.", Published)).EventType);

    [Theory]
    [InlineData("Shell fragments were collected in Jos and handed over to police investigators for examination.")]
    [InlineData("At a ceremony in Jos, elders from both clans slaughtered a bull and shared a meal.")]
    public void EvidenceHandedToInvestigatorsAndAnAnimalSlaughteredAreNoEvents(string second)
    {
        var events = TestPipeline.Run(
            "Gunmen shot dead four farmers near Bokkos, Nigeria, on Sunday, police said.\n\n" + second, Published);
        Assert.Equal(4, Assert.Single(events).Fatalities);
    }

    [Fact]
    public void AnIncidentKnownOnlyToItsMonthIsDatedToTheMiddleOfIt()
    {
        var events = TestPipeline.Run(
            "FIELD BRIEF - Gao region, Mali\n\n" +
            "Incidents\n1. Ansongo, 28 August. Gunmen shot dead two herders near Ansongo, Mali, in the morning.\n\n" +
            "2. Bourem, August (date unknown). Residents of Bourem, Mali, told our team that armed men had set fire to about 15 shops " +
            "in the market at some point in August.", Published);
        var burned = Assert.Single(events, e => e.SubEventType == "Looting/property destruction");
        Assert.Equal("2024-08-15", burned.EventDate);
        Assert.Equal(3, burned.TimePrecision);
        Assert.Contains(events, e => e.EventDate == "2024-08-28" && e.Fatalities == 2);
    }

    [Fact]
    public void EarlierThisWeekInAFridayDigestIsTheTuesday()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Gunmen abducted four traders from a market outside Tera, Niger, earlier this week, a relative of one of them said.",
            new DateOnly(2024, 9, 6)));
        Assert.Equal("2024-09-03", e.EventDate);
        Assert.Equal(2, e.TimePrecision);
    }

    [Fact]
    public void AMonthInAnActorsHistoryDatesNoEvent()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Rebels attacked an army post near Gao, Mali, on Monday, killing three soldiers, a military source said.\n\n" +
            "The rebels, which captured the town of Bourem in August, have since extended their hold over the river road.", Published));
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Fact]
    public void ALiveBlogsGreetingIsNoEvent()
    {
        var e = Assert.Single(TestPipeline.Run(
            "12:10 - Good morning and welcome to our live coverage of the teachers' march in Lusaka, Zambia.\n\n"
            + "12:40 - Police fired tear gas at several hundred teachers protesting over unpaid salaries outside the education ministry in Lusaka.",
            Published));
        Assert.Equal("Protest with intervention", e.SubEventType);
    }

    [Fact]
    public void BlameForCrimesInGeneralIsNoEvent() =>
        Assert.Empty(TestPipeline.Run(
            "LUSAKA, Sept 3 - The foreign ministry of Zambia rejects the panel's call for a protection force.\n\n"
            + "The ministry says the Zambian army is committed to protecting civilians. It stresses that the rebel Popular Front militia "
            + "bears full responsibility for the crimes committed against Zambians, including killings, looting and sexual violence.\n\n"
            + "The ministry calls on the council to list the militia as a terrorist group.", Published));
}
