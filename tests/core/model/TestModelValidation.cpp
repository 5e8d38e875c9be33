// Validation ranges of every entity, JSON round trips, and the SRD challenge rating tables.
#include "CompleteEntities.h"
#include "SampleEntities.h"
#include "model/DocumentValidation.h"

#include <QJsonArray>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

QJsonObject sampleJson(const QString& kind)
{
    if (kind == QLatin1String("party"))
        return sampleParty().toJson();
    if (kind == QLatin1String("character"))
        return sampleCharacter(LocalStore::newId()).toJson();
    if (kind == QLatin1String("creature"))
        return sampleCreature().toJson();
    if (kind == QLatin1String("encounter"))
        return sampleEncounter().toJson();
    if (kind == QLatin1String("participant"))
        return sampleParticipant(LocalStore::newId()).toJson();
    return sampleLogEntry(LocalStore::newId()).toJson();
}

ValidationErrors validateJson(const QString& kind, const QJsonObject& doc)
{
    if (kind == QLatin1String("party"))
        return Party::fromJson(doc).validate();
    if (kind == QLatin1String("character"))
        return Character::fromJson(doc).validate();
    if (kind == QLatin1String("creature"))
        return Creature::fromJson(doc).validate();
    if (kind == QLatin1String("encounter"))
        return Encounter::fromJson(doc).validate();
    if (kind == QLatin1String("participant"))
        return Participant::fromJson(doc).validate();
    return CombatLogEntry::fromJson(doc).validate();
}

// Sets "a.b" style paths; the last part may be an array index "[n]" on its parent.
void setPath(QJsonObject& object, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    const QString rest = path.mid(dot + 1);
    if (head.endsWith(QLatin1Char(']'))) {
        const qsizetype open = head.indexOf(QLatin1Char('['));
        const QString key = head.left(open);
        const int index = head.mid(open + 1, head.size() - open - 2).toInt();
        QJsonArray array = object.value(key).toArray();
        QJsonObject element = array.at(index).toObject();
        setPath(element, rest, value);
        array.replace(index, element);
        object.insert(key, array);
        return;
    }
    QJsonObject child = object.value(head).toObject();
    setPath(child, rest, value);
    object.insert(head, child);
}

// A record of the kind with every field set (lists with at least one entry each), as JSON.
QJsonObject completeJson(EntityKind kind)
{
    const CompleteRecords records = completeRecords();
    switch (kind) {
    case EntityKind::Party:
        return records.parties.first().toJson();
    case EntityKind::Character:
        return records.characters.first().toJson();
    case EntityKind::Creature:
        return records.creatures.first().toJson();
    case EntityKind::Encounter:
        return records.encounters.first().toJson();
    case EntityKind::Participant:
        return records.participants.first().toJson();
    case EntityKind::CombatLog:
        return records.combatLog.first().toJson();
    }
    return {};
}

} // namespace

class TestModelValidation final : public QObject {
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void validationMessagesAreReadable();
    void roundTrip_data();
    void roundTrip();
    void tolerantDecodingOfBadInput_data();
    void tolerantDecodingOfBadInput();
    void jsonTypes_data();
    void jsonTypes();
    void unknownChoices_data();
    void unknownChoices();
    void challengeRatingTables_data();
    void challengeRatingTables();
    void abilityModifiers_data();
    void abilityModifiers();
    void entityNames();
    void completeRecordsSetEveryField_data();
    void completeRecordsSetEveryField();
    void unknownFieldsAreFoundAtAnyDepth_data();
    void unknownFieldsAreFoundAtAnyDepth();
    void documentsTheModelReadsHaveNoUnknownFields_data();
    void documentsTheModelReadsHaveNoUnknownFields();
};

