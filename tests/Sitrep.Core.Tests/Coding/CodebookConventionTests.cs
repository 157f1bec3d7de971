namespace Sitrep.Core.Tests.Coding;

/// <summary>ACLED codebook conventions the coder follows, each on a short report written for this test.</summary>
public class CodebookConventionTests
{
    private static Sitrep.Core.Resolution.ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Theory]
    [InlineData("Students demonstrated in Kendari, Indonesia, on Tuesday against a new labour law and burned a tire.")]
    [InlineData("Residents demonstrated in Bekasi, Indonesia, on Tuesday and made a barricade to stop an eviction.")]
    public void BurningATyreOrABarricadeMakesADemonstrationViolent(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Theory]
    [InlineData("Market vendors protested new fees outside the county offices in Kisumu, Kenya, on Tuesday. Some of the protesters assaulted a clerk.")]
    [InlineData("Nurses demonstrated in Nakuru, Kenya, on Tuesday over unpaid wages; the demonstrators then stormed the county health office and smashed its windows.")]
    [InlineData("Traders 'violently' protested in Eldoret, Kenya, on Tuesday after their stalls were moved.")]
    [InlineData("Residents demonstrated in Thika, Kenya, on Tuesday against a quarry and destroyed its kiosks.")]
    [InlineData("Party cadres demonstrated in Rajbiraj, Nepal, on Tuesday; the cadres vandalised the municipal office.")]
    [InlineData("People demonstrated in Manaus, Brazil, on Tuesday against the closing of a bank; people smashed its doors.")]
    public void DemonstratorsWhoHurtOrBreakInMakeTheProtestViolent(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Theory]
    [InlineData("Villagers clashed with party cadres over a new road in Janakpur, Nepal, on Tuesday. Police fired tear gas shells to control the situation.")]
    [InlineData("Supporters of a local candidate clashed with police in Birgunj, Nepal, on Tuesday; police fired four teargas shells at them.")]
    public void TearGasShellsAreCrowdControlNotShelling(string text) =>
        Assert.Equal("Riots", One(text).EventType);

    [Theory]
    [InlineData("Teachers marched through Nyeri, Kenya, on Tuesday against a pay cut. The protesters burned an effigy of the minister.")]
    [InlineData("Farmers protested in Kericho, Kenya, on Tuesday over tea prices. Demonstrators also hit the streets in Bomet.")]
    [InlineData("Activists held a torch rally in Pokhara, Nepal, on Tuesday to protest a border decision.")]
    public void SymbolsAndFiguresOfSpeechLeaveAProtestPeaceful(string text) =>
        Assert.Equal("Peaceful protest", One(text).SubEventType);

    [Theory]
    [InlineData("Traders demonstrated in Kitale, Kenya, on Tuesday over new levies. An officer was injured by stones thrown by the demonstrators.")]
    [InlineData("Students protested in Meru, Kenya, on Tuesday over a fee rise; chairs were burnt and property destroyed at the campus.")]
    public void DamageDoneInAProtestMakesItViolent(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Theory]
    [InlineData("Nurses demonstrated in Nakuru, Kenya, on Tuesday over unpaid wages; the demonstrators then stormed the county health office.")]
    [InlineData("Residents stormed the county offices in Kakamega, Kenya, on Tuesday to demand action on insecurity.")]
    public void ACrowdStormingAnOfficeToPressADemandProtests(string text)
    {
        var e = One(text);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.StartsWith("PeacefulProtest", e.Classification);
    }

    [Fact]
    public void ACrowdThatStormsAndBeatsRiots() =>
        Assert.Equal("Riots", One("Residents stormed the county offices in Kakamega, Kenya, on Tuesday to demand action on insecurity and beat a clerk.").EventType);

    [Fact]
    public void ProtestingDamageDoneByOthersStaysAProtest() =>
        Assert.Equal("Protests", One("Residents protested in Voi, Kenya, on Tuesday after their houses were burnt by unknown people.").EventType);

    [Fact]
    public void ProtestersAttackedByPoliceStayTheVictims()
    {
        var e = One("Teachers protested in Kisii, Kenya, on Tuesday; the protesters were attacked by police with tear gas.");
        Assert.Equal("Protests", e.EventType);
    }

    [Theory]
    [InlineData("Farmers and herders clashed over grazing land near Garsen, Tana River, Kenya, on Tuesday; two men were speared.")]
    [InlineData("Fighting between two clans over a water point left three dead in Mandera, Kenya, on Tuesday.")]
    public void HerdersAndClansWhoFightAreCommunalMilitiasInABattle(string text)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("CommunalClash", e.Classification);
    }

    [Fact]
    public void HerdersProtestingStayAProtest()
    {
        var e = One("Herders protested in Isiolo, Kenya, on Tuesday against a new grazing fee and clashed with county officers.");
        Assert.Equal("Riots", e.EventType);
    }

    [Fact]
    public void RiotersWhoGoForPeopleWithNoDemonstrationAreAMob() =>
        Assert.Equal("Mob violence", One("Rioters attacked and injured two watchmen at a tea estate in Kericho, Kenya, on Tuesday.").SubEventType);

    [Fact]
    public void RiotersWithACauseAreStillADemonstration() =>
        Assert.Equal("Violent demonstration", One("Rioters opposing a new dam attacked and injured two engineers in Kericho, Kenya, on Tuesday.").SubEventType);

    [Theory]
    [InlineData("A group of foreign nationals assaulted two border guards at Birgunj, Nepal, on Tuesday after being refused entry.")]
    [InlineData("Inmates attacked their warders at the district prison in Kakamega, Kenya, on Tuesday and twelve escaped.")]
    [InlineData("Rival parties were involved in clashes after the count in Dhading, Nepal, on Tuesday.")]
    public void UnorganisedCrowdsTurningOnTheArmedAreAMobNotABattle(string text) =>
        Assert.Equal("Mob violence", One(text).SubEventType);

    [Fact]
    public void InmatesFreedByAttackersAreNoMob()
    {
        var events = TestPipeline.Run("Gunmen stormed the prison in Koutiala, Mali, on Tuesday, released about 200 inmates, and set fire to the offices.");
        Assert.DoesNotContain(events, e => e.SubEventType == "Mob violence");
    }

    [Fact]
    public void ARebelGroupDetainingAnotherGroupsFightersIsABattle()
    {
        var e = One("Hayat Tahrir al-Sham detained four Hurras al-Din fighters at a checkpoint near Sarmin, Idlib, Syria, on Tuesday.");
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("ArmedGroupDetainsFighters", e.Classification);
    }

    [Fact]
    public void PoliceArrestingSuspectsStayArrests() =>
        Assert.Equal("Arrests", One("Police arrested three suspected robbers in Eldoret, Kenya, on Tuesday.").SubEventType);

    [Fact]
    public void BlockingARoadAloneIsAProtestNotARiot()
    {
        var e = One("Traders blocked the main road in Kisumu, Kenya, on Tuesday to protest new market fees.");
        Assert.Equal("Protests", e.EventType);
    }

    [Fact]
    public void ArmedMenKillingVillagersAreNoMob()
    {
        // The villagers are the victims of the verb, not a crowd acting.
        var e = One("Gunmen killed 11 villagers in an attack on a village in Bankass, Mali, on Tuesday.");
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal(11, e.Fatalities);
    }

    [Fact]
    public void ARebelGroupAttackWithMachetesIsNoRiot()
    {
        var e = One("ADF attack in Beni, North Kivu, DR Congo: nine civilians killed with machetes on Tuesday.");
        Assert.Equal("Violence against civilians", e.EventType);
    }

    [Fact]
    public void TakingToTheStreetsIsAProtest()
    {
        var e = One("Residents of Basra, Iraq, took to the streets on Tuesday over power cuts.");
        Assert.Equal("Protests", e.EventType);
    }

    [Fact]
    public void ACrowdStoningSomeoneToDeathIsMobViolenceWithOneDead()
    {
        var e = One("A woman accused of witchcraft was stoned to death by a crowd in Garissa, Kenya, on Tuesday.");
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void DronesShotDownAreDisruptedWeaponsUseNotABattle()
    {
        var e = One("Air defences shot down two drones launched by rebels towards the air base near Hama, Syria, on Tuesday.");
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("DisruptedWeapons", e.Classification);
    }

    [Fact]
    public void ADroneNamedInSeveralWordsShotDownIsStillDisruptedWeaponsUse()
    {
        var e = One("Houthi forces said they shot down a US MQ-9 Reaper drone over Marib, Yemen, on Tuesday.");
        Assert.Equal("Disrupted weapons use", e.SubEventType);
    }

    [Fact]
    public void AStrikeThatGotThroughAndKilledIsTheStrikeNotAStoppedWeapon()
    {
        var e = One("Air defences intercepted several missiles fired at an air base near Homs, Syria, on Sunday, but a missile struck a hangar, killing two soldiers.");
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void ACountrysAirStrikeIsItsMilitarysAttack()
    {
        var e = One("An Israeli air strike hit a military position south of Damascus, Syria, late on Sunday, killing one soldier.");
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of Israel", e.Actor1);
        Assert.StartsWith("Military Forces of Syria", e.Actor2);
    }

    [Fact]
    public void ArmedVictimsStayArmedWhateverVehicleOrKinIsNamedNearThem()
    {
        var e = One("IS militants attacked a military vehicle with gunfire near Palmyra, Syria, on Tuesday, killing a soldier and his son.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void ALaterDeathFromWoundsIsTheIncidentsTollNotASecondEvent()
    {
        var events = TestPipeline.Run("Gunmen attacked a bus near Mandera, Kenya, on 2 May 2020, wounding a woman. She died of her wounds on 7 May.");
        var e = Assert.Single(events);
        Assert.Equal("2020-05-02", e.EventDate);
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void MilitiamenLoyalToTheGovernmentSideAreItsPro_GovernmentMilitia()
    {
        var e = One("Clashes took place between Syrian regime forces and militiamen loyal to them against Islamic State fighters near Palmyra, Syria, on Tuesday.");
        Assert.Equal("Military Forces of Syria (2000-)", e.Actor1);
        Assert.Contains("Militia (Pro-Government)", e.AssocActor1 + e.Actor2);
        Assert.DoesNotContain("Philippines", e.AssocActor1 + e.AssocActor2 + e.Actor2);
    }

    [Fact]
    public void AnotherCountrysPartyNeverAppearsWithoutThatCountry()
    {
        // "Congress" is India's party only where India is in the report; Nepal's own party keeps its own name.
        var nepal = One("Nepali Congress cadres staged a protest in Pokhara, Nepal, on 3 March 2021 against the dissolution of parliament.");
        Assert.Contains("NC: Nepali Congress", nepal.Actor1 + nepal.AssocActor1);
        var sudan = One("Supporters of the National Congress Party demonstrated outside the prison in Khartoum, Sudan, on 3 March 2021.");
        Assert.DoesNotContain("Indian", sudan.Actor1 + sudan.AssocActor1 + sudan.Actor2 + sudan.AssocActor2);
    }

    [Fact]
    public void AForeignCountrysDescriptionOfAnArmedGroupIsNotUsedAbroad()
    {
        // "pirates" names Somalia's pirates only in Somalia: off Nigeria they are an unnamed armed group.
        var e = One("Pirates attacked a fishing trawler off Bonny Island, Rivers State, Nigeria, on Tuesday, killing two crew members.");
        Assert.DoesNotContain("Somalia", e.Actor1 + e.AssocActor1);
        Assert.Contains("Nigeria", e.Actor1);
    }

    [Fact]
    public void PartySupportersClashingAreARiotNotABattle()
    {
        var e = One("Supporters of ODM and UDA clashed in Kisumu, Kenya, on Tuesday, injuring four people.");
        Assert.Equal("Riots", e.EventType);
    }

    [Fact]
    public void AnArmedGroupAcrossTheBorderKeepsItsName()
    {
        var e = One("Al-Shabaab militants attacked a police post in Mandera, Kenya, on Tuesday, killing two officers.");
        Assert.Contains("Al Shabaab", e.Actor1);
    }

    [Fact]
    public void TargetedGroupsAreCiviliansWithTheGroupAssociated()
    {
        var e = One("Gunmen shot dead two farmers near Kachia, Kaduna State, Nigeria, on Tuesday.");
        Assert.Equal("Civilians (Nigeria)", e.Actor2);
        Assert.Contains("Farmers (Nigeria)", e.AssocActor2);
    }

    [Fact]
    public void ResidentsInARiotAreTheCrowdNotCiviliansBesideIt()
    {
        var e = One("Angry residents burned tyres and threw stones at police in Kisumu, Kenya, on Tuesday over a killing.");
        Assert.Equal("Riots", e.EventType);
        Assert.DoesNotContain("Civilians", e.AssocActor1);
    }

    [Fact]
    public void MembersNamedAfterTheirGroupAreThatGroupNotASecondOne()
    {
        var e = One("Raia Mutomboki militiamen burned 40 houses in Shabunda, South Kivu, DR Congo, on Tuesday.");
        Assert.Contains("Raia Mutomboki", e.Actor1);
        Assert.DoesNotContain("Unidentified", e.Actor1 + e.AssocActor1);
    }

    [Theory]
    [InlineData("Unidentified gunmen assassinated two SDF fighters on the road near Tal Tamr, Syria, on Tuesday.", 2)]
    [InlineData("Gunmen assassinated a police captain in Tal Salhab, Hama, Syria, on Tuesday.", 1)]
    [InlineData("The body of an HTS fighter was found beside the road near Ariha, Idlib, Syria, on Tuesday.", 1)]
    [InlineData("Rebels fought regime forces near Kafr Nabl, Idlib, Syria, on Tuesday, resulting in the death of an opposition fighter.", 1)]
    [InlineData("Fighting near al-Bukamal, Syria, on Tuesday resulted in the death of 12 Islamic State and 30 regime fighters.", 42)]
    [InlineData("Clashes near Jarablus, Syria, on Tuesday led to the killing of 2 militants of Ahrar al-Sharqiyah and 3 fighters of the local police.", 5)]
    [InlineData("Regime forces clashed with rebels near Maarzaf, Hama, Syria, on Tuesday, with 12 regime and loyalist militia fighters reported being killed.", 12)]
    [InlineData("Rebels clashed with regime forces in Kafr Batna, Syria, on Tuesday. One fighter was confirmed killed by snipers.", 1)]
    [InlineData("Regime forces clashed with IS near Sukhnah, Homs, Syria, on Tuesday, with fatalities on both sides. Unknown fatalities coded 10.", 10)]
    [InlineData("Rebels and regime forces fought near Khan Tuman, Aleppo, Syria, on Tuesday. The number of dead is estimated at three.", 3)]
    [InlineData("Rioters burned shops in Kericho, Kenya, on Tuesday after the results were announced. FATALITIES: 9 (mortuary figure).", 9)]
    [InlineData("Rioters burned shops in Kericho, Kenya, on Tuesday after the results were announced. Fatalities: 3-5, details unclear.", 0)]
    [InlineData("A village chief was shot dead by gunmen in Mandera, Kenya, on Tuesday.", 1)]
    [InlineData("A trader was found dead on his farm in Muranga, Kenya, on Tuesday; police suspect he was kidnapped.", 1)]
    [InlineData("Mob lynches suspected thief in Kisii, Kenya, on Tuesday.", 1)]
    [InlineData("Police said four herders were killed in Marsabit, Kenya, on Tuesday; one of them was shot dead as he fled.", 4)]
    [InlineData("No one was killed when gunmen attacked a bus in Lamu, Kenya, on Tuesday.", 0)]
    [InlineData("Residents stoned two suspected robbers to death in Kisii, Kenya, on Tuesday.", 2)]
    [InlineData("Vigilantes lynched three suspected cattle thieves in Nyakach, Kenya, on Tuesday.", 3)]
    [InlineData("Youths beat two traders in Kisii, Kenya, on Tuesday over a debt.", 0)]
    [InlineData("Gunmen attacked Gabantawa, Katsina, Nigeria, on Sunday, shooting dead three farmers.", 3)]
    [InlineData("Gunmen raided Gabantawa, Katsina, Nigeria, on Sunday, gunning down four villagers.", 4)]
    [InlineData("Four bodies were pulled from the lake shore in Kisumu, Kenya, on Tuesday. The victims were killed by unknown assailants.", 4)]
    [InlineData("Four masked gunmen shoot and kill a shopkeeper in Likoni, Mombasa, Kenya, on Tuesday.", 1)]
    [InlineData("An elderly farmer is killed over a land dispute in Kuria, Kenya, on Tuesday.", 1)]
    [InlineData("One person dies in a clash between two clans in Wajir, Kenya, on Tuesday.", 1)]
    [InlineData("Police shoot dead suspected robber in Kayole, Nairobi, Kenya, on Tuesday.", 1)]
    [InlineData("A herder was shot and wounded by raiders in Baringo, Kenya, on Tuesday. He later died in hospital.", 1)]
    [InlineData("A 7 yr old girl was shot dead during a raid on a farm in Laikipia, Kenya, on Tuesday.", 1)]
    [InlineData("A shopkeeper was shot to death by two gunmen in Recife, Brazil, on Tuesday.", 1)]
    [InlineData("Militiamen shelled the car of a local commander near Tuz Khurmatu, Iraq, on Tuesday, killing him instantly.", 1)]
    [InlineData("Gunmen attacked a checkpoint near Gao, Mali, on Tuesday, wounding a soldier who succumbed to his wounds a week later.", 1)]
    [InlineData("A roadside bomb hit a minibus near Baqubah, Iraq, on Tuesday, leaving 1 civilian killed and 2 others injured.", 1)]
    [InlineData("Students marched in Nairobi, Kenya, on Tuesday in support of a woman sentenced for killing her husband.", 0)]
    [InlineData("Residents burned tyres in Kisumu, Kenya, on Tuesday to protest the police killing of a student.", 0)]
    [InlineData("Transport workers marched in Birgunj, Nepal, on Tuesday against the death of a bus driver.", 0)]
    [InlineData("Villagers attacked a gendarmerie post in Bardai, Chad, on Tuesday in reaction to the killing of a relative; gendarmes killed three villagers.", 3)]
    [InlineData("Three PKK militants were killed or injured by Turkish airstrikes in the Zap area of Duhok, Iraq, on Tuesday.", 0)]
    [InlineData("Rebels clashed with regime forces near Kafr Zita, Hama, Syria, on Tuesday. As a result 12 soldiers were killed.", 12)]
    [InlineData("Gunmen shot and killed the head of the local council in Jasim, Daraa, Syria, on Tuesday.", 1)]
    [InlineData("Rebel fighters fired back at a checkpoint in Saqba, Syria, on Tuesday, killing the HTS fighter.", 1)]
    [InlineData("An officer of the 5th Corps was killed in Inkhil, Daraa, Syria, on Tuesday.", 1)]
    [InlineData("Two people die in a clash between rival clans in Wajir, Kenya, on Tuesday.", 2)]
    [InlineData("Squatters clashed with police in Kisumu, Kenya, on Tuesday; they said they would rather die than leave the land.", 0)]
    [InlineData("Three brothers were found dead in a well in Garissa, Kenya, on Tuesday.", 3)]
    [InlineData("Seven soldiers (or eight, according to a local official) were killed when their truck hit a mine near Gao, Mali, on Tuesday.", 7)]
    [InlineData("Four villagers, and one policeman, were killed by raiders in Baringo, Kenya, on Tuesday.", 5)]
    [InlineData("6 ISWAP/Boko Haram fighters were killed by troops in Gwoza, Borno, Nigeria, on Tuesday.", 6)]
    [InlineData("Farmer killed by herders in Guma, Benue, Nigeria, on Tuesday.", 1)]
    [InlineData("Residents protest in Kisumu, Kenya, on Tuesday after man killed by police.", 0)]
    [InlineData("Gunmen attacked a farmer in Kajuru, Kaduna, Nigeria, on Tuesday. The farmer later died in hospital.", 1)]
    [InlineData("Rebels clashed with regime forces in Kafr Nabl, Idlib, Syria, on Tuesday. As a result 14 fatalities were reported including 5 HTS fighters.", 14)]
    [InlineData("Gunmen attacked a bus near Witu, Lamu, Kenya, on Tuesday, leaving one dead and two wounded.", 1)]
    [InlineData("Taliban fighters attacked police posts in Nad Ali, Helmand, Afghanistan, on Tuesday, killing 2 policemen. Fatalities are split across 4 events.", 1)]
    [InlineData("Afghan forces raided Taliban hideouts in Nad Ali, Helmand, Afghanistan, on Tuesday, killing 13 militants. Fatalities are split across 2 events (7).", 7)]
    [InlineData("Afghan forces raided Taliban hideouts in Nad Ali, Helmand, Afghanistan, on Tuesday, killing 8 militants. Fatalities split over 3 locations (3).", 3)]
    [InlineData("A local chief was shot dead along with two bodyguards and a driver in Garissa, Kenya, on Tuesday.", 4)]
    [InlineData("A trader was killed by gunmen along with another man in Mandera, Kenya, on Tuesday.", 2)]
    [InlineData("A county official was shot and killed, along with his companion, in Mombasa, Kenya, on Tuesday.", 2)]
    [InlineData("Three suspects were on 24/02 lynched by residents in Cheptais, Kenya.", 3)]
    [InlineData("Eight people including four pupils and four police officers were killed in a roadside bomb attack in Kiunga, Lamu, Kenya, on Tuesday.", 8)]
    [InlineData("Gunmen stormed the house of a journalist in Kitale, Kenya, on Tuesday before shooting him dead.", 1)]
    [InlineData("A village elder is \"hacked to death\" by unidentified assailants in Kilifi, Kenya, on Tuesday.", 1)]
    [InlineData("Al Shabaab fighters ambushed a truck near Mandera, Kenya, on Tuesday. Twelve reportedly KIA.", 12)]
    [InlineData("Three village officials were assassinated by gunmen in Diani, Kenya, on Tuesday. The three were killed separately in their homes.", 3)]
    [InlineData("Three men suspected of killing a farmer were lynched by a mob in Kakamega, Kenya, on Tuesday.", 3)]
    [InlineData("Residents lynched a man suspected to be behind the killing of two children in Meru, Kenya, on Tuesday.", 1)]
    [InlineData("Herders are accused of killing five villagers in Tana River, Kenya, on Tuesday.", 5)]
    [InlineData("Gunmen killed a three-year-old girl in Isiolo, Kenya, on Tuesday.", 1)]
    [InlineData("Bandits shot dead a twelve year old herder near Baragoi, Kenya, on Tuesday.", 1)]
    public void TollsInTheCodebooksPhrasingsAreCounted(string text, int deaths) => Assert.Equal(deaths, One(text).Fatalities);

    [Theory]
    [InlineData("Regime forces captured Hass, Idlib, Syria, on Tuesday after clashes with rebels. Clashes in Kafr Nabl, Maarzaf and Hass killed 11 fighters. Total fatalities of 11 are split as follows: 4 Kafr Nabl, 4 Maarzaf, 3 Hass.", 3)]
    [InlineData("Regime forces clashed with rebels in Kafr Nabl, Idlib, Syria, on Tuesday. Unknown fatalities coded as 10 and split between locations: Kafr Nabl (4), Hass (3) and Maarzaf (3).", 4)]
    [InlineData("Regime forces clashed with rebels in Maarzaf, Hama, Syria, on Tuesday. Unknown fatalities coded as 10 and split between the 4 locations, with Kafr Nabl and Hass each allocated 3, and Maarzaf and Kafr Zita each allocated 2.", 2)]
    [InlineData("Regime forces clashed with rebels in Kafr Zita, Hama, Syria, on Tuesday. 9 fatalities were split between the 2 events, with 5 coded to Kafr Zita and 4 to Latamna.", 5)]
    [InlineData("Regime forces clashed with rebels in Khan Shaykhun, Idlib, Syria, on Tuesday. The 10 fatalities are split as follows: 2 Kafr Nabl, 4 Hass, 4 Maarzaf.", 4)]
    [InlineData("Twelve fighters were killed in clashes in Kafr Nabl, Idlib, Syria, on Tuesday; the dead were divided as follows: 7 HTS and 5 NLF.", 12)]
    public void ATollANoteSplitsByPlaceGivesTheEventItsPlacesShare(string text, int deaths) => Assert.Equal(deaths, One(text).Fatalities);

    [Theory]
    [InlineData("Teachers held a peaceful demonstration in Iten, Kenya, on Tuesday to fight for their rights over a land dispute.", "Peaceful protest")]
    [InlineData("Residents marched peacefully in Malang, Indonesia, on Tuesday, battling over the price of land.", "Peaceful protest")]
    [InlineData("A peaceful demonstration in Kisumu, Kenya, on Tuesday turned violent when youths clashed with police and burned tyres.", "Violent demonstration")]
    public void AGatheringTheReportCallsPeacefulStaysAProtest(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Theory]
    [InlineData("Pokot raiders attacked homes of the Turkana community in Kapedo, Baringo, Kenya, on Tuesday, injuring four people.", "Attack")]
    [InlineData("Gunmen from the Shammar tribe shot two shepherds of the Jubur tribe near Rabia, Nineveh, Iraq, on Tuesday.", "Attack")]
    [InlineData("Suspected jihadists attacked a Dogon self-defence group near Bankass, Mopti, Mali, on Tuesday. No casualties were reported.", "Armed clash")]
    [InlineData("Members of the Luo and Kuria communities clashed in Karamu, Migori, Kenya, on Tuesday; three people were injured.", "Armed clash")]
    public void ACommunityAttackedIsCiviliansAndItsFightersAreAMilitia(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Theory]
    [InlineData("Suspected militants attacked the village of Sango, Mopti, Mali, on Tuesday; village self-defence fighters repelled the attack. Two villagers were killed.")]
    [InlineData("Cult militias clashed in Umuchima, Imo, Nigeria, on Tuesday. Three people were killed.")]
    public void WhenTheAttackedFightBackOrArmedGroupsFightTheDeadAreAClashs(string text) =>
        Assert.Equal("Armed clash", One(text).SubEventType);

    [Theory]
    [InlineData("Gunmen ambushed a bus near Ijara, Kenya, on Tuesday and killed two passengers.")]
    [InlineData("Presumed JNIM militants killed three Dogon marketgoers aboard a tricycle near Bale, Mopti, Mali, on Tuesday.")]
    public void GunmenKillingCiviliansAreStillAnAttack(string text) =>
        Assert.Equal("Attack", One(text).SubEventType);

    [Theory]
    [InlineData("A grenade attack on a church in Garissa, Kenya, on Tuesday was blamed on al-Shabaab.")]
    [InlineData("Two bodies were found in Muranga, Kenya, on Tuesday; the killings were attributed to al-Shabaab.")]
    public void TheGroupAnAttackIsBlamedOnIsItsAuthor(string text) =>
        Assert.Equal("Al Shabaab", One(text).Actor1);

    [Theory]
    [InlineData("Students attacked and injured four teachers at a secondary school in Marsabit, Kenya, on Tuesday.", "Mob violence")]
    [InlineData("Taxi drivers attacked two policemen in Kinshasa, DR Congo, on Tuesday after a colleague was run over.", "Mob violence")]
    [InlineData("Gunmen attacked Kurecin village, Katsina, Nigeria, on Tuesday; six residents were killed.", "Attack")]
    public void ACrowdDoingHarmIsAMobButCrowdNounsAsVictimsAreNot(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Theory]
    [InlineData("Unidentified gunmen killed a shopkeeper who allegedly supported al-Shabaab in Garissa, Kenya, on Tuesday.")]
    [InlineData("Gunmen abducted two herders accused of spying for the army near Mandera, Kenya, on Tuesday.")]
    public void AGroupNamedOnlyAsWhomTheVictimSidedWithIsNoSide(string text)
    {
        var e = One(text);
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.DoesNotContain("Shabaab", e.Actor2 + e.AssocActor2);
        Assert.DoesNotContain("Military", e.Actor2 + e.AssocActor2);
    }

    [Theory]
    [InlineData("A gang armed with machetes attacked a farmer at his home in Molo, Kenya, on Tuesday, wounding him.")]
    [InlineData("Four men armed with pangas attacked a trader in Kakamega, Kenya, on Tuesday.")]
    public void ABladeInAttackersHandsMakesNoRiot(string text)
    {
        var e = One(text);
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Attack", e.SubEventType);
    }

    [Theory]
    [InlineData("Frelimo youths and Renamo supporters clashed in Nampula, Mozambique, on Tuesday.", "Mob violence")]
    [InlineData("Frelimo youths clashed with Renamo supporters at a market in Nampula, Mozambique, on Tuesday, throwing stones.", "Mob violence")]
    [InlineData("Frelimo youths and Renamo supporters clashed with guns in Nampula, Mozambique, on Tuesday.", "Armed clash")]
    public void PartySupportersFightingWithoutFirearmsRiot(string text, string subEventType) =>
        Assert.Equal(subEventType, Assert.Single(TestPipeline.Run(text, new DateOnly(2017, 6, 1))).SubEventType);

    [Theory]
    [InlineData("Teachers engaged in a peaceful march through Nyeri, Kenya, on Tuesday to demand higher pay.", "Peaceful protest", "PeacefulProtest")]
    [InlineData("Troops engaged the militants near Kismayo, Somalia, on Tuesday.", "Armed clash", "ArmedClash")]
    public void EngagedInSomethingOtherThanFightingIsNoClash(string text, string subEventType, string rule)
    {
        var e = One(text);
        Assert.Equal(subEventType, e.SubEventType);
        Assert.StartsWith(rule + ":", e.Classification);
    }

    [Theory]
    [InlineData("Protesters destroy the gate of the county offices in Embu, Kenya, on Tuesday during a protest over pay.")]
    [InlineData("Traders protesting new levies injured two council officers in Kitale, Kenya, on Tuesday.")]
    public void DemonstratorsWhoDestroyOrInjureToldInThePresentRiot(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Fact]
    public void ProtestersInjuredByOthersDoNotRiot() =>
        Assert.NotEqual("Violent demonstration", One("Three protesters injured in a police charge in Kisumu, Kenya, on Tuesday were taken to hospital.").SubEventType);

    [Theory]
    [InlineData("Two rival political groups clashed in Bungoma, Kenya, on Tuesday, leaving four people injured.", "Mob violence")]
    [InlineData("Party cadres clashed with police outside the district office in Birgunj, Nepal, on Tuesday.", "Mob violence")]
    [InlineData("Rival communal militias clashed in Aja, Lagos, Nigeria, on Tuesday, leaving six dead.", "Armed clash")]
    [InlineData("Two groups of herders armed with rifles clashed over pasture near Wajir, Kenya, on Tuesday.", "Armed clash")]
    public void ACrowdFightingIsMobViolenceUnlessItIsArmedAndOrganised(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Theory]
    [InlineData("Two policemen and a civilian were shot dead by gunmen at a checkpoint in Mandera, Kenya, on Tuesday.")]
    [InlineData("Militants stormed a police post in Kupwara, India, on Tuesday, killing three policemen and a civilian.")]
    public void CiviliansKilledBesideTheArmedTheyWereAttackingAreAClashsDead(string text)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void BetweenTwoAlliesAgainstAThirdMakesTheAlliesOneSide()
    {
        var e = One("Clashes took place between Syrian regime forces and militiamen loyal to them against Islamic State fighters near Palmyra, Syria, on Tuesday.");
        Assert.Equal("Military Forces of Syria (2000-)", e.Actor1);
        Assert.Equal("Militia (Pro-Government)", e.AssocActor1);
        Assert.Equal("Islamic State (Syria)", e.Actor2);
    }

    [Fact]
    public void TheDeadOfAFightAreOneSideAndTheirOpponentsTheOther()
    {
        var e = One("A fighter of Hayat Tahrir al-Sham was killed in clashes with regime forces in northern Hama, Syria, on Tuesday.");
        Assert.Equal("Military Forces of Syria (2000-)", e.Actor1);
        Assert.Equal("HTS: Hayat Tahrir al Sham", e.Actor2);
    }

    [Fact]
    public void GroundTakenWithNoFightReportedIsANonViolentTransferLedByItsTaker()
    {
        // The denial of a fight may stand in a sentence of its own; the taker leads though others open the sentence.
        var e = One("Residents accused the Mayi Mayi militia of looting after it took control of the village of Lowa in Tshopo, DR Congo, on May 3. No report of clashes with the army.");
        Assert.Equal("Non-violent transfer of territory", e.SubEventType);
        Assert.Equal("Mayi Mayi Militia", e.Actor1);
    }

    [Fact]
    public void TryingToTakeGroundIsAnArmedClashNotATerritoryChange()
    {
        var e = One("Regime forces tried to capture the village of Kabani in Latakia, Syria, on Tuesday, suffering heavy losses.");
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("TerritoryAttempt", e.Classification);
    }

    [Fact]
    public void GroundHeldIsNotGroundTaken()
    {
        var e = One("Islamic State fighters attacked regime controlled villages near Salamiyeh, Hama, Syria, on Tuesday, killing four soldiers.");
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void AnArmyThatControlledAVillageTookIt()
    {
        var e = One("The Syrian army controlled the village of Kherbat Rahjan in eastern Hama, Syria, on Tuesday after clashes with rebels.");
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [Fact]
    public void CrowdsClashingWithoutADemonstrationAreMobViolence()
    {
        var e = One("Supporters of two rival candidates clashed with stones and sticks in Homa Bay town, Kenya, on Tuesday, injuring five.");
        Assert.Equal("Mob violence", e.SubEventType);
    }

    [Fact]
    public void ACrowdDemandingSomethingThatClashesIsAViolentDemonstration()
    {
        var e = One("Traders demanding the reopening of the market clashed with police in Kisumu, Kenya, on Tuesday, throwing stones.");
        Assert.Equal("Violent demonstration", e.SubEventType);
    }

    [Theory]
    [InlineData("Militants looted three villages near Aveba, Ituri, DR Congo, on Tuesday.")]
    [InlineData("Suspected jihadists burned the school in the hamlet of Arabebe, Mopti, Mali, on Tuesday. No one was hurt.")]
    [InlineData("Gunmen destroyed a telecommunications antenna in Bara, Gao, Mali, on Tuesday.")]
    public void LootingAndDestroyingPropertyWithNoOneHurtIsLootingPropertyDestruction(string text) =>
        Assert.Equal("Looting/property destruction", One(text).SubEventType);

    [Theory]
    [InlineData("Property destruction: On 4 May 2021, soldiers destroyed two militant hideouts and a vehicle near Mosul, Iraq, during a security operation.", "Looting/property destruction")]
    [InlineData("Arrests: On 4 May 2021, police arrested three suspected militants after a gunfight in Kirkuk, Iraq.", "Arrests")]
    [InlineData("Movement of forces: On 4 May 2021, the army sent reinforcements to Diyala, Iraq, after attacks by militants.", "Change to group/activity")]
    [InlineData("Weapons seizure: On 4 May 2021, troops found and seized an arms cache with rockets near Tikrit, Iraq.", "Disrupted weapons use")]
    public void ACodersCategoryLabelDecidesOverTheWordsAfterIt(string text, string subEventType)
    {
        var e = One(text);
        Assert.Equal(subEventType, e.SubEventType);
        Assert.Equal("Strategic developments", e.EventType);
        Assert.StartsWith("CoderLabel", e.Classification);
    }

    [Fact]
    public void ALabelInsideASentenceIsNoCategory()
    {
        // Only a heading opens a report or paragraph; a colon mid-sentence introduces something else.
        var e = One("Militants attacked an army checkpoint near Mosul, Iraq, on Tuesday, with one aim in mind - arrests: none were made.");
        Assert.NotEqual("Arrests", e.SubEventType);
    }

    [Fact]
    public void AnAbductionThatAlsoKillsIsAnAttack()
    {
        var e = One("Gunmen raided a village near Kaduna, Nigeria, on Tuesday, killing two farmers and abducting five others.");
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void AnAbductionWithNobodyHurtStaysAnAbduction()
    {
        var e = One("Gunmen abducted five farmers from a village near Kaduna, Nigeria, on Tuesday.");
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
    }

    [Theory]
    [InlineData("Gunmen seized two vehicles belonging to an aid group near Gao, Mali, on Tuesday.", "Looting/property destruction")]
    [InlineData("Armed men carjacked a lorry and extorted money from its passengers near Gao, Mali, on Tuesday.", "Looting/property destruction")]
    [InlineData("The army recovered five villages from the rebels in Djugu, DR Congo, on Tuesday.", "Government regains territory")]
    [InlineData("Rebel fighters fired with machine guns on army positions near Tartar, Azerbaijan, on Tuesday.", "Armed clash")]
    [InlineData("Rebel fighters fired rockets on an army base near Tartar, Azerbaijan, on Tuesday.", "Shelling/artillery/missile attack")]
    [InlineData("Militants set off explosives that damaged a bridge near Mopti, Mali, on Tuesday.", "Remote explosive/landmine/IED")]
    [InlineData("The two armed groups signed agreements on a cessation of hostilities in Menaka, Mali, on Tuesday.", "Agreement")]
    [InlineData("Rebels set up a new military base near Tuz Khurmatu, Iraq, on Tuesday.", "Headquarters or base established")]
    [InlineData("Coalition aircraft destroyed three militant hideouts near Tikrit, Iraq, on Tuesday.", "Air/drone strike")]
    public void CommonWordingsOfEachKindAreRecognised(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Fact]
    public void ARaidThatOnlyArrestsCiviliansIsArrests()
    {
        var e = One("Police raided the homes of three opposition politicians in Lahore, Pakistan, on Friday night and arrested them.");
        Assert.Equal("Arrests", e.SubEventType);
    }

    [Fact]
    public void ARaidThatDetainsFightersIsAnArmedClash()
    {
        var e = One("SDF forces raided a hideout in Shadadah, Syria, on Tuesday and arrested four Islamic State fighters.");
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Theory]
    [InlineData("Rebels captured three soldiers near Morek in Hama, Syria, on Tuesday.")]
    [InlineData("Government forces captured several positions and a checkpoint near Morek in Hama, Syria, on Tuesday.")]
    [InlineData("Rebels briefly captured the village of Morek in Hama, Syria, on Tuesday.")]
    [InlineData("Government forces captured the village of Morek in Hama, Syria, on Tuesday but withdrew hours later.")]
    public void PeoplePositionsOrGroundHeldBrieflyAreNoChangeOfTerritory(string text)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Theory]
    [InlineData("Rebels took control of half of the town of Morek in Hama, Syria, on Tuesday after clashes with regime forces.")]
    [InlineData("Rebels captured 70 percent of the town of Morek in Hama, Syria, on Tuesday after clashes with regime forces.")]
    [InlineData("Rebels captured the village of Morek in Hama, Syria, on Tuesday after clashes with regime forces. The village was not completely taken over yet.")]
    [InlineData("Rebels fought regime forces in the village of Morek in Hama, Syria, on Tuesday, almost, but not completely taking it over.")]
    [InlineData("Rebels took control of the village of Morek in Hama, Syria, on Tuesday for a few hours before regime forces regained it.")]
    [InlineData("Rebels captured the village of Morek in Hama, Syria, on Tuesday. Later reports indicate that regime forces retook the village.")]
    [InlineData("Rebels and regime forces clashed in the village of Morek in Hama, Syria, on Tuesday, with conflicting reports of who controlled the village.")]
    public void GroundTakenOnlyInPartIsFightingNotAChangeOfTerritory(string text)
    {
        var e = One(text);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Theory]
    [InlineData("Rebels captured the central hospital in the town of Morek in Hama, Syria, on Tuesday after clashes with regime forces.")]
    [InlineData("Rebels took control of the Grand Mosque in the town of Morek in Hama, Syria, on Tuesday after clashes with regime forces.")]
    public void ABuildingTakenInsideAPlaceIsFightingNotAChangeOfTerritory(string text) =>
        Assert.Equal("Armed clash", One(text).SubEventType);

    [Theory]
    [InlineData("Regime forces shelled areas controlled by the rebels in the village of Morek in Hama, Syria, on Tuesday, as clashes went on.")]
    [InlineData("Regime forces clashed with rebels in parts of the town of Morek in Hama, Syria, on Tuesday which are still under rebel control.")]
    public void GroundStillHeldIsNoChangeOfTerritory(string text) =>
        Assert.Equal("Armed clash", One(text).SubEventType);

    [Fact]
    public void PartialControlAchievedIsFighting() =>
        Assert.Equal("Armed clash", One("Regime forces achieved partial control of the town of Morek in Hama, Syria, on Tuesday.").SubEventType);

    [Fact]
    public void ExchangingMachineGunFireIsAnArmedClash() =>
        Assert.Equal("Armed clash", One("Regime forces and rebels exchanged heavy machine gun fire near Morek in Hama, Syria, on Tuesday. No one was hurt.").SubEventType);

    [Theory]
    [InlineData("Clashes took place between Islamic State fighters and regime forces near Palmyra, Syria, on Tuesday, where the regime forces managed to take control of the village of Arak.", "Government regains territory")]
    [InlineData("Clashes took place between regime forces, backed by Russian jets, and Islamic State fighters near Palmyra, Syria, on Tuesday as the Islamic State took control of the village of Arak.", "Non-state actor overtakes territory")]
    [InlineData("Backed by Russian jets, regime forces captured the village of Arak near Palmyra, Syria, on Tuesday from the Islamic State.", "Government regains territory")]
    public void TheSubjectOfTheTerritoryVerbIsTheTaker(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Fact]
    public void AHillTakenIsGroundTaken() =>
        Assert.Equal("Government regains territory", One("Government forces captured the strategic hill of Tal Kurdi near Morek in Hama, Syria, on Tuesday after clashes with rebels.").SubEventType);

    [Fact]
    public void AVillageTakenAndHeldIsAChangeOfTerritory() =>
        Assert.Equal("Government regains territory", One("Government forces captured the village of Morek in Hama, Syria, on Tuesday.").SubEventType);

    [Fact]
    public void ShellingAnsweredWithGunfireBetweenArmedSidesIsAnArmedClash()
    {
        var e = One("Rebel fighters fired rockets at army positions near Kafr Nabl in Idlib, Syria, on Tuesday, and the army responded with machine gun fire.");
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Theory]
    [InlineData("Rebel fighters shelled army positions near Morek in Hama, Syria, on Tuesday, and as a response the army shelled rebel positions in the area.")]
    [InlineData("Rebel fighters shelled army positions near Morek in Hama, Syria, on Tuesday. The army returned shelling on the rebels.")]
    public void ShellingReturnedByTheOtherSideIsAnArmedClash(string text) =>
        Assert.Equal("Armed clash", One(text).SubEventType);

    [Fact]
    public void ShellingOfAVillageStaysRemoteViolence()
    {
        var e = One("Government artillery shelled the village of Kafr Nabl in Idlib, Syria, on Tuesday, killing two civilians.");
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
    }

    [Theory]
    [InlineData("Soldiers found and detonated an IED on the road near Ngamdu, Borno, Nigeria, on Friday.")]
    [InlineData("Troops destroyed a roadside bomb in a controlled explosion near Lafey, Mandera, Kenya, on Thursday.")]
    [InlineData("Houthi forces claimed the shoot-down of a US drone over Marib, Yemen, on Tuesday.")]
    public void WeaponsStoppedBeforeTheyHarmAreDisruptedWeaponsUse(string text) =>
        Assert.Equal("Disrupted weapons use", One(text).SubEventType);

    [Fact]
    public void HerdsmenOfAnEthnicGroupKilledAreCiviliansNotItsMilitia()
    {
        var e = One("Unknown gunmen killed two Fulani herdsmen near Douentza, Mali, on Tuesday.");
        Assert.Equal("Attack", e.SubEventType);
    }

    [Fact]
    public void AnEthnicGroupsMilitiamenKilledAreArmed()
    {
        var e = One("Soldiers killed two Fulani militiamen near Douentza, Mali, on Tuesday.");
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void RiotPoliceBreakingUpAProtestMakeNoRiot()
    {
        // "Riot police" names a police unit; the crowd did nothing violent.
        var e = One("Riot police broke up a protest by traders outside the county offices in Kisumu, Kenya, on Tuesday.");
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Protest with intervention", e.SubEventType);
    }

    [Theory]
    [InlineData("Enemy drones dropped grenades filled with an irritant gas on army trenches near Vovchansk, Ukraine, on Tuesday.")]
    [InlineData("Troops near Vovchansk, Ukraine, came under attack with chemical munitions on Tuesday, the brigade said.")]
    public void MunitionsCarryingAChemicalAgentAreAChemicalWeapon(string text) =>
        Assert.Equal("Chemical weapon", One(text).SubEventType);

    [Theory]
    [InlineData("A second wave of strikes hit a weapons depot near Saada, Yemen, on Tuesday, residents said.")]
    [InlineData("Coalition forces struck militant positions near Saada, Yemen, on Tuesday, destroying two vehicles.")]
    public void StrikesToldByTheirWavesOrTargetsAreAirStrikes(string text) =>
        Assert.Equal("Air/drone strike", One(text).SubEventType);

    [Fact]
    public void ALabourStrikeIsNoAirStrike() =>
        Assert.Equal("Protests", One("Dock workers went on strike in Mombasa, Kenya, on Tuesday over unpaid wages.").EventType);

    [Theory]
    [InlineData("Soldiers seized forty rifles and a box of ammunition at a checkpoint near Gao, Mali, on Tuesday.")]
    [InlineData("Two hundred firearms were seized from herders by a disarmament team near Abeche, Chad, on Tuesday.")]
    public void SeizedWeaponsAreDisruptedWeaponsUseNotGroundTaken(string text) =>
        Assert.Equal("Disrupted weapons use", One(text).SubEventType);

    [Theory]
    [InlineData("Militants seized all the oxen of a village near Mopti, Mali, on Tuesday.")]
    [InlineData("Gunmen seized solar panels from a health centre near Diffa, Niger, on Tuesday.")]
    public void SeizedGoodsAreLootingNotGroundTaken(string text) =>
        Assert.Equal("Looting/property destruction", One(text).SubEventType);

    [Theory]
    [InlineData("Unknown gunmen shot dead a gendarme in Kidal, Mali, on Tuesday.")]
    [InlineData("Police shot three militiamen who had attacked a market in Bunia, DR Congo, on Tuesday.")]
    public void AnArmedPersonShotIsABattleEvenWithNoCount(string text) =>
        Assert.Equal("Armed clash", One(text).SubEventType);

    [Theory]
    [InlineData("Gunmen shot and killed a retired army officer at his farm near Kirkuk, Iraq, on Tuesday.")]
    [InlineData("Gunmen shot and wounded two unarmed guards at a warehouse near Kirkuk, Iraq, on Tuesday.")]
    public void RetiredOrUnarmedVictimsAreCivilians(string text) =>
        Assert.Equal("Attack", One(text).SubEventType);

    [Fact]
    public void AnAttackOnAnArmysPostIsABattleWhenCiviliansAreHurt() =>
        Assert.Equal("Armed clash", One("Rebels attacked the FARDC base at Mbau, DR Congo, on Tuesday; two civilians were wounded.").SubEventType);

    [Fact]
    public void FightingThatKillsPeopleIsABattle() =>
        Assert.Equal("Armed clash", One("Two militias fought near Walikale, DR Congo, for two days, killing eleven people.").SubEventType);

    [Fact]
    public void ARocketAttackOnABaseStaysRemote() =>
        Assert.Equal("Shelling/artillery/missile attack", One("Militants launched a rocket attack on the UN base in Tessalit, Mali, on Tuesday, wounding two peacekeepers.").SubEventType);

    [Theory]
    [InlineData("Army gunners conducted an artillery attack on a rebel camp near Bama, Nigeria, on Tuesday, killing several fighters.", "Shelling/artillery/missile attack")]
    [InlineData("Militants ambushed an army patrol near Eringeti, DR Congo, on Tuesday using IEDs, killing four soldiers.", "Remote explosive/landmine/IED")]
    [InlineData("The Nigerian air force bombed a militant camp near Bama, Nigeria, on Tuesday and killed several fighters.", "Air/drone strike")]
    public void AnAssaultByRemoteMeansIsRemoteViolence(string text, string sub) =>
        Assert.Equal(sub, One(text).SubEventType);

    [Theory]
    [InlineData("Government troops backed by the air force attacked rebel positions near Bama, Nigeria, on Tuesday, killing six fighters.")]
    [InlineData("Rebels attacked an army post near Bama, Nigeria, on Tuesday, while warplanes struck villages to the south.")]
    public void RemoteFireBesideAGroundAssaultLeavesItABattle(string text) =>
        Assert.Equal("Battles", TestPipeline.Run(text).First().EventType);

    [Theory]
    [InlineData("Government troops clashed with rebels near Kafr Zita, Syria, on Tuesday in an attempt by the troops to recapture the village.")]
    [InlineData("Government troops seized four points east of Kafr Zita, Syria, on Tuesday after clashes with rebels.")]
    [InlineData("A soldier was killed by a sniper in regime controlled Kafr Zita, Syria, on Tuesday.")]
    public void NoGroundChangesHandsWithoutAPlaceTaken(string text) =>
        Assert.DoesNotContain("territory", TestPipeline.Run(text).First().SubEventType);

    [Theory]
    [InlineData("A suspected thief was attacked and injured by a vigilante mob in Kitale, Kenya, on Tuesday.")]
    [InlineData("A widow was beheaded by a vigilante mob in Kisii, Kenya, on Tuesday over allegations of witchcraft.")]
    public void VigilantesPunishingASuspectAreAMobNotAnArmedGroup(string text)
    {
        var e = One(text);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
        Assert.Equal("Vigilante Group (Kenya)", e.AssocActor1);
    }

    [Fact]
    public void AnArmedGroupKillingMenItAccusesOfACrimeIsNoMob() =>
        Assert.Equal("Violence against civilians", One("Al-Shabaab militants beheaded two men accused of witchcraft in Jilib, Somalia, on Tuesday.").EventType);

    [Theory]
    [InlineData("Pupils protested violently in Embu, Kenya, on Tuesday after a teacher was transferred.")]
    [InlineData("Hawkers demonstrated violently in Thika, Kenya, on Tuesday against new levies.")]
    public void AProtestToldAsViolentIsAViolentDemonstration(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Theory]
    [InlineData("Gunmen shot and injured a Red Cross officer near Lokichar, Kenya, on Tuesday.")]
    [InlineData("A Red Cross officer was wounded by bandits near Lokichar, Kenya, on Tuesday.")]
    [InlineData("An electoral officer was shot dead by gunmen in Nyeri, Kenya, on Tuesday.")]
    [InlineData("Gunmen shot dead a health official in Garissa, Kenya, on Tuesday.")]
    public void OfficersOfACivilianBodyAreCivilians(string text)
    {
        var e = One(text);
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Attack", e.SubEventType);
    }

    [Fact]
    public void AnElectoralCommissionOrTheRedCrossIsNoArmedSide() =>
        Assert.Equal("Attack", One("Gunmen killed an official of the Independent Electoral and Boundaries Commission in Nanyuki, Kenya, on Tuesday.").SubEventType);

    [Fact]
    public void APoliceOfficerShotIsStillAnArmedVictim() =>
        Assert.Equal("Armed clash", One("Gunmen shot dead a police officer in Garissa, Kenya, on Tuesday.").SubEventType);

    [Theory]
    [InlineData("Gunmen ambushed a matatu near Marsabit, Kenya, on Tuesday, killing two.")]
    [InlineData("Armed men stormed a hotel in Lamu, Kenya, on Tuesday and shot at guests.")]
    public void AnAmbushOrAStormingOfACivilianTargetIsAnAttack(string text) =>
        Assert.Equal("Attack", One(text).SubEventType);

    [Fact]
    public void AnAmbushOfAMilitaryVehicleStaysABattle() =>
        Assert.Equal("Armed clash", One("Militants ambushed a military vehicle near Mandera, Kenya, on Tuesday, killing two.").SubEventType);

    [Theory]
    [InlineData("Police attack villagers in Kwale, Kenya, on Tuesday during a search for stolen guns.")]
    [InlineData("Bandits attack herders near Baragoi, Kenya, on Tuesday, torch homes and steal goats.")]
    [InlineData("Two residents killed in Moyale, Kenya, on Tuesday in an attack by armed raiders.")]
    public void ACrowdNounActedOnIsNoCrowdPerpetrator(string text) =>
        Assert.Equal("Violence against civilians", One(text).EventType);

    // Party supporters or youths who set on people, told with who they are between the crowd and its act, are a mob: the
    // codebook's mob violence, not an armed group's attack.
    [Theory]
    [InlineData("Supporters of the newly sworn-in governor attacked a county clerk in Kisii, Kenya, on Tuesday and threw him out of his office.")]
    [InlineData("Youths at a party meeting in Bungoma beat a radio reporter on Tuesday and broke his camera, Kenyan media said.")]
    [InlineData("A group of youths carrying party flags attacked traders at a market in Kano, Nigeria, on Tuesday.")]
    [InlineData("Opposition supporters, mostly from the lakeside wards, assaulted a polling clerk in Homa Bay, Kenya, on Tuesday.")]
    [InlineData("A reporter covering a rally in Goma, DR Congo, was assaulted and injured by party supporters on Tuesday.")]
    public void SupportersOrYouthsSettingOnPeopleAreAMob(string text) =>
        Assert.Equal("Mob violence", One(text).SubEventType);

    // The words between the crowd and the verb may tell of someone else acting: the crowd is then where it happened, or the victim.
    [Theory]
    [InlineData("Residents of the village where bandits attacked on Tuesday fled to Marsabit, Kenya.")]
    [InlineData("Youths from the estate who were attacked by gunmen in Mathare, Kenya, on Tuesday were taken to hospital.")]
    public void ACrowdNamedBesideAnotherActorsAttackIsNoMob(string text) =>
        Assert.NotEqual("Mob violence", One(text).SubEventType);

    // Fighting the writer says is coded as an event of its own, or names only as what the attack answered, is the background.
    [Theory]
    [InlineData("Gang members attacked shoppers with machetes in Likoni, Kenya, on Tuesday, killing a trader. It followed clashes between the gang and police (coded in a separate event).")]
    [InlineData("In retaliation for an earlier attack, raiders shot dead two herders near Baragoi, Kenya, on Tuesday.")]
    [InlineData("Raiders attacked three villages near Rumuruti, Kenya, on Tuesday; deaths are recorded separately as the ensuing battle.")]
    public void FightingToldAsBackgroundLeavesTheAttack(string text) =>
        Assert.Equal("Violence against civilians", One(text).EventType);

    // A crowd that punishes a suspect or avenges a road death, demanding nothing, is a mob; protesting the same death is a demonstration.
    [Theory]
    [InlineData("Villagers in Kilifi, Kenya, torched the houses of two elderly women suspected of witchcraft on Tuesday.", "Mob violence")]
    [InlineData("Rioters burnt two minibuses in Thika, Kenya, on Tuesday after one of them hit and killed a pupil.", "Mob violence")]
    [InlineData("Motorcycle riders in Kisii, Kenya, set ablaze a lorry on Tuesday after a road accident that killed a colleague.", "Mob violence")]
    [InlineData("Students rioted in Kitale, Kenya, on Tuesday, blocking the highway to protest a road accident that killed a classmate.", "Violent demonstration")]
    [InlineData("Youths rioted in Molo, Kenya, on Tuesday after police shot dead two suspected robbers.", "Violent demonstration")]
    [InlineData("Rioters burned tyres on the Kisumu road, Kenya, on Tuesday, angry at a broken bridge that has caused several accidents.", "Violent demonstration")]
    public void ACrowdAvengingARoadDeathOrPunishingASuspectIsAMob(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Fact]
    public void ACrowdThatBeatsSomeoneStaysAMob() =>
        Assert.Equal("Mob violence", One("Residents beat a suspected thief in Kisii, Kenya, on Tuesday.").SubEventType);

    [Theory]
    [InlineData("Bandits attacked a village near Kapedo, Kenya, on Tuesday and stole cattle. Police responded, killing four of the raiders.")]
    [InlineData("Militants attacked two villages near Fafi, Kenya, on Tuesday. Security forces pushed back the attackers.")]
    public void ForcesAnsweringTheAttackersMakeABattle(string text) =>
        Assert.Equal("Armed clash", One(text).SubEventType);

    [Theory]
    [InlineData("Gunmen attacked the village of Tumbi near Gao, Mali, on Tuesday and seized livestock. No casualties were reported.")]
    [InlineData("Militants attacked and burned houses in the village of Tumbi near Gao, Mali, on Tuesday. No casualties were reported.")]
    public void AnAttackOnAPlaceOrPropertyThatHarmsNoOneIsLooting(string text) =>
        Assert.Equal("Looting/property destruction", One(text).SubEventType);

    [Theory]
    [InlineData("Gunmen entered a village near Lamu, Kenya, on Tuesday, tied up two men and shot them, and set fire to five houses.", "Attack")]
    [InlineData("Militiamen burned homes and attacked civilians near Bunia, DR Congo, on Tuesday.", "Attack")]
    [InlineData("Soldiers thwarted an attack by militants near Gao, Mali, on Tuesday, destroying a militant car.", "Armed clash")]
    public void PeopleSetUponOrAnAttackRepelledIsNoLooting(string text, string subEventType) =>
        Assert.Equal(subEventType, One(text).SubEventType);

    [Theory]
    [InlineData("Five county councillors were attacked and robbed by gunmen in Kilifi, Kenya, on Tuesday.")]
    [InlineData("A clan militia attacks mourners at a funeral near Kisii, Kenya, on Tuesday and loots their cattle.")]
    public void PeopleAttackedAndRobbedSufferAnAttackNotLooting(string text) =>
        Assert.Equal("Attack", One(text).SubEventType);

    [Theory]
    [InlineData("On Tuesday a farmer shot dead his neighbour in Shinyalu, Kenya, after a quarrel over a boundary.")]
    [InlineData("A trader hacked his neighbour to death in Butere, Kenya, on Tuesday.")]
    public void APersonWhoKillsIsNoCivilianPerpetrator(string text)
    {
        var e = One(text);
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Unidentified Armed Group (Kenya)", e.Actor1);
        Assert.Equal("Civilians (Kenya)", e.Actor2);
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void TheWomenAManKillsAreAmongTheCivilians()
    {
        var e = One("A man killed two women in Mumias, Kenya, on Tuesday.");
        Assert.Equal("Unidentified Armed Group (Kenya)", e.Actor1);
        Assert.Equal("Civilians (Kenya)", e.Actor2);
        Assert.Contains("Women (Kenya)", e.AssocActor2);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void ANamedPartyWhoseActivistsAttackStaysTheAttacker()
    {
        var e = One("Two Nepali Congress agents were injured in an attack by CPN-UML activists in Dolpa, Nepal, on Tuesday.");
        Assert.Equal("CPN(UML): Communist Party of Nepal (Unified Marxist-Leninist)", e.Actor1);
    }

    [Fact]
    public void AResponsibilityClaimInTheSameSentenceNamesThePerpetrator()
    {
        var e = One("Nine people were killed in an attack on a bus near Mandera, Kenya, on Tuesday; Al Shabaab claimed responsibility.");
        Assert.Equal("Al Shabaab", e.Actor1);
        Assert.Equal("Civilians (Kenya)", e.Actor2);
        Assert.DoesNotContain("Al Shabaab", e.AssocActor2);
    }

    [Fact]
    public void AFighterWhoKillsHisKinIsTheKillerNotTheDead()
    {
        var e = One("On Tuesday a Taliban fighter killed his cousin, a shopkeeper, in Herat city, Afghanistan.");
        Assert.Equal("Taliban", e.Actor1);
        Assert.Equal(1, e.Fatalities);
    }

    [Theory]
    [InlineData("Gunmen shot dead an off duty soldier in Garissa, Kenya, on Tuesday.")]
    [InlineData("Gunmen shot dead an off-duty soldier in Garissa, Kenya, on Tuesday.")]
    public void AnOffDutySoldierIsACivilianVictim(string text) =>
        Assert.Equal("Attack", One(text).SubEventType);

    [Theory]
    [InlineData("Gunmen stopped a military truck near Wamena, Papua, Indonesia, on Tuesday and shot two soldiers. The victims were unarmed.")]
    [InlineData("Gunmen attacked a retired policeman at his house in Medan, North Sumatra, Indonesia, on Tuesday.")]
    [InlineData("Armed men attacked four security guards (unarmed) at a plantation in Bekasi, West Java, Indonesia, on Tuesday.")]
    public void ForcesOutOfTheFightAreCivilianVictims(string text)
    {
        var e = One(text);
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Civilians (Indonesia)", e.Actor2);
    }

    [Fact]
    public void ArmedGuardsAttackedStillFight() =>
        Assert.Equal("Battles", One("Armed men attacked four soldiers at a checkpoint in Bekasi, West Java, Indonesia, on Tuesday.").EventType);
}
