namespace Sitrep.Core.Tests.Coding;

/// <summary>How ACLED names the sides of arrests, crowd fights and attacks on a foreign force, on reports written here.</summary>
public class ActorConventionTests
{
    private static Sitrep.Core.Resolution.ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Fact]
    public void PeopleArrestedByThePoliceAreCivilians()
    {
        var e = One("Police arrested 40 people in Makamba, Burundi, on Tuesday during the election campaign.");
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Burundi", e.Actor1);
        Assert.Equal("Civilians (Burundi)", e.Actor2);
    }

    [Fact]
    public void AMassArrestWithNoNamedForceIsThePolices()
    {
        var e = One("About 60 opposition supporters were arrested in Bujumbura, Burundi, on Tuesday.");
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Burundi", e.Actor1);
        Assert.Equal("Civilians (Burundi)", e.Actor2);
    }

    [Fact]
    public void FightersDetainedByAnUnnamedSideAreNotGivenToThePolice()
    {
        // In a war several armed groups detain people: naming the state's police would be a guess.
        var e = One("Three Islamic State members were arrested on Tuesday in Manbij, Syria.");
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("", e.Actor1);
        Assert.Equal("Islamic State (Syria)", e.Actor2);
    }

    [Fact]
    public void ARebelGroupsArrestNamesWhomItTook()
    {
        var e = One("Hayat Tahrir al-Sham arrested a local council member in Sarmada, Idlib, on Tuesday.");
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("HTS: Hayat Tahrir al Sham", e.Actor1);
        Assert.NotEqual("Civilians (Syria)", e.Actor2);
    }

    [Fact]
    public void APoliceForceThatAnswersARiotInALaterSentenceIsItsOtherSide()
    {
        var e = One("Traders set fire to market stalls in Kisumu, Kenya, on Tuesday over new levies. Police fired tear gas at them.");
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Kenya)", e.Actor1);
        Assert.StartsWith("Police Forces of Kenya", e.Actor2);
    }

    [Fact]
    public void APoliceForceThatDispersedARiotIsItsOtherSideWhateverItsClause()
    {
        // The police are named only inside a clause of time; dispersing the crowd still makes them the riot's other side.
        var e = One("Youths blocked a road and burned tyres in Nyeri, Kenya, on Tuesday. Several were hurt when police dispersed them.");
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Kenya)", e.Actor1);
        Assert.StartsWith("Police Forces of Kenya", e.Actor2);
    }

    [Fact]
    public void ACommunityThatRetaliatesInALaterSentenceIsTheFightsOtherSide()
    {
        var e = One("Pokot raiders attacked a village in Turkana, Kenya, on Tuesday. Turkana herders retaliated and killed two of the raiders.");
        Assert.Equal("Pokot Ethnic Militia (Kenya)", e.Actor1);
        Assert.Equal("Turkana Ethnic Militia (Kenya)", e.Actor2);
    }

    [Theory]
    [InlineData("Traders protested in Nyeri, Kenya, on Tuesday against new market fees. Police shot at the crowd, injuring two.")]
    [InlineData("Teachers protested in Nyeri, Kenya, on Tuesday over pay. Police clobbered and injured several of them.")]
    public void AProtestThePoliceShotAtOrHurtIsNoPeacefulOne(string text)
    {
        var e = One(text);
        Assert.Equal("Protests", e.EventType);
        Assert.NotEqual("Peaceful protest", e.SubEventType);
        Assert.StartsWith("Police Forces of Kenya", e.Actor2);
    }

    [Fact]
    public void PoliceWhoOnlyArrestSuspectsLaterAreNoSideOfAnAttack()
    {
        var e = One("Gunmen attacked a bar in Garissa, Kenya, on Tuesday. Police arrested two suspects.");
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Civilians (Kenya)", e.Actor2);
    }

    [Fact]
    public void TwoCrowdsFightingAreRiotersOnBothSides()
    {
        var e = One("Farmers and herders fought with sticks and machetes over grazing land in Deli, Chad, on Tuesday, wounding three people.");
        Assert.Equal("Riots", e.EventType);
        Assert.Equal("Rioters (Chad)", e.Actor1);
        Assert.Equal("Farmers (Chad)", e.AssocActor1);
        Assert.Equal("Rioters (Chad)", e.Actor2);
        Assert.Equal("Pastoralists (Chad)", e.AssocActor2);
    }

    [Fact]
    public void ASoldierKilledIsOfTheMilitary()
    {
        var e = One("A soldier was shot dead by Taliban militants in Chahar Asyab district, Kabul, Afghanistan, on Tuesday.");
        Assert.Equal("Taliban", e.Actor1);
        Assert.StartsWith("Military Forces of Afghanistan", e.Actor2);
    }

    [Fact]
    public void ASoldierOfANamedForeignForceIsThatForces()
    {
        // The soldier killed is one of the Turkish troops, not of Iraq's army.
        var e = One("PKK militants attacked Turkish troops on a hill in Haftanin, Dahuk, Iraq, on Tuesday, killing one soldier.");
        Assert.StartsWith("Military Forces of Turkey", e.Actor2);
        Assert.DoesNotContain("Military Forces of Iraq", e.AssocActor2);
        Assert.DoesNotContain("Military Forces of Iraq", e.AssocActor1);
    }

    [Theory]
    [InlineData("FARDC soldiers clashed with APCLS militiamen in Nyabiondo, Masisi, Nord-Kivu, DR Congo, on Tuesday.", "2019-03-06", "APCLS: Alliance of Patriots for a Free and Sovereign Congo")]
    [InlineData("FARDC soldiers clashed with Mai-Mai Yakutumba fighters near Fizi, Sud-Kivu, DR Congo, on Tuesday.", "2019-03-06", "Mayi Mayi Militia (Yakutumba)")]
    [InlineData("Indonesian soldiers clashed with TPNPB rebels in Intan Jaya, Papua, Indonesia, on Tuesday.", "2020-05-06", "TPNPB: West Papua National Liberation Army")]
    [InlineData("Iraqi soldiers clashed with Tribal Mobilization Forces near Haditha, Anbar, Iraq, on Tuesday.", "2020-05-06", "TMF: Tribal Mobilization Forces")]
    public void AnArmedGroupOfTheTableIsNamedNotLeftUnidentified(string text, string published, string actor2)
    {
        var e = Assert.Single(TestPipeline.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(actor2, e.Actor2);
    }

    [Theory]
    [InlineData("On Tuesday, a group of Papuan students held a peaceful protest in Jayapura, Papua, Indonesia, against mining on customary land.", "Protesters (Indonesia)", "Papuan Ethnic Group (Indonesia)")]
    [InlineData("On Tuesday, gunmen shot dead two Kurdish villagers near Sinjar, Nineveh, Iraq.", "Civilians (Iraq)", "Kurdish Ethnic Group (Iraq)")]
    [InlineData("On Tuesday, a Papuan man was beaten by soldiers in Nabire, Papua, Indonesia.", "Civilians (Indonesia)", "Papuan Ethnic Group (Indonesia)")]
    public void AnEthnicGroupTheReportGivesIsAnAssociateOfItsPeople(string text, string people, string group)
    {
        // ACLED names the identity of the people hurt or protesting as an associate, never as the side's actor.
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2020, 5, 6)));
        var side = e.Actor1 == people ? e.AssocActor1 : e.Actor2 == people ? e.AssocActor2 : null;
        Assert.NotNull(side);
        Assert.Contains(group, side);
        Assert.NotEqual(group, e.Actor1);
        Assert.NotEqual(group, e.Actor2);
    }

    [Theory]
    [InlineData("On Tuesday, a civilian was attacked in the Karrada district of Baghdad, Iraq, by unidentified gunmen.", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]
    [InlineData("On Tuesday, a journalist was assaulted by unknown assailants in Lubumbashi, Haut-Katanga, DR Congo.", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)")]
    public void TheAgentOfAPassiveVerbIsTheFirstSideAndItsSubjectTheTarget(string text, string actor1, string actor2)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2020, 5, 6)));
        Assert.Equal(actor1, e.Actor1);
        Assert.Equal(actor2, e.Actor2);
    }

    [Fact]
    public void APartysMilitiasClashingAreThePartiesAsMilitias()
    {
        // "PDP and APC militias": each party's armed men, a battle between the two parties, not a crowd.
        var e = One("PDP and APC militias clashed with firearms and cutlasses at a palace in Benin City, Edo, Nigeria, on Tuesday.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(new[] { "PDP: Peoples Democratic Party", "APC: All Progressives Congress" }, new[] { e.Actor1, e.Actor2 });
    }

    [Theory]
    [InlineData("Iraqi army troops attacked Islamic State militants near Tikrit, Salah al-Din, Iraq, on Tuesday, killing four militants.", "Islamic State (Iraq)")]
    [InlineData("Congolese soldiers clashed with Mayi Mayi fighters in Walikale, Nord-Kivu, on Monday. Three militiamen were killed.", "Mayi Mayi Militia")]
    public void MembersOfANamedGroupToldAgainAreNoUnidentifiedGroup(string text, string actor2)
    {
        // "killing four militants": the militants are the named group's, not a second, unidentified armed group.
        var e = One(text);
        Assert.Equal(actor2, e.Actor2);
        Assert.DoesNotContain("Unidentified Armed Group", e.AssocActor1 + e.AssocActor2);
    }

    [Theory]
    [InlineData("Boko Haram fighters attacked Kukawa, Borno, Nigeria, on Saturday, killing five farmers.", "2020-03-04",
        "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")]
    [InlineData("Boko Haram fighters attacked Kukawa, Borno, Nigeria, on Saturday, killing five farmers.", "2014-03-04",
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")]
    [InlineData("Fighters of the Boko Haram faction known as JAS attacked Kukawa, Borno, Nigeria, on Saturday, killing five farmers.", "2020-03-04",
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")]
    public void BokoHaramWithoutAFactionIsTheJointActorAfterTheSplit(string text, string published, string actor1)
    {
        var e = Assert.Single(TestPipeline.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(actor1, e.Actor1);
        Assert.Equal("", e.AssocActor1);
    }

    [Theory]
    [InlineData("Bus drivers protested outside the transport ministry in Lima, Peru, on Tuesday over unpaid wages.")]
    [InlineData("Truck drivers blocked the port road in Valparaiso, Chile, on Tuesday to protest fuel prices.")]
    public void DriversEmployedByOthersAreALabourGroup(string text) =>
        Assert.StartsWith("Labour Group", One(text).AssocActor1);

    [Fact]
    public void AircraftGivenToEitherAirForceAreTheJointSyrianAndOrRussianActor()
    {
        var e = Assert.Single(TestPipeline.Run("Suspected Syrian or Russian warplanes struck Kafr Nabudah, Hama, Syria, on Tuesday.",
            new DateOnly(2019, 6, 4)));
        Assert.Equal("Allied Syrian and/or Russian Forces", e.Actor1);
        var russian = Assert.Single(TestPipeline.Run("Russian warplanes struck Kafr Nabudah, Hama, Syria, on Tuesday.", new DateOnly(2019, 6, 4)));
        Assert.StartsWith("Military Forces of Russia", russian.Actor1);
    }

    [Theory]
    [InlineData("Clashes took place between regime forces and Islamic factions around Harasta, Rural Damascus, Syria, on Tuesday.")]
    [InlineData("Regime forces clashed with Islamist armed groups near Harasta, Rural Damascus, Syria, on Tuesday.")]
    public void IslamistFactionsNamedByKindAreAnIslamistMilitia(string text)
    {
        var e = One(text);
        Assert.Contains("Islamist Militia (Syria)", new[] { e.Actor1, e.Actor2 });
    }

    [Fact]
    public void OneOppositionFighterIsTheRebelSide()
    {
        var e = One("One opposition fighter was killed in clashes with regime forces in Atareb, Aleppo, Syria, on Tuesday.");
        Assert.Contains("Opposition Rebels (Syria)", new[] { e.Actor1, e.Actor2 });
    }

    [Theory]
    [InlineData("Hundreds of people protested in Basra, Iraq, on Tuesday to demand the payment of their delayed salaries.")]
    [InlineData("Dozens of residents rallied in Kano, Nigeria, on Tuesday, demanding jobs for local youths at the new refinery.")]
    [InlineData("Former contract staff demonstrated in Mombasa, Kenya, on Tuesday after they were laid off by the port authority.")]
    public void ACrowdDemandingPayOrJobsIsALabourGroup(string text) =>
        Assert.Equal("Labour Group (" + One(text).Country + ")", One(text).AssocActor1);

    [Theory]
    [InlineData("Pensioners demonstrated in Benin City, Nigeria, on Tuesday over the non-payment of their arrears.")]
    [InlineData("Retirees of the railway company protested in Lagos, Nigeria, on Tuesday, demanding their retirement benefits.")]
    [InlineData("Daily wagers staged a sit-in at the refinery in Basra, Iraq, on Tuesday to demand fixed contracts.")]
    [InlineData("Graduates protested outside the ministry in Baghdad, Iraq, on Tuesday, demanding that they be appointed.")]
    [InlineData("Village secretaries went on strike and protested in Birgunj, Nepal, on Tuesday.")]
    public void PensionersWagersAndStrikersAreALabourGroup(string text) =>
        Assert.Contains("Labour Group (" + One(text).Country + ")", One(text).AssocActor1);

    [Fact]
    public void StudentsAgainstALabourLawSpeakForWorkersToo()
    {
        var e = One("Hundreds of students protested in Medan, Indonesia, on Tuesday against the new job creation law.");
        Assert.Contains("Students (Indonesia)", e.AssocActor1);
        Assert.Contains("Labour Group (Indonesia)", e.AssocActor1);
    }

    [Fact]
    public void StudentsAskingForTheirAllowancesAreNoLabourGroup() =>
        Assert.Equal("Students (Nigeria)", One("Students demonstrated in Port Harcourt, Nigeria, on Tuesday over the non-payment of their allowances.").AssocActor1);

    [Fact]
    public void TheCrowdLeadsTheGroupsThatProtestInIt()
    {
        var e = One("Civil contractors staged a sit-in at the district office in Pokhara, Nepal, on Tuesday. The protesters demanded changes to the procurement rules.");
        Assert.Equal("Protesters (Nepal)", e.Actor1);
        Assert.Equal("Labour Group (Nepal)", e.AssocActor1);
    }

    [Theory]
    [InlineData("Hundreds of people protested in Basra, Iraq, on Tuesday, calling for the dismissal of the governor.")]
    [InlineData("Hundreds of people protested in Basra, Iraq, on Tuesday against corruption and poor public services.")]
    public void ACrowdWithOtherDemandsIsNoLabourGroup(string text) =>
        Assert.Equal("", One(text).AssocActor1);

    [Theory]
    [InlineData("A mob lynched a man suspected of stealing a goat in Kitale, Kenya, on Tuesday.")]
    [InlineData("Residents beat to death a suspected robber in Onitsha, Nigeria, on Tuesday.")]
    [InlineData("An angry crowd burned an elderly man accused of witchcraft in Beira, Mozambique, on Tuesday.")]
    [InlineData("A vigilante mob killed a man in Kitale, Kenya, on Tuesday.")]
    public void RiotersWhoPunishASuspectedCriminalAreAssociatedWithAVigilanteGroup(string text)
    {
        var e = One(text);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
        Assert.Equal("Vigilante Group (" + e.Country + ")", e.AssocActor1);
        Assert.DoesNotContain("Vigilante", e.Actor2 + e.AssocActor2);
    }

    [Theory]
    [InlineData("Villagers in Bungoma, Kenya, lynched two suspected robbers on Tuesday night.")]
    [InlineData("Three suspected gangsters were beaten to death by an angry mob in Kisumu, Kenya, on Tuesday.")]
    [InlineData("A mob burned two suspected kidnappers to death in Ibadan, Nigeria, on Tuesday.")]
    public void SuspectedCriminalsACrowdPunishesAreCivilians(string text)
    {
        // ACLED codes people a mob punishes as suspects as civilians, not as the gang or armed group the words describe.
        var e = One(text);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
        Assert.Equal("Civilians (" + e.Country + ")", e.Actor2);
        Assert.DoesNotContain("Unidentified", e.AssocActor2);
        Assert.DoesNotContain("Gang", e.AssocActor2);
    }

    [Fact]
    public void ACrowdThatLynchesAMemberOfANamedGroupKeepsTheGroup()
    {
        var e = One("An angry mob in Beni, Democratic Republic of Congo, lynched an ADF fighter suspected of kidnapping a farmer on Tuesday.");
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.Contains("ADF", e.Actor2 + e.AssocActor2);
    }

    [Theory]
    [InlineData("Police fired into the air to disperse a crowd of rioting youths in Kisumu, Kenya, on Tuesday.")]
    [InlineData("The police shot in the air to break up a crowd of rioting traders in Nakuru, Kenya, on Tuesday.")]
    public void RiotersLeadTheForceThatDispersesThemThoughTheSentenceNamesItFirst(string text)
    {
        var e = One(text);
        Assert.Equal("Riots", e.EventType);
        Assert.Equal("Rioters (Kenya)", e.Actor1);
        Assert.StartsWith("Police Forces of Kenya", e.Actor2);
    }

    [Fact]
    public void ACrowdFightingOverAMatchIsNoVigilanteGroup() =>
        Assert.Equal("", One("Angry youths burned shops and beat passers-by in Kitale, Kenya, on Tuesday after a football match.").AssocActor1);

    [Theory]
    [InlineData("A grenade wounded six people at a bus stop in Garissa, Kenya, on Tuesday. Al Shabaab is suspected.")]
    [InlineData("Gunmen killed two traders in Mandera, Kenya, on Tuesday. The attackers are believed to be members of al-Shabaab.")]
    public void AGroupTheReportSuspectsIsThePerpetrator(string text) =>
        Assert.Equal("Al Shabaab", One(text).Actor1);

    [Fact]
    public void AnAttackWithNoSuspectStaysUnidentified() =>
        Assert.StartsWith("Unidentified Armed Group", One("Gunmen killed two traders in Mandera, Kenya, on Tuesday.").Actor1);

    [Fact]
    public void TeachersDemandingPayStayTeachers()
    {
        var e = One("Teachers protested in Nakuru, Kenya, on Tuesday over unpaid salaries.");
        Assert.Equal("Teachers (Kenya)", e.AssocActor1);
    }

    [Fact]
    public void MerchantsWhoProtestAreALabourGroup() =>
        Assert.Equal("Labour Group (Kenya)", One("Merchants protested in Eldoret, Kenya, on Tuesday against new county levies.").AssocActor1);

    [Theory]
    // ACLED's data names workers as a Labour Group from 2016, and taxi drivers and street traders from 2018: before that
    // the crowd is coded alone, so an earlier report gets no such associate.
    [InlineData("Factory workers protested in Thika, Kenya, on Tuesday over unpaid wages.", "2012-03-08", "")]
    [InlineData("Factory workers protested in Thika, Kenya, on Tuesday over unpaid wages.", "2017-03-08", "Labour Group (Kenya)")]
    [InlineData("Matatu drivers protested in Nakuru, Kenya, on Tuesday against new traffic rules.", "2014-03-08", "")]
    [InlineData("Matatu drivers protested in Nakuru, Kenya, on Tuesday against new traffic rules.", "2019-03-08", "Taxi Drivers (Kenya)")]
    public void GroupsAcledBeganToCodeLaterAreNotNamedBefore(string text, string published, string assoc)
    {
        var e = Assert.Single(TestPipeline.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Protesters (Kenya)", e.Actor1);
        Assert.Equal(assoc, e.AssocActor1);
    }

    [Theory]
    [InlineData("The Nigerian Airforce bombed a bandit camp in Zurmi, Zamfara, Nigeria, on Tuesday, killing 12 bandits.")]
    [InlineData("NAF jets struck a bandit camp in Zurmi, Zamfara, Nigeria, on Tuesday, killing 12 bandits.")]
    public void TheNigerianAirForceInOneWordOrByItsInitialsIsNigeriasMilitary(string text) =>
        Assert.StartsWith("Military Forces of Nigeria", One(text).Actor1);

    [Fact]
    public void SidesComeFromTheSentenceThatTellsWhoActedWhenTheTollSentenceNamesOnlyTheDead()
    {
        var e = One("On Tuesday the Congolese army attacked an ADF camp near Beni, North Kivu, DR Congo. The fighting left four rebels dead.");
        Assert.StartsWith("Military Forces of the Democratic Republic of Congo", e.Actor1);
        Assert.Contains("ADF", e.Actor2);
    }

    [Theory]
    [InlineData("On Tuesday the Kenyan army attacked an al-Shabaab camp in Lamu, Kenya.")]
    [InlineData("On 3 March, the Kenyan army attacked an al-Shabaab camp in Lamu, Kenya.")]
    [InlineData("At dawn the Kenyan army attacked an al-Shabaab camp in Lamu, Kenya.")]
    public void ATimeAtTheStartOfTheSentenceMakesNoTarget(string text)
    {
        var e = One(text);
        Assert.StartsWith("Military Forces of Kenya", e.Actor1);
        Assert.StartsWith("Al Shabaab", e.Actor2);
    }

    [Fact]
    public void AStatesGunfireOrMortarsNameItsMilitary() =>
        Assert.StartsWith("Military Forces of Turkey", One("Turkish mortar shells hit a village in Amedi district, Dahuk, Iraq, on Tuesday, injuring a girl.").Actor1);

    [Theory]
    // Raiders with no name are an unidentified identity militia: ACLED's data calls it ethnic until 2015, communal after.
    [InlineData("Raiders attacked a village in Turkana, Kenya, on Tuesday and stole 200 goats, killing a herder.", "2008-06-20", "Unidentified Ethnic Militia (Kenya)")]
    [InlineData("Raiders attacked a village in Turkana, Kenya, on Tuesday and stole 200 goats, killing a herder.", "2018-06-20", "Unidentified Communal Militia (Kenya)")]
    [InlineData("Gunmen attacked a village in Turkana, Kenya, on Tuesday, killing a herder.", "2018-06-20", "Unidentified Armed Group (Kenya)")]
    public void UnnamedRaidersAreAnIdentityMilitiaNamedForThePeriod(string text, string published, string actor1) =>
        Assert.Equal(actor1, Assert.Single(TestPipeline.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))).Actor1);

    [Fact]
    public void AnEthnicMilitiaInThePluralIsStillThatMilitia() =>
        Assert.Equal("Pokot Ethnic Militia (Kenya)",
            Assert.Single(TestPipeline.Run("Pokot militias attacked a village in Turkana, Kenya, on Tuesday, killing a herder.", new DateOnly(2012, 3, 6))).Actor1);

    [Theory]
    // ACLED names Pastoralists beside a Fulani militia, on its side, from 2018.
    [InlineData("2019-06-20", "Pastoralists (Nigeria)")]
    [InlineData("2012-06-20", "")]
    public void AFulaniMilitiaHasPastoralistsBesideIt(string published, string assoc)
    {
        var e = Assert.Single(TestPipeline.Run("Suspected Fulani militias attacked Agatu, Benue state, Nigeria, on Tuesday and killed six residents.",
            DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Fulani Ethnic Militia (Nigeria)", e.Actor1);
        Assert.Equal(assoc, e.AssocActor1);
        Assert.Equal("Civilians (Nigeria)", e.Actor2);
        Assert.Equal("", e.AssocActor2);
    }

    [Theory]
    // ACLED names a communal militia after the place or community the report says it comes from.
    [InlineData("On Tuesday, Katsina communal militias attacked Kwari village in Faskari LGA, Katsina state, Nigeria, killing four residents.", "Katsina Communal Militia (Nigeria)")]
    [InlineData("On Tuesday, suspected communal militias attacked Kwari village in Faskari LGA, Katsina state, Nigeria, killing four residents.", "Unidentified Communal Militia (Nigeria)")]
    [InlineData("On Tuesday, Nigerian communal militias attacked Kwari village in Faskari LGA, Katsina state, Nigeria, killing four residents.", "Unidentified Communal Militia (Nigeria)")]
    public void ACommunalMilitiaIsNamedAfterItsPlace(string text, string actor1) =>
        Assert.Equal(actor1, Assert.Single(TestPipeline.Run(text, new DateOnly(2020, 8, 14))).Actor1);

    [Fact]
    public void ThePlaceAMilitiaIsNamedAfterIsStillAPlace()
    {
        var e = Assert.Single(TestPipeline.Run("On Tuesday, gunmen killed the leader of the Egume communal militia at his house in Dekina LGA, Kogi state, Nigeria.", new DateOnly(2020, 4, 21)));
        Assert.Contains("Egume Communal Militia (Nigeria)", new[] { e.Actor2, e.AssocActor2 });
        Assert.Equal("Egume", e.Location);
    }

    [Theory]
    // Two groups sharing one noun are each a group of that noun; names the table does not know as such groups are left alone.
    [InlineData("Maasai and Kikuyu militias clashed over access to water in Narok, Kenya, on Tuesday.", "Maasai Ethnic Militia (Kenya)", "Kikuyu Ethnic Militia (Kenya)")]
    [InlineData("Fighting broke out between Pokot and Turkana raiders in Kapedo, Kenya, on Tuesday.", "Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)")]
    // Two communities that fight are their militias.
    [InlineData("Four people died in clashes between the Orma and Wardei communities near Garsen, Kenya, on Tuesday.", "Orma Ethnic Militia (Kenya)", "Wardei Ethnic Militia (Kenya)")]
    [InlineData("Members of the Kikuyu and Maasai communities clashed over a farm near Naivasha, Kenya, on Tuesday.", "Kikuyu Ethnic Militia (Kenya)", "Maasai Ethnic Militia (Kenya)")]
    public void TwoGroupsSharingOneNounAreBothNamed(string text, string one, string other)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2005, 2, 17)));
        Assert.Equal(new[] { one, other }.Order(), new[] { e.Actor1, e.Actor2 }.Order());
    }

    [Fact]
    public void TwoCommunitiesAttackedAreNoMilitias()
    {
        // Outside a fight between them, "the X and Y communities" are the places or people struck, not two armed sides.
        var e = Assert.Single(TestPipeline.Run("Gunmen attacked the Orma and Pokomo communities near Garsen, Kenya, on Tuesday, killing two villagers.", new DateOnly(2005, 2, 17)));
        Assert.DoesNotContain("Ethnic Militia", e.Actor1 + e.Actor2 + e.AssocActor1 + e.AssocActor2);
    }

    [Theory]
    // A community's name before a word for its armed men, or "ethnic group" as the one who attacks, is its militia.
    [InlineData("Pokot militants shot dead a herder near Marigat, Kenya, on Tuesday.", "Pokot Ethnic Militia (Kenya)")]
    [InlineData("The Orma ethnic group attacked a village near Garsen, Kenya, on Tuesday, killing two farmers.", "Orma Ethnic Militia (Kenya)")]
    [InlineData("A Degodia ethnic militia attacked a village near Wajir, Kenya, on Tuesday, killing two herders.", "Degodia Ethnic Militia (Kenya)")]
    public void ACommunitysArmedMenAreItsMilitia(string text, string actor1)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2008, 2, 17)));
        Assert.Equal(actor1, e.Actor1);
    }

    [Fact]
    public void AnEthnicClashWithNoCommunityNamedIsBetweenUnidentifiedEthnicMilitias()
    {
        // Both sides of a clash between communities are identity militias: neither is an unidentified armed group.
        var e = Assert.Single(TestPipeline.Run("Three people were killed in an ethnic clash near Moyale, Kenya, on Tuesday.", new DateOnly(2008, 2, 17)));
        Assert.Equal("Unidentified Ethnic Militia (Kenya)", e.Actor1);
        Assert.NotEqual("Unidentified Armed Group (Kenya)", e.Actor2);
    }

    [Fact]
    public void TheGroupThatReportsAStrikeIsNotItsAuthor()
    {
        // The told clause names its own attacker; the teller, named no target, is the side struck.
        var e = One("The PKK said that on Tuesday Turkish forces carried out airstrikes near Amadiya, Dahuk, Iraq. No casualties were reported.");
        Assert.StartsWith("Military Forces of Turkey", e.Actor1);
        Assert.Equal("PKK: Kurdistan Workers Party", e.Actor2);
    }

    [Fact]
    public void PoliceWhoOnlyTellOfAnAttackAreNoSide()
    {
        var e = One("According to police, gunmen shot dead two traders in Kaduna, Nigeria, on Tuesday.");
        Assert.Equal("Unidentified Armed Group (Nigeria)", e.Actor1);
        Assert.DoesNotContain("Police", e.Actor2);
        Assert.DoesNotContain("Police", e.AssocActor1);
    }

    [Fact]
    public void AGroupClaimingItsOwnAttackStaysItsAuthor()
    {
        var e = One("Al Shabaab claimed that its fighters ambushed Kenyan soldiers near Mandera, Kenya, on Tuesday, killing three.");
        Assert.Equal("Al Shabaab", e.Actor1);
        Assert.StartsWith("Military Forces of Kenya", e.Actor2);
    }

    [Fact]
    public void Property_looted_with_no_owner_named_is_civilians()
    {
        var e = One("Al-Shabaab militants looted shops and burned several houses in the village of Bulo, Somalia, on Monday.");
        Assert.Equal("Looting/property destruction", e.SubEventType);
        Assert.Equal("Civilians (Somalia)", e.Actor2);
    }

    [Fact]
    public void Looting_in_a_report_with_another_armed_side_leaves_the_other_side_unknown()
    {
        var e = One("Al-Shabaab militants looted shops and burned several houses in the village of Bulo, Somalia, on Monday. Government troops later arrived.");
        Assert.Equal("", e.Actor2);
    }

    [Theory]
    [InlineData("Looting: Al-Shabaab militants looted shops in the village of Bulo, Somalia, on Monday.")]
    [InlineData("Property destruction: On Monday, Al-Shabaab militants burned several houses in the village of Bulo, Somalia.")]
    public void A_coders_heading_is_no_verb_so_whoever_acts_after_it_is_the_first_side(string text)
    {
        var e = One(text);
        Assert.Equal("Looting/property destruction", e.SubEventType);
        Assert.Equal("Al Shabaab", e.Actor1);
        Assert.Equal("Civilians (Somalia)", e.Actor2);
    }

    [Fact]
    public void Under_an_arrests_heading_the_police_who_arrest_are_the_first_side()
    {
        var e = One("Arrests: Police arrested 40 people in Makamba, Burundi, on Tuesday during the election campaign.");
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Burundi", e.Actor1);
        Assert.Equal("Civilians (Burundi)", e.Actor2);
    }

    [Theory]
    [InlineData("A farmer was killed by the explosion of an IED near Baquba, Iraq, on Tuesday.", "Unidentified Armed Group (Iraq)")]
    [InlineData("Turkish warplanes bombed a village near Sidakan, Iraq, on Tuesday, injuring a young girl.", "Military Forces of Turkey (2016-)")]
    public void PeopleABombOrAStrikeHitsAreCiviliansEvenWhenNoOneIsNamedForIt(string text, string actor1)
    {
        var e = One(text);
        Assert.Equal(actor1, e.Actor1);
        Assert.Equal("Civilians (Iraq)", e.Actor2);
    }

    [Theory]
    [InlineData("Police fired tear gas at demonstrators on Ahrar Bridge in Baghdad, Iraq, on Tuesday, injuring nine.")]
    [InlineData("Police fired tear gas at demonstrators on Hezbollah Street in Baghdad, Iraq, on Tuesday, injuring nine.")]
    public void AStreetOrBridgeNamedAfterAGroupIsNoSide(string text)
    {
        var e = One(text);
        Assert.DoesNotContain("Ahrar", e.Actor1 + e.Actor2 + e.AssocActor1 + e.AssocActor2);
        Assert.DoesNotContain("Hezbollah", e.Actor1 + e.Actor2 + e.AssocActor1 + e.AssocActor2);
        Assert.Equal("Iraq", e.Country);
    }

    [Fact]
    public void AGroupNamedBeforeAnyOtherWordStaysASide() =>
        Assert.Equal("AAS: Ahrar al Sham", One("Ahrar al-Sham fighters attacked army positions near Saraqib, Syria, on Tuesday.").Actor1);

    [Fact]
    public void ArbakisAreProGovernmentMilitiaAndTheAlpIsPolice()
    {
        var militia = One("On 2 May 2019, Taliban militants attacked an Arbaki check post in Andar district, Ghazni, Afghanistan, killing 3 Arbakis.");
        Assert.Contains("Militia (Pro-Government)", new[] { militia.Actor1, militia.Actor2 });
        var police = One("On 2 May 2019, Taliban militants attacked an Afghan Local Police check post in Andar district, Ghazni, Afghanistan, killing 3 policemen.");
        Assert.Contains("Police Forces of Afghanistan (2014-) Afghan Local Police", new[] { police.Actor1, police.Actor2 });
    }

    [Fact]
    public void AfghanSecurityPersonnelAreTheMilitary()
    {
        var e = One("On 2 May 2019, Taliban militants killed 4 Afghan security personnel in an ambush in Andar district, Ghazni, Afghanistan.");
        Assert.Contains("Military Forces of Afghanistan (2014-)", new[] { e.Actor1, e.Actor2 });
    }

    [Fact]
    public void TheSubjectOfAClauseOfTimeIsWhoKilled()
    {
        // "killed as <group> raided": the group opens the later clause and its verb follows it, so it did the killing.
        var e = One("Three farmers were killed as Boko Haram fighters raided a village near Bama, Borno, on Tuesday.");
        Assert.Contains("Boko Haram", e.Actor1);
        Assert.Equal("Civilians (Nigeria)", e.Actor2);
        Assert.DoesNotContain("Boko Haram", e.AssocActor2);
    }

    [Fact]
    public void AVictimNamedBeforeAClauseOfTimeStaysAVictim()
    {
        // The clause's subject is unnamed gunmen, so nobody named in the report did the killing.
        var e = One("Two traders were killed when gunmen stormed a market near Bama, Borno, on Tuesday.");
        Assert.Equal("Civilians (Nigeria)", e.Actor2);
        Assert.DoesNotContain("Civilians", e.Actor1);
    }

    [Fact]
    public void FightingBetweenUnnamedEthnicGroupsIsAnEthnicMilitia()
    {
        var e = One("On 3 May 2012, fighting between rival ethnic groups near Marsabit, Kenya, left five people dead.");
        Assert.Equal("Unidentified Ethnic Militia (Kenya)", e.Actor1);
    }

    [Fact]
    public void CommunityClashesAfter2015AreACommunalMilitias()
    {
        var e = One("On 3 May 2018, community clashes near Marsabit, Kenya, left two people dead.");
        Assert.Equal("Unidentified Communal Militia (Kenya)", e.Actor1);
    }
}