void TestModelValidation::validation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorField"); // empty: the record stays valid

    const auto row = [](const char* name, const char* kind, const char* path, const QJsonValue& value,
                        const char* errorField) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(path) << value
                            << QString::fromLatin1(errorField);
    };
    const QString longName(101, QLatin1Char('x'));

    row("party sample", "party", "archived", false, "");
    row("party name empty", "party", "name", QString(), "name");
    row("party name blank", "party", "name", QStringLiteral("   "), "name");
    row("party description 501", "party", "description", QString(501, QLatin1Char('d')), "description");

    row("character sample", "character", "notes", QStringLiteral("ok"), "");
    row("character name too long", "character", "name", longName, "name");
    row("character level 0", "character", "level", 0, "level");
    row("character level 1", "character", "level", 1, "");
    row("character level 20", "character", "level", 20, "");
    row("character level 21", "character", "level", 21, "level");
    row("character ac -1", "character", "ac", -1, "ac");
    row("character ac 0", "character", "ac", 0, "");
    row("character ac 30", "character", "ac", 30, "");
    row("character ac 31", "character", "ac", 31, "ac");
    row("character str 0", "character", "abilities.strength", 0, "abilities.strength");
    row("character str 1", "character", "abilities.strength", 1, "");
    row("character cha 30", "character", "abilities.charisma", 30, "");
    row("character cha 31", "character", "abilities.charisma", 31, "abilities.charisma");
    row("character maxHp 0", "character", "maxHp", 0, "maxHp");
    row("character currentHp -1", "character", "currentHp", -1, "currentHp");
    row("character currentHp 0", "character", "currentHp", 0, "");
    row("character currentHp = max", "character", "currentHp", 38, "");
    row("character currentHp > max", "character", "currentHp", 39, "currentHp");
    row("character tempHp -1", "character", "tempHp", -1, "tempHp");
    row("character hitDiceSpent -1", "character", "hitDiceSpent", -1, "hitDiceSpent");
    row("character hitDiceSpent 20", "character", "hitDiceSpent", 20, "");
    row("character hitDiceSpent 21", "character", "hitDiceSpent", 21, "hitDiceSpent");
    row("character proficiency 1", "character", "proficiencyBonus", 1, "proficiencyBonus");
    row("character proficiency 6", "character", "proficiencyBonus", 6, "");
    row("character proficiency 7", "character", "proficiencyBonus", 7, "proficiencyBonus");
    row("character class level 0", "character", "classes[0].level", 0, "classes[0].level");
    row("character class levels > 20", "character", "classes[0].level", 19, "classes");
    row("character class name empty", "character", "classes[1].className", QString(), "classes[1].className");

    row("creature sample", "creature", "alignment", QStringLiteral("any"), "");
    row("creature no name", "creature", "name", QString(), "name");
    row("creature size colossal", "creature", "size", QStringLiteral("colossal"), "size");
    row("creature size Huge", "creature", "size", QStringLiteral("Huge"), "");
    row("creature ac 31", "creature", "ac", 31, "ac");
    row("creature hp 0", "creature", "hp", 0, "hp");
    row("creature dex 0", "creature", "abilities.dexterity", 0, "abilities.dexterity");
    row("creature cr 1/8", "creature", "challengeRating", QStringLiteral("1/8"), "");
    row("creature cr 30", "creature", "challengeRating", QStringLiteral("30"), "");
    row("creature cr 1/3", "creature", "challengeRating", QStringLiteral("1/3"), "challengeRating");
    row("creature cr 31", "creature", "challengeRating", QStringLiteral("31"), "challengeRating");
    row("creature cr 2.5", "creature", "challengeRating", QStringLiteral("2.5"), "challengeRating");
    row("creature legendary 11", "creature", "legendaryActionsPerRound", 11, "legendaryActionsPerRound");
    row("creature recharge 7", "creature", "actions[1].rechargeOn", 7, "actions[1].rechargeOn");
    row("creature save dc 0", "creature", "actions[1].saveDc", 0, "actions[1].saveDc");
    row("creature action unnamed", "creature", "actions[0].name", QString(), "actions[0].name");
    row("creature speed -5", "creature", "speed.fly", -5, "speed");

    row("encounter sample", "encounter", "status", QStringLiteral("active"), "");
    row("encounter no name", "encounter", "name", QString(), "name");
    row("encounter round -1", "encounter", "combat.round", -1, "combat.round");
    row("encounter turn past order", "encounter", "combat.turnIndex", 3, "combat.turnIndex");
    row("encounter lair initiative 41", "encounter", "lair.initiative", 41, "lair.initiative");

    row("participant sample", "participant", "hidden", true, "");
    row("participant no name", "participant", "name", QString(), "name");
    row("participant no encounter", "participant", "encounterId", QString(), "encounterId");
    row("participant hp above max", "participant", "currentHp", 85, "currentHp");
    row("participant hp -1", "participant", "currentHp", -1, "currentHp");
    row("participant ac 31", "participant", "ac", 31, "ac");
    row("participant max override 0", "participant", "maxHpOverride", 0, "maxHpOverride");
    row("participant override raises cap", "participant", "maxHpOverride", 100, "");
    row("participant death failures 4", "participant", "deathSaves.failures", 4, "deathSaves.failures");
    row("participant legendary left > max", "participant", "legendaryActionsLeft", 4, "legendaryActionsLeft");
    row("participant exhaustion 7", "participant", "conditions[0].level", 7, "");
    row("participant condition until removed", "participant", "conditions[0].remainingRounds", -1, "");
    row("participant condition rounds -2", "participant", "conditions[0].remainingRounds", -2,
        "conditions[0].remainingRounds");

    row("log sample", "combat_log", "details", QJsonObject{{QStringLiteral("dice"), QStringLiteral("2d6")}},
        "");
    row("log no action", "combat_log", "action", QString(), "action");
    row("log no encounter", "combat_log", "encounterId", QString(), "encounterId");
    row("log sequence -1", "combat_log", "sequence", -1, "sequence");
}

void TestModelValidation::validation()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorField);

    QVERIFY2(validateJson(kind, sampleJson(kind)).isEmpty(),
             qPrintable(validateJson(kind, sampleJson(kind)).summary()));
    QJsonObject doc = sampleJson(kind);
    setPath(doc, path, value);
    const ValidationErrors errors = validateJson(kind, doc);
    if (errorField.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.summary()));
    } else {
        QVERIFY2(
            errors.has(errorField),
            qPrintable(QStringLiteral("expected an error on %1, got: %2").arg(errorField, errors.summary())));
    }
}

void TestModelValidation::validationMessagesAreReadable()
{
    Character character = sampleCharacter(LocalStore::newId());
    character.level = 25;
    character.abilities.setScore(Ability::Wisdom, 0);
    const ValidationErrors errors = character.validate();
    QCOMPARE(errors.errors().size(), 2);
    const Error error = errors.toError();
    QCOMPARE(error.code, QStringLiteral("VALIDATION_ERROR"));
    QVERIFY(error.message.contains(QStringLiteral("level must be between 1 and 20 (got 25)")));
    QVERIFY(error.message.contains(QStringLiteral("abilities.wisdom must be between 1 and 30 (got 0)")));
    QCOMPARE(error.details.value(QStringLiteral("level")).toString(),
             QStringLiteral("must be between 1 and 20 (got 25)"));
}

void TestModelValidation::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"party", "character", "creature", "encounter", "participant", "combat_log"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestModelValidation::roundTrip()
{
    QFETCH(QString, kind);
    const QJsonObject original = sampleJson(kind);
    QJsonObject again;
    if (kind == QLatin1String("party")) {
        const Party value = Party::fromJson(original);
        QCOMPARE(Party::fromJson(value.toJson()), value);
        again = value.toJson();
    } else if (kind == QLatin1String("character")) {
        const Character value = Character::fromJson(original);
        QCOMPARE(Character::fromJson(value.toJson()), value);
        QCOMPARE(value.classes.size(), 2);
        QCOMPARE(value.totalLevel(), 5);
        again = value.toJson();
    } else if (kind == QLatin1String("creature")) {
        const Creature value = Creature::fromJson(original);
        QCOMPARE(Creature::fromJson(value.toJson()), value);
        QCOMPARE(value.actions.at(1).rechargeOn, 5);
        QCOMPARE(value.actions.at(0).damage.at(0).dice, QStringLiteral("1d6+4"));
        QCOMPARE(value.savingThrows.value(QStringLiteral("constitution")), 8);
        again = value.toJson();
    } else if (kind == QLatin1String("encounter")) {
        const Encounter value = Encounter::fromJson(original);
        QCOMPARE(Encounter::fromJson(value.toJson()), value);
        QVERIFY(value.lair.enabled);
        QCOMPARE(value.lair.initiative, 20);
        again = value.toJson();
    } else if (kind == QLatin1String("participant")) {
        const Participant value = Participant::fromJson(original);
        QCOMPARE(Participant::fromJson(value.toJson()), value);
        QCOMPARE(value.initiative, std::optional<int>(14));
        QVERIFY(value.hasCondition(QStringLiteral("prone")));
        again = value.toJson();
    } else {
        const CombatLogEntry value = CombatLogEntry::fromJson(original);
        QCOMPARE(CombatLogEntry::fromJson(value.toJson()), value);
        again = value.toJson();
    }
    QCOMPARE(again, original);
}

void TestModelValidation::tolerantDecodingOfBadInput_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"party", "character", "creature", "encounter", "participant", "combat_log"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestModelValidation::tolerantDecodingOfBadInput()
{
    // Every field of the wrong type, or missing: decoding falls back to defaults without crashing,
    // and validation reports what a person must still fill in.
    QFETCH(QString, kind);
    QJsonObject garbage;
    for (const QString& key : sampleJson(kind).keys())
        garbage.insert(key, QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}, 7});
    const ValidationErrors fromGarbage = validateJson(kind, garbage);
    QVERIFY(!fromGarbage.isEmpty());
    const ValidationErrors fromEmpty = validateJson(kind, QJsonObject());
    QVERIFY(!fromEmpty.isEmpty());
    if (kind != QLatin1String("combat_log"))
        QVERIFY(fromEmpty.has(QStringLiteral("name")));
}

void TestModelValidation::jsonTypes_data()
{
    QTest::addColumn<QJsonObject>("given");
    QTest::addColumn<QString>("errorField"); // empty: accepted

    QJsonObject sample = sampleCharacter(LocalStore::newId()).toJson();
    QTest::newRow("as written") << sample << QString();
    QJsonObject withUnknown = sample;
    withUnknown.insert(QStringLiteral("favouriteColour"), QStringLiteral("teal"));
    QTest::newRow("unknown field kept") << withUnknown << QString();
    QJsonObject acText = sample;
    acText.insert(QStringLiteral("ac"), QStringLiteral("high"));
    QTest::newRow("number as text") << acText << QStringLiteral("ac");
    QJsonObject acNumericText = sample;
    acNumericText.insert(QStringLiteral("ac"), QStringLiteral("15"));
    QTest::newRow("number as numeric text") << acNumericText << QStringLiteral("ac");
    QJsonObject fraction = sample;
    fraction.insert(QStringLiteral("maxHp"), 12.5);
    QTest::newRow("fraction") << fraction << QStringLiteral("maxHp");
    QJsonObject hugeNumber = sample;
    hugeNumber.insert(QStringLiteral("speed"), 1e12);
    QTest::newRow("beyond int") << hugeNumber << QStringLiteral("speed");
    QJsonObject nested = sample;
    setPath(nested, QStringLiteral("abilities.strength"), true);
    QTest::newRow("nested bool") << nested << QStringLiteral("abilities.strength");
    QJsonObject listOfNumbers = sample;
    listOfNumbers.insert(QStringLiteral("features"), QJsonArray{1, 2});
    QTest::newRow("list of numbers") << listOfNumbers << QStringLiteral("features");
    QJsonObject objectForText = sample;
    objectForText.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("A")}});
    QTest::newRow("object for text") << objectForText << QStringLiteral("name");
}

void TestModelValidation::jsonTypes()
{
    QFETCH(QJsonObject, given);
    QFETCH(QString, errorField);
    ValidationErrors errors;
    errors.requireJsonTypes(given, Character::fromJson(given).toJson());
    if (errorField.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(errors.summary()));
    else
        QVERIFY2(errors.has(errorField), qPrintable(errors.summary()));
}

void TestModelValidation::unknownChoices_data()
{
    // A value outside a fixed set of choices would be read as the default choice and the record
    // would show something else than was written: the type check refuses it. Only a difference of
    // case that the model reads as the same choice (sizes) is accepted.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField"); // empty: accepted
    const auto row = [](const char* name, const char* kind, const char* path, const char* value,
                        const char* errorField) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(path)
                            << QString::fromLatin1(value) << QString::fromLatin1(errorField);
    };
    row("status known", "encounter", "status", "paused", "");
    row("status other case", "encounter", "status", "Completed", "status");
    row("status unknown", "encounter", "status", "bogus", "status");
    row("status empty", "encounter", "status", "", "status");
    row("encounter rules unknown", "encounter", "rules", "2030", "rules");
    row("participant kind unknown", "participant", "kind", "monster", "kind");
    row("initiative mode unknown", "participant", "initiativeMode", "lucky", "initiativeMode");
    row("condition timing unknown", "participant", "conditions[0].timing", "later", "conditions[0].timing");
    row("creature size other case", "creature", "size", "Huge", "");
    row("creature rules unknown", "creature", "rules", "5.5", "rules");
    row("free text kept", "creature", "alignment", "any non-lawful", "");
}

void TestModelValidation::unknownChoices()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    QJsonObject given = sampleJson(kind);
    setPath(given, path, value);
    ValidationErrors errors;
    if (kind == QLatin1String("encounter"))
        errors.requireJsonTypes(given, Encounter::fromJson(given).toJson());
    else if (kind == QLatin1String("participant"))
        errors.requireJsonTypes(given, Participant::fromJson(given).toJson());
    else
        errors.requireJsonTypes(given, Creature::fromJson(given).toJson());
    if (errorField.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.summary()));
    } else {
        QVERIFY2(errors.has(errorField), qPrintable(errors.summary()));
        QVERIFY2(errors.summary().contains(QStringLiteral("does not know (got \"%1\")").arg(value)),
                 qPrintable(errors.summary()));
    }
}

void TestModelValidation::challengeRatingTables_data()
{
    QTest::addColumn<QString>("rating");
    QTest::addColumn<int>("xp"); // -1: not a challenge rating
    QTest::addColumn<int>("proficiency");

    const std::tuple<const char*, int, int> rows[] = {
        {"0", 10, 2},      {"1/8", 25, 2},    {"1/4", 50, 2},    {"1/2", 100, 2},   {"1", 200, 2},
        {"2", 450, 2},     {"3", 700, 2},     {"4", 1100, 2},    {"5", 1800, 3},    {"6", 2300, 3},
        {"7", 2900, 3},    {"8", 3900, 3},    {"9", 5000, 4},    {"10", 5900, 4},   {"11", 7200, 4},
        {"12", 8400, 4},   {"13", 10000, 5},  {"14", 11500, 5},  {"15", 13000, 5},  {"16", 15000, 5},
        {"17", 18000, 6},  {"18", 20000, 6},  {"19", 22000, 6},  {"20", 25000, 6},  {"21", 33000, 7},
        {"22", 41000, 7},  {"23", 50000, 7},  {"24", 62000, 7},  {"25", 75000, 8},  {"26", 90000, 8},
        {"27", 105000, 8}, {"28", 120000, 8}, {"29", 135000, 9}, {"30", 155000, 9}, {" 1/2 ", 100, 2},
        {"31", -1, 0},     {"-1", -1, 0},     {"1/3", -1, 0},    {"2.5", -1, 0},    {"abc", -1, 0},
        {"", -1, 0},
    };
    for (const auto& [rating, xp, proficiency] : rows)
        QTest::newRow(rating[0] ? rating : "empty") << QString::fromLatin1(rating) << xp << proficiency;
}

void TestModelValidation::challengeRatingTables()
{
    QFETCH(QString, rating);
    QFETCH(int, xp);
    QFETCH(int, proficiency);
    const std::optional<int> actual = xpForChallengeRating(rating);
    if (xp < 0) {
        QVERIFY(!actual);
        QVERIFY(!parseChallengeRating(rating));
        return;
    }
    QCOMPARE(actual, std::optional<int>(xp));
    QCOMPARE(proficiencyBonusForChallengeRating(*parseChallengeRating(rating)), proficiency);
    // A creature read without xp / proficiency takes them from its rating.
    const Creature creature = Creature::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                                             {QStringLiteral("challengeRating"), rating}});
    QCOMPARE(creature.xp, xp);
    QCOMPARE(creature.proficiencyBonus, proficiency);
}

void TestModelValidation::abilityModifiers_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("modifier");
    for (const auto& [score, modifier] : {std::pair{1, -5},
                                          {2, -4},
                                          {3, -4},
                                          {8, -1},
                                          {9, -1},
                                          {10, 0},
                                          {11, 0},
                                          {12, 1},
                                          {15, 2},
                                          {20, 5},
                                          {29, 9},
                                          {30, 10}})
        QTest::addRow("%d", score) << score << modifier;
}

void TestModelValidation::abilityModifiers()
{
    QFETCH(int, score);
    QFETCH(int, modifier);
    QCOMPARE(abilityModifier(score), modifier);
}

void TestModelValidation::entityNames()
{
    for (EntityKind kind : kAllEntityKinds)
        QCOMPARE(entityKindFromName(entityName(kind)), std::optional<EntityKind>(kind));
    QVERIFY(!entityKindFromName(QStringLiteral("sqlite_master")));
}

void TestModelValidation::completeRecordsSetEveryField_data()
{
    // The fields the original design asks of each entity, as paths into the model's JSON.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("required");
    QTest::newRow("party") << QStringLiteral("party")
                           << QStringList{QStringLiteral("name"), QStringLiteral("description"),
                                          QStringLiteral("archived")};
    QTest::newRow("character") << QStringLiteral("character")
                               << QStringList{QStringLiteral("partyId"),
                                              QStringLiteral("name"),
                                              QStringLiteral("playerName"),
                                              QStringLiteral("race"),
                                              QStringLiteral("classes[].className"),
                                              QStringLiteral("classes[].level"),
                                              QStringLiteral("level"),
                                              QStringLiteral("ac"),
                                              QStringLiteral("maxHp"),
                                              QStringLiteral("currentHp"),
                                              QStringLiteral("tempHp"),
                                              QStringLiteral("hitDice"),
                                              QStringLiteral("hitDiceSpent"),
                                              QStringLiteral("speed"),
                                              QStringLiteral("abilities.strength"),
                                              QStringLiteral("abilities.dexterity"),
                                              QStringLiteral("abilities.constitution"),
                                              QStringLiteral("abilities.intelligence"),
                                              QStringLiteral("abilities.wisdom"),
                                              QStringLiteral("abilities.charisma"),
                                              QStringLiteral("initiativeBonus"),
                                              QStringLiteral("proficiencyBonus"),
                                              QStringLiteral("features"),
                                              QStringLiteral("equipment"),
                                              QStringLiteral("notes")};
    QTest::newRow("creature") << QStringLiteral("creature")
                              << QStringList{QStringLiteral("name"),
                                             QStringLiteral("size"),
                                             QStringLiteral("type"),
                                             QStringLiteral("subtype"),
                                             QStringLiteral("alignment"),
                                             QStringLiteral("ac"),
                                             QStringLiteral("hp"),
                                             QStringLiteral("hitDice"),
                                             QStringLiteral("speed.walk"),
                                             QStringLiteral("speed.swim"),
                                             QStringLiteral("speed.fly"),
                                             QStringLiteral("speed.climb"),
                                             QStringLiteral("speed.burrow"),
                                             QStringLiteral("abilities.strength"),
                                             QStringLiteral("abilities.charisma"),
                                             QStringLiteral("savingThrows.dexterity"),
                                             QStringLiteral("skills.perception"),
                                             QStringLiteral("senses"),
                                             QStringLiteral("languages"),
                                             QStringLiteral("damageResistances"),
                                             QStringLiteral("damageImmunities"),
                                             QStringLiteral("damageVulnerabilities"),
                                             QStringLiteral("conditionImmunities"),
                                             QStringLiteral("challengeRating"),
                                             QStringLiteral("xp"),
                                             QStringLiteral("proficiencyBonus"),
                                             QStringLiteral("initiativeBonus"),
                                             QStringLiteral("traits[].name"),
                                             QStringLiteral("traits[].description"),
                                             QStringLiteral("actions[].attackBonus"),
                                             QStringLiteral("actions[].damage[].dice"),
                                             QStringLiteral("actions[].damage[].type"),
                                             QStringLiteral("actions[].saveDc"),
                                             QStringLiteral("actions[].saveAbility"),
                                             QStringLiteral("actions[].rechargeOn"),
                                             QStringLiteral("actions[].usesPerDay"),
                                             QStringLiteral("reactions[].name"),
                                             QStringLiteral("bonusActions[].name"),
                                             QStringLiteral("legendaryActionsPerRound"),
                                             QStringLiteral("legendaryActions[].cost"),
                                             QStringLiteral("legendaryResistances"),
                                             QStringLiteral("lairActions[].name"),
                                             QStringLiteral("source"),
                                             QStringLiteral("tags"),
                                             QStringLiteral("isTemplate")};
    QTest::newRow("encounter") << QStringLiteral("encounter")
                               << QStringList{QStringLiteral("name"),
                                              QStringLiteral("description"),
                                              QStringLiteral("status"),
                                              QStringLiteral("combat.round"),
                                              QStringLiteral("combat.turnIndex"),
                                              QStringLiteral("combat.order"),
                                              QStringLiteral("lair.enabled"),
                                              QStringLiteral("lair.initiative"),
                                              QStringLiteral("lair.actions[].rechargeOn"),
                                              QStringLiteral("notes")};
    QTest::newRow("participant") << QStringLiteral("participant")
                                 << QStringList{QStringLiteral("encounterId"),
                                                QStringLiteral("kind"),
                                                QStringLiteral("characterId"),
                                                QStringLiteral("creatureId"),
                                                QStringLiteral("name"),
                                                QStringLiteral("initiative"),
                                                QStringLiteral("initiativeRoll"),
                                                QStringLiteral("maxHp"),
                                                QStringLiteral("maxHpOverride"),
                                                QStringLiteral("currentHp"),
                                                QStringLiteral("tempHp"),
                                                QStringLiteral("ac"),
                                                QStringLiteral("conditions[].key"),
                                                QStringLiteral("conditions[].remainingRounds"),
                                                QStringLiteral("conditions[].note"),
                                                QStringLiteral("hidden"),
                                                QStringLiteral("defeated"),
                                                QStringLiteral("notes")};
    QTest::newRow("combat_log") << QStringLiteral("combat_log")
                                << QStringList{QStringLiteral("encounterId"), QStringLiteral("timestampMs"),
                                               QStringLiteral("round"),       QStringLiteral("turn"),
                                               QStringLiteral("action"),      QStringLiteral("actor"),
                                               QStringLiteral("target"),      QStringLiteral("details")};
}

void TestModelValidation::completeRecordsSetEveryField()
{
    // The complete records (CompleteEntities.h) are what the store tests round-trip; they only
    // prove something if every field the model writes holds a value other than its default.
    QFETCH(QString, kind);
    QFETCH(QStringList, required);
    const CompleteRecords records = completeRecords();
    QList<QJsonObject> samples;
    QJsonObject defaults;
    ValidationErrors errors;
    if (kind == QLatin1String("party")) {
        samples = jsonOf(records.parties);
        defaults = Party().toJson();
        for (const Party& party : records.parties)
            errors.merge(party.name, party.validate());
    } else if (kind == QLatin1String("character")) {
        samples = jsonOf(records.characters);
        defaults = Character().toJson();
        for (const Character& character : records.characters)
            errors.merge(character.name, character.validate());
    } else if (kind == QLatin1String("creature")) {
        samples = jsonOf(records.creatures);
        defaults = Creature().toJson();
        for (const Creature& creature : records.creatures)
            errors.merge(creature.name, creature.validate());
    } else if (kind == QLatin1String("encounter")) {
        samples = jsonOf(records.encounters);
        defaults = Encounter().toJson();
        for (const Encounter& encounter : records.encounters)
            errors.merge(encounter.name, encounter.validate());
    } else if (kind == QLatin1String("participant")) {
        samples = jsonOf(records.participants);
        defaults = Participant().toJson();
        for (const Participant& participant : records.participants)
            errors.merge(participant.name, participant.validate());
    } else {
        samples = jsonOf(records.combatLog);
        defaults = CombatLogEntry().toJson();
        for (const CombatLogEntry& entry : records.combatLog)
            errors.merge(entry.action, entry.validate());
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.summary()));
    const QStringList unset = fieldsLeftAtDefault(samples, defaults);
    QVERIFY2(unset.isEmpty(),
             qPrintable(QStringLiteral("left at default: ") + unset.join(QStringLiteral(", "))));
    for (const QString& path : required) {
        const bool present = std::any_of(samples.cbegin(), samples.cend(),
                                         [&](const QJsonObject& sample) { return hasPath(sample, path); });
        QVERIFY2(present, qPrintable(QStringLiteral("%1 has no %2").arg(kind, path)));
    }
}

QTEST_APPLESS_MAIN(TestModelValidation)
void TestModelValidation::unknownFieldsAreFoundAtAnyDepth_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<QString>("path");
    const auto row = [](EntityKind kind, const char* path) {
        QTest::newRow(path) << kind << QString::fromLatin1(path);
    };
    row(EntityKind::Party, "smuggled");
    row(EntityKind::Character, "classes[0].smuggled");
    row(EntityKind::Character, "abilities.smuggled");
    row(EntityKind::Creature, "speed.smuggled");
    row(EntityKind::Creature, "actions[0].smuggled");
    row(EntityKind::Creature, "legendaryActions[0].damage[1].smuggled");
    row(EntityKind::Encounter, "combat.smuggled");
    row(EntityKind::Encounter, "options.smuggled");
    row(EntityKind::Participant, "conditions[0].smuggled");
    row(EntityKind::Participant, "deathSaves.smuggled");
    row(EntityKind::Participant, "recharges[0].smuggled");
}

// Every reader would drop such a field: the service refuses to store it and names where it is.
void TestModelValidation::unknownFieldsAreFoundAtAnyDepth()
{
    QFETCH(EntityKind, kind);
    QFETCH(QString, path);
    QJsonObject doc = completeJson(kind);
    setPath(doc, path, QStringLiteral("payload"));
    QCOMPARE(unknownFields(kind, doc), QStringList{path});
    QCOMPARE(topLevelField(path), path.section(QRegularExpression(QStringLiteral("[.\\[]")), 0, 0));
}

void TestModelValidation::documentsTheModelReadsHaveNoUnknownFields_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<QJsonObject>("doc");
    for (const EntityKind kind : {EntityKind::Party, EntityKind::Character, EntityKind::Creature,
                                  EntityKind::Encounter, EntityKind::Participant, EntityKind::CombatLog})
        QTest::newRow(qPrintable(QStringLiteral("complete %1").arg(entityName(kind))))
            << kind << completeJson(kind);

    // As an older client writes them: nested records without the fields added since, and fields
    // the model leaves out at their default given anyway (empty lists, nulls, zeros, false).
    QJsonObject creature = completeJson(EntityKind::Creature);
    creature.insert(QStringLiteral("actions"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Bite")},
                                           {QStringLiteral("description"), QString()},
                                           {QStringLiteral("attackBonus"), QJsonValue()},
                                           {QStringLiteral("damage"), QJsonArray()},
                                           {QStringLiteral("saveDc"), QJsonValue()},
                                           {QStringLiteral("saveAbility"), QString()},
                                           {QStringLiteral("rechargeOn"), 0},
                                           {QStringLiteral("usesPerDay"), 0},
                                           {QStringLiteral("cost"), 1}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Claw")}}});
    creature.insert(QStringLiteral("speed"), QJsonObject{{QStringLiteral("walk"), 30},
                                                         {QStringLiteral("swim"), 0},
                                                         {QStringLiteral("fly"), 0},
                                                         {QStringLiteral("hover"), false}});
    creature.remove(QStringLiteral("lairActions"));
    QTest::newRow("older creature") << EntityKind::Creature << creature;
    QJsonObject participant = completeJson(EntityKind::Participant);
    participant.insert(QStringLiteral("conditions"),
                       QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                              {QStringLiteral("key"), QStringLiteral("poisoned")},
                                              {QStringLiteral("remainingRounds"), 3}}});
    participant.insert(QStringLiteral("deathSaves"), QJsonObject{{QStringLiteral("successes"), 1}});
    participant.remove(QStringLiteral("recharges"));
    QTest::newRow("older participant") << EntityKind::Participant << participant;
}

void TestModelValidation::documentsTheModelReadsHaveNoUnknownFields()
{
    QFETCH(EntityKind, kind);
    QFETCH(QJsonObject, doc);
    QVERIFY2(validateDocument(kind, doc).isEmpty(), qPrintable(validateDocument(kind, doc).summary()));
    QCOMPARE(unknownFields(kind, doc), QStringList());
}

#include "TestModelValidation.moc"
